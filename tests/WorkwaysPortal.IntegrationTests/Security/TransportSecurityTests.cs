using System.Net;
using WorkwaysPortal.IntegrationTests.Operations;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Security;

/// <summary>
/// <c>Portal:RequireHttps</c> on the built portal, as a real process in Production over plain http:
/// false (the docker compose demo) serves http and lets a visitor sign in; the default redirects
/// to https, never a 500 (the antiforgery cookie's Secure policy used to fail every form page).
/// </summary>
public sealed class TransportSecurityTests(PortalDatabaseFixture database) : PortalTest(database)
{
    [Fact]
    public async Task In_production_over_plain_http_with_require_https_off_a_visitor_signs_in()
    {
        var user = await Data.UserAsync("delegate@example.org");
        await using var portal = await PortalProcess.StartAsync(
            Database.ConnectionString, environment: "Production", settings: new Dictionary<string, string> { ["Portal__RequireHttps"] = "false" });
        using var http = Client(portal.Address);

        using var form = await http.GetAsync(new Uri("/Account/Login", UriKind.Relative));
        var html = await form.Content.ReadAsStringAsync();
        using var signIn = await http.PostAsync(new Uri("/Account/Login", UriKind.Relative), new FormUrlEncodedContent(
        [
            new("Input.Email", user.Email!), new("Input.Password", TestData.Password), new("__RequestVerificationToken", PortalClient.AntiforgeryToken(html)),
        ]));
        using var mine = await http.GetAsync(new Uri("/Organizations/Mine", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.False(form.Headers.Contains("Strict-Transport-Security"));
        var cookies = form.Headers.GetValues("Set-Cookie").Concat(signIn.Headers.GetValues("Set-Cookie")).ToList();
        Assert.Contains(cookies, c => c.StartsWith("workways.auth=", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.DoesNotContain("secure", c.ToLowerInvariant().Split(';').Select(a => a.Trim())));
    }

    [Fact]
    public async Task In_production_by_default_plain_http_is_redirected_to_https_except_the_health_checks()
    {
        await using var portal = await PortalProcess.StartAsync(Database.ConnectionString, environment: "Production");
        using var http = Client(portal.Address);

        using var page = await http.GetAsync(new Uri("/Account/Login?ReturnUrl=%2FProposals", UriKind.Relative));
        using var post = await http.PostAsync(new Uri("/Account/Login", UriKind.Relative), new FormUrlEncodedContent([new("Input.Email", "a@example.org")]));
        using var live = await http.GetAsync(new Uri("/health/live", UriKind.Relative));
        using var ready = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.PermanentRedirect, page.StatusCode);
        Assert.Equal("https://127.0.0.1/Account/Login?ReturnUrl=%2FProposals", page.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.PermanentRedirect, post.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    private static HttpClient Client(Uri address) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true }) { BaseAddress = address };
}
