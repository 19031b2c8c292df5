using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Serilog.Events;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Testing;
using WorkwaysPortal.Web.Infrastructure;

namespace WorkwaysPortal.IntegrationTests.Security;

/// <summary>
/// ASVS 16.3.1–16.3.3: sign-ins, failed sign-ins, lockouts, refusals (403) and rate-limit refusals are
/// logged as structured security events (category <see cref="SecurityEvents.Category"/>, property
/// <c>SecurityEvent</c>), read here from a Serilog sink as production would write them; no password,
/// token or cookie ever reaches the log.
/// </summary>
public sealed class SecurityEventLogTests(PortalDatabaseFixture database) : PortalTest(database)
{
    private const string WrongPassword = "Wr0ng-but-secret-Pa55word";

    [Fact]
    public async Task A_sign_in_and_a_failed_one_are_security_events_without_the_password()
    {
        await using var app = new ConfiguredPortal(Database.ConnectionString);
        var user = await Data.UserAsync("someone@example.org");
        using var client = new PortalClient(app);

        using var failed = await client.SubmitAsync("/Account/Login", [new("Input.Email", "someone@example.org"), new("Input.Password", WrongPassword)]);
        using var unknown = await client.SubmitAsync("/Account/Login", [new("Input.Email", "nobody@example.org"), new("Input.Password", WrongPassword)]);
        await client.SignInAsync("someone@example.org", TestData.Password);

        var failures = app.Log.SecurityEvents("sign-in.failed");
        Assert.Equal(2, failures.Count);
        Assert.Equal(user.Id.ToString(), failures[0].Property("UserId"));
        Assert.Equal("wrong-password", failures[0].Property("Reason"));
        Assert.Equal("sign-in-page", failures[0].Property("Channel"));
        Assert.Equal(LogEventLevel.Warning, failures[0].Level);
        Assert.Equal("nobody@example.org", failures[1].Property("Email"));
        Assert.Equal("unknown-account", failures[1].Property("Reason"));
        var success = Assert.Single(app.Log.SecurityEvents("sign-in.succeeded"));
        Assert.Equal(user.Id.ToString(), success.Property("UserId"));
        Assert.Equal(SecurityEvents.Category, success.Property("SourceContext"));
        Assert.NotNull(success.Property("ClientAddress"));
        AssertNothingSecretIn(app.Log, WrongPassword, TestData.Password);
    }

    [Fact]
    public async Task Five_failed_sign_ins_hold_back_the_address_and_it_is_logged()
    {
        await using var app = new ConfiguredPortal(Database.ConnectionString);
        var user = await Data.UserAsync("target@example.org");
        using var client = new PortalClient(app);
        for (var i = 0; i < 5; i++)
        {
            using var _ = await client.SubmitAsync("/Account/Login", [new("Input.Email", "target@example.org"), new("Input.Password", WrongPassword)]);
        }

        // The right password no longer opens it, on the page or through the API.
        using var page = await client.SubmitAsync("/Account/Login", [new("Input.Email", "target@example.org"), new("Input.Password", TestData.Password)]);
        using var api = app.CreateClient();
        using var token = await api.PostAsJsonAsync("/api/v1/auth/token", new { email = "target@example.org", password = TestData.Password });

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("After 5 failed attempts, each new attempt from the same place has to wait", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, token.StatusCode);
        // Every failure is logged; the fifth also as the one that holds back, and the two tries after it as refused.
        Assert.Equal(5, app.Log.SecurityEvents("sign-in.failed").Count);
        var heldBack = Assert.Single(app.Log.SecurityEvents("sign-in.held-back"));
        Assert.Equal(user.Id.ToString(), heldBack.Property("UserId"));
        Assert.Equal("5", heldBack.Property("Failures"));
        Assert.Equal(2, app.Log.SecurityEvents("sign-in.refused-held-back").Count);
        AssertNothingSecretIn(app.Log, WrongPassword, TestData.Password);
    }

    [Fact]
    public async Task An_administrators_changes_to_an_account_are_security_events_naming_both_accounts()
    {
        await using var app = new ConfiguredPortal(Database.ConnectionString);
        var admin = await Data.UserAsync("admin@example.org", Roles.Admin);
        var ben = await Data.UserAsync("ben@example.org");
        using var client = new PortalClient(app);
        await client.SignInAsync("admin@example.org", TestData.Password);

        using var give = await client.SubmitAsync($"/Admin/Users/Details?user={ben.Id}", [new("role", Roles.Staff)], $"/Admin/Users/Details?user={ben.Id}&handler=Give");
        using var take = await client.SubmitAsync($"/Admin/Users/TakeRole?user={ben.Id}&role=staff", [new("Input.Confirm", "true")]);
        using var @lock = await client.SubmitAsync($"/Admin/Users/Lock?user={ben.Id}", [new("Input.Confirm", "true")]);
        using var unlock = await client.SubmitAsync($"/Admin/Users/Details?user={ben.Id}", [], $"/Admin/Users/Details?user={ben.Id}&handler=Unlock");

        foreach (var name in new[] { "role.granted", "role.revoked", "account.locked", "account.unlocked" })
        {
            var logged = Assert.Single(app.Log.SecurityEvents(name));
            Assert.Equal(admin.Id.ToString(), logged.Property("UserId"));
            Assert.Equal(ben.Id.ToString(), logged.Property("TargetUserId"));
            Assert.Equal(SecurityEvents.Category, logged.Property("SourceContext"));
        }

        Assert.Equal("staff", app.Log.SecurityEvents("role.granted")[0].Property("Role"));
        AssertNothingSecretIn(app.Log, TestData.Password);
    }

    [Fact]
    public async Task Token_sign_ins_are_logged_without_the_password_or_the_token()
    {
        await using var app = new ConfiguredPortal(Database.ConnectionString);
        var user = await Data.UserAsync("client@example.org");
        using var api = app.CreateClient();

        using var wrong = await api.PostAsJsonAsync("/api/v1/auth/token", new { email = "client@example.org", password = WrongPassword });
        using var typo = await api.PostAsJsonAsync("/api/v1/auth/token", new { email = WrongPassword, password = WrongPassword });
        using var right = await api.PostAsJsonAsync("/api/v1/auth/token", new { email = "client@example.org", password = TestData.Password });
        var body = await right.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        var success = Assert.Single(app.Log.SecurityEvents("sign-in.succeeded"));
        Assert.Equal("api-token", success.Property("Channel"));
        Assert.Equal(user.Id.ToString(), success.Property("UserId"));
        var failures = app.Log.SecurityEvents("sign-in.failed");
        Assert.Equal(2, failures.Count);

        // A password typed into the email field is not an email: it is not written down.
        Assert.Equal("(not an email address)", failures[1].Property("Email"));
        AssertNothingSecretIn(app.Log, WrongPassword, TestData.Password, body.GetProperty("accessToken").GetString()!, body.GetProperty("refreshToken").GetString()!);
    }

    [Fact]
    public async Task A_refusal_is_logged_with_who_and_what_once()
    {
        await using var app = new ConfiguredPortal(Database.ConnectionString);
        var user = await Data.UserAsync("delegate@example.org");
        var moderator = await Data.UserAsync("moderator@example.org", Roles.Moderator);
        using var client = new PortalClient(app);
        await client.SignInAsync("delegate@example.org", TestData.Password);
        using var moderatorClient = new PortalClient(app);
        await moderatorClient.SignInAsync("moderator@example.org", TestData.Password);

        using var refused = await client.GetAsync("/Moderation?kind=organizations");
        using var allowed = await moderatorClient.GetAsync("/Moderation");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        var denied = Assert.Single(app.Log.SecurityEvents("access.denied"));
        Assert.Equal(user.Id.ToString(), denied.Property("UserId"));
        Assert.Equal("/Moderation", denied.Property("Path"));
        Assert.Equal("GET", denied.Property("Method"));
        Assert.NotEqual(user.Id, moderator.Id);
        AssertNothingSecretIn(app.Log, TestData.Password);
    }

    [Fact]
    public async Task A_rate_limited_request_is_logged_with_its_policy()
    {
        await using var app = new ConfiguredPortal(Database.ConnectionString, new Dictionary<string, string?> { ["RateLimiting:SignIn:PermitLimit"] = "1" });
        using var api = app.CreateClient();

        using var first = await api.PostAsJsonAsync("/api/v1/auth/token", new { email = "a@example.org", password = WrongPassword });
        using var second = await api.PostAsJsonAsync("/api/v1/auth/token", new { email = "a@example.org", password = WrongPassword });

        Assert.Equal((HttpStatusCode)429, second.StatusCode);
        var limited = Assert.Single(app.Log.SecurityEvents("rate-limit.rejected"));
        Assert.Equal(RateLimits.SignIn, limited.Property("Policy"));
        Assert.Equal("/api/v1/auth/token", limited.Property("Path"));
        AssertNothingSecretIn(app.Log, WrongPassword);
    }

    /// <summary>No event, in its message or any property, holds any of the secrets.</summary>
    private static void AssertNothingSecretIn(CapturedLog log, params string[] secrets)
    {
        Assert.NotEmpty(log.Events);
        foreach (var logEvent in log.Events)
        {
            using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            logEvent.RenderMessage(text, System.Globalization.CultureInfo.InvariantCulture);
            foreach (var (name, value) in logEvent.Properties)
            {
                text.Write($" {name}={value}");
            }

            text.Write(logEvent.Exception?.ToString());
            foreach (var secret in secrets)
            {
                Assert.DoesNotContain(secret, text.ToString(), StringComparison.Ordinal);
            }
        }
    }
}
