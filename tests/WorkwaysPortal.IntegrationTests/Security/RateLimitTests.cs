using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Security;

/// <summary>
/// ASVS 2.4.1 / 6.3.1: sign-in, registration, proposal submission and the API are rate-limited and
/// answer 429 with Retry-After; the limits come from the <c>RateLimiting</c> section. Each test runs a
/// portal of its own with a limit of 2 in a one-hour window (the shared portal's limits are high).
/// </summary>
public sealed class RateLimitTests(PortalDatabaseFixture database) : PortalTest(database)
{
    [Fact]
    public async Task The_third_sign_in_from_one_address_is_refused_with_429_and_retry_after()
    {
        await using var app = Limited("SignIn");
        await Data.UserAsync("someone@example.org");
        using var client = new PortalClient(app);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.SubmitAsync("/Account/Login", [new("Input.Email", "someone@example.org"), new("Input.Password", "wrong password")]);
            statuses.Add(response.StatusCode);
            if (i == 2)
            {
                AssertRetryAfter(response);
                var html = await response.Content.ReadAsStringAsync();
                Assert.Contains("Too many requests", html, StringComparison.Ordinal);
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, (HttpStatusCode)429], statuses);

        // Showing the form is not counted.
        using var form = await client.GetAsync("/Account/Login");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
    }

    [Fact]
    public async Task Token_requests_share_the_sign_in_limit_and_answer_problem_details()
    {
        await using var app = Limited("SignIn");
        await Data.UserAsync("someone@example.org");
        using var client = app.CreateClient();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 3; i++)
        {
            last?.Dispose();
            last = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = "someone@example.org", password = "wrong password" });
            statuses.Add(last.StatusCode);
        }

        using (last)
        {
            Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, (HttpStatusCode)429], statuses);
            Assert.Equal("application/problem+json", last!.Content.Headers.ContentType?.MediaType);
            AssertRetryAfter(last);
            Assert.Equal(429, (await last.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());
        }
    }

    [Fact]
    public async Task A_forwarded_address_from_an_untrusted_client_does_not_reset_the_sign_in_limit()
    {
        // A real server on the loopback address, with no proxy configured: the client's own headers are not trusted.
        await using var portal = Operations.KestrelPortal.Start(Database.ConnectionString, new Dictionary<string, string>
        {
            ["RateLimiting:SignIn:PermitLimit"] = "2",
            ["RateLimiting:SignIn:WindowSeconds"] = "3600",
        });
        using var http = new HttpClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, portal.At("/api/v1/auth/token"))
            {
                Content = JsonContent.Create(new { email = "someone@example.org", password = "wrong password" }),
            };
            request.Headers.Add("X-Forwarded-For", string.Create(CultureInfo.InvariantCulture, $"203.0.113.{i + 1}"));
            using var response = await http.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, (HttpStatusCode)429], statuses);
    }

    [Fact]
    public async Task The_third_account_registration_from_one_address_is_refused()
    {
        await using var app = Limited("Registration");
        using var client = new PortalClient(app);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var visitor = new PortalClient(app);
            using var response = await visitor.SubmitAsync("/Account/Register",
            [
                new("Input.DisplayName", "Person " + i),
                new("Input.Email", $"person{i}@example.org"),
                new("Input.Password", "a long enough password"),
                new("Input.ConfirmPassword", "a long enough password"),
            ]);
            statuses.Add(response.StatusCode);
            if (i == 2)
            {
                AssertRetryAfter(response);
            }
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, (HttpStatusCode)429], statuses);
        Assert.Equal(2, await Data.QueryAsync(db => Task.FromResult(db.Users.Count())));
    }

    [Fact]
    public async Task The_third_proposal_submission_of_one_account_is_refused()
    {
        await using var app = Limited("ProposalSubmission");
        var user = await Data.UserAsync("delegate@example.org");
        var organization = await Data.QueryAsync(async db =>
        {
            var o = WorkwaysPortal.Domain.Organizations.Organization.Imported(TestData.Profile("Pastoral de Movilidad Humana"), DateTimeOffset.UtcNow);
            o.AddMember(user.Id, DateTimeOffset.UtcNow);
            db.Organizations.Add(o);
            await db.SaveChangesAsync();
            return o;
        });
        using var client = new PortalClient(app);
        await client.SignInAsync("delegate@example.org", TestData.Password);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            // Not a valid proposal (no partner): refused with field errors, but counted all the same.
            using var response = await client.SubmitAsync($"/Organizations/{organization.Id}/Proposals/New", [new("Input.Title", "T")],
                $"/Organizations/{organization.Id}/Proposals/New?handler=Submit");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal((HttpStatusCode)429, statuses[2]);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], statuses.Take(2));
    }

    [Fact]
    public async Task Api_calls_beyond_the_limit_are_refused_while_pages_stay_open()
    {
        await using var app = Limited("Api");
        using var client = app.CreateClient();

        using var first = await client.GetAsync(new Uri("/api/v1/organizations", UriKind.Relative));
        using var second = await client.GetAsync(new Uri("/api/v1/gaps", UriKind.Relative));
        using var third = await client.GetAsync(new Uri("/api/v1/initiatives", UriKind.Relative));
        using var page = await client.GetAsync(new Uri("/Organizations", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal((HttpStatusCode)429, third.StatusCode);
        AssertRetryAfter(third);
        Assert.Equal("application/problem+json", third.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Theory]
    [InlineData("RateLimiting:SignIn:PermitLimit", "0")]
    [InlineData("RateLimiting:Api:WindowSeconds", "-5")]
    [InlineData("RateLimiting:ProposalSubmission:PermitLimit", "200000000")]
    public async Task A_bad_limit_stops_the_portal_at_start_naming_the_key(string key, string value)
    {
        await using var app = new ConfiguredPortal(Database.ConnectionString, new Dictionary<string, string?> { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => app.Services);

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    private ConfiguredPortal Limited(string policy) => new(Database.ConnectionString, new Dictionary<string, string?>
    {
        [$"RateLimiting:{policy}:PermitLimit"] = "2",
        [$"RateLimiting:{policy}:WindowSeconds"] = "3600",
    });

    private static void AssertRetryAfter(HttpResponseMessage response)
    {
        var retryAfter = Assert.Single(response.Headers.GetValues("Retry-After"));
        Assert.InRange(int.Parse(retryAfter, CultureInfo.InvariantCulture), 1, 3600);
    }
}
