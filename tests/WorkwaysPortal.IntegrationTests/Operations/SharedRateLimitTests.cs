using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Operations;

/// <summary>
/// Two portal instances over one database, as behind a load balancer that alternates: the sign-in and
/// match-search limits are counted once, in PostgreSQL, so a client that spreads its requests over
/// both instances gets no more than the limit.
/// </summary>
public sealed class SharedRateLimitTests(PortalDatabaseFixture database) : PortalTest(database), IAsyncLifetime
{
    private static readonly Dictionary<string, string> Limits = new()
    {
        ["RateLimiting:SignIn:PermitLimit"] = "3",
        ["RateLimiting:SignIn:WindowSeconds"] = "3600",
        ["RateLimiting:MatchSearch:PermitLimit"] = "3",
        ["RateLimiting:MatchSearch:WindowSeconds"] = "3600",
    };

    private static readonly string[] LanguageTraining = ["language-training"];

    private KestrelPortal? _first;
    private KestrelPortal? _second;

    private KestrelPortal First => _first ??= KestrelPortal.Start(Database.ConnectionString, Limits);
    private KestrelPortal Second => _second ??= KestrelPortal.Start(Database.ConnectionString, Limits);

    [Fact]
    public async Task Sign_ins_spread_over_two_instances_share_one_limit()
    {
        await Data.UserAsync("someone@example.org");
        using var client = new HttpClient(new HttpClientHandler { UseCookies = true, AllowAutoRedirect = false });
        var statuses = new List<HttpStatusCode>();
        foreach (var instance in new[] { First, Second, First, Second })
        {
            var form = await client.GetStringAsync(instance.At("/Account/Login"));
            using var content = new FormUrlEncodedContent(
            [
                new("Input.Email", "someone@example.org"), new("Input.Password", "wrong password"),
                new("__RequestVerificationToken", PortalClient.AntiforgeryToken(form)),
            ]);
            using var response = await client.PostAsync(instance.At("/Account/Login"), content);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, (HttpStatusCode)429], statuses);
        Assert.Equal(4, await Data.QueryAsync(db => db.Database
            .SqlQueryRaw<int>("SELECT hits AS \"Value\" FROM rate_limit_windows WHERE key LIKE 'sign-in|%'").SingleAsync()));
    }

    [Fact]
    public async Task Match_searches_spread_over_two_instances_share_one_limit_and_the_refusal_says_when_to_retry()
    {
        using var client = new HttpClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        foreach (var instance in new[] { Second, First, Second, First })
        {
            last?.Dispose();
            last = await client.PostAsJsonAsync(instance.At("/api/v1/matches/search"), new { seeks = LanguageTraining });
            statuses.Add(last.StatusCode);
        }

        using (last)
        {
            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, (HttpStatusCode)429], statuses);
            Assert.Equal("application/problem+json", last!.Content.Headers.ContentType?.MediaType);
            var retryAfter = int.Parse(Assert.Single(last.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(retryAfter, 1, 3600);
        }
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_first is not null)
        {
            await _first.DisposeAsync();
        }

        if (_second is not null)
        {
            await _second.DisposeAsync();
        }
    }
}
