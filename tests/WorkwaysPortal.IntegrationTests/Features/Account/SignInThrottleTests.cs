using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.IntegrationTests.Operations;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Account;

/// <summary>
/// Wrong passwords hold back the address that sends them, not the account (ASVS 6.3.1): after five from
/// one address that address waits, longer after each further failure, while the owner signs in from
/// anywhere else and is told by email. A real server behind a trusted proxy on the loopback address, so
/// that each request can come from an address of its own (X-Forwarded-For).
/// </summary>
public sealed class SignInThrottleTests(PortalDatabaseFixture database) : PortalTest(database)
{
    private const string Email = "owner@example.org";
    private const string Stranger = "203.0.113.9";
    private const string Home = "198.51.100.4";

    [Fact]
    public async Task Five_wrong_passwords_hold_back_only_their_address_and_the_owner_is_told_once()
    {
        var owner = await Data.UserAsync(Email);
        await using var portal = Behind();
        using var mailbox = new Mailbox(portal);
        using var http = new HttpClient();

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await TokenAsync(http, portal, Stranger, "a wrong password"));
        }

        // The stranger cannot go on, not even with the right password; the owner signs in from home.
        Assert.Equal(HttpStatusCode.Unauthorized, await TokenAsync(http, portal, Stranger, TestData.Password));
        Assert.Equal(HttpStatusCode.OK, await TokenAsync(http, portal, Home, TestData.Password));
        Assert.Null(await Data.QueryAsync(db => db.Users.Where(u => u.Id == owner.Id).Select(u => u.LockoutEnd).SingleAsync()));

        // A second address guessing within the hour is held back too, without a second email.
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await TokenAsync(http, portal, "192.0.2.33", "another wrong password"));
        }

        var notice = Assert.Single(await mailbox.ToAsync(Email));
        Assert.Equal("Failed sign-ins to your Workways Portal account", notice.Subject);
        Assert.Contains("5 times in a row, from the network address " + Stranger, notice.TextBody, StringComparison.Ordinal);
        Assert.Contains("Your account is not locked", notice.TextBody, StringComparison.Ordinal);
        var audited = await Data.QueryAsync(db => db.AuditEvents.Where(e => e.Action == AuditActions.SignInsHeldBack).Select(e => e.SubjectId).ToListAsync());
        Assert.Equal([owner.Id.ToString(), owner.Id.ToString()], audited);
    }

    [Fact]
    public async Task Each_failure_after_the_wait_doubles_it_and_a_new_password_lets_every_address_try_again()
    {
        await Data.UserAsync(Email);
        await using var portal = Behind();
        using var http = new HttpClient();
        for (var i = 0; i < 5; i++)
        {
            await TokenAsync(http, portal, Stranger, "a wrong password");
        }

        Assert.InRange(await WaitAsync(), TimeSpan.FromSeconds(50), TimeSpan.FromMinutes(1));

        // The wait is over: the next wrong password makes it two minutes, the one after four.
        await EndWaitAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, await TokenAsync(http, portal, Stranger, "a wrong password"));
        Assert.InRange(await WaitAsync(), TimeSpan.FromSeconds(110), TimeSpan.FromMinutes(2));
        await EndWaitAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, await TokenAsync(http, portal, Stranger, "a wrong password"));
        Assert.InRange(await WaitAsync(), TimeSpan.FromSeconds(230), TimeSpan.FromMinutes(4));

        // The owner resets the password by email: the address may try again.
        var reset = NewClient();
        using var mailbox = new Mailbox(App);
        using var _ = await reset.SubmitAsync("/Account/ForgotPassword", [new("Input.Email", Email)]);
        var link = Mailbox.LinkTo((await mailbox.ToAsync(Email))[^1], "/Account/ResetPassword");
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://portal" + link).Query);
        using var done = await reset.SubmitAsync(link,
        [
            new("Input.User", query["user"].ToString()), new("Input.Code", query["code"].ToString()),
            new("Input.Password", "a brand new sentence"), new("Input.ConfirmPassword", "a brand new sentence"),
        ], "/Account/ResetPassword");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(0, await RowsAsync());
        Assert.Equal(HttpStatusCode.OK, await TokenAsync(http, portal, Stranger, "a brand new sentence"));
    }

    [Fact]
    public async Task An_unknown_address_is_held_back_like_a_known_one_and_the_right_password_starts_the_count_again()
    {
        await Data.UserAsync(Email);
        await using var portal = Behind();
        using var http = new HttpClient();

        // Four failures, then the right password: the count starts again, so four more do not hold back.
        for (var i = 0; i < 4; i++)
        {
            await TokenAsync(http, portal, Stranger, "a wrong password");
        }

        Assert.Equal(HttpStatusCode.OK, await TokenAsync(http, portal, Stranger, TestData.Password));
        for (var i = 0; i < 4; i++)
        {
            await TokenAsync(http, portal, Stranger, "a wrong password");
        }

        Assert.Equal(HttpStatusCode.OK, await TokenAsync(http, portal, Stranger, TestData.Password));

        for (var i = 0; i < 5; i++)
        {
            await TokenAsync(http, portal, Stranger, "a wrong password", "nobody@example.org");
        }

        Assert.Equal(1, await RowsAsync());
        Assert.InRange(await WaitAsync(), TimeSpan.FromSeconds(50), TimeSpan.FromMinutes(1));
    }

    /// <summary>A portal that trusts the loopback address as its proxy, so that X-Forwarded-For names the client.</summary>
    private KestrelPortal Behind() => KestrelPortal.Start(Database.ConnectionString, new Dictionary<string, string>
    {
        ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
        ["RateLimiting:SignIn:PermitLimit"] = "1000",
    });

    private static async Task<HttpStatusCode> TokenAsync(HttpClient http, KestrelPortal portal, string from, string password, string email = Email)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, portal.At("/api/v1/auth/token"))
        {
            Content = JsonContent.Create(new { email, password }),
        };
        request.Headers.Add("X-Forwarded-For", from);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>How long the one address held back still waits.</summary>
    private async Task<TimeSpan> WaitAsync()
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var wait = new NpgsqlCommand("SELECT extract(epoch FROM held_until - now())::float8 FROM sign_in_throttles WHERE held_until IS NOT NULL", connection);
        return TimeSpan.FromSeconds((double)(await wait.ExecuteScalarAsync())!);
    }

    private async Task EndWaitAsync()
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var end = new NpgsqlCommand("UPDATE sign_in_throttles SET held_until = now() - interval '1 second'", connection);
        await end.ExecuteNonQueryAsync();
    }

    private async Task<long> RowsAsync()
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM sign_in_throttles", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
