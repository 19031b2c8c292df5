using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Security;

/// <summary>
/// ASVS 3.4: the security headers are on every kind of response (pages, API, static files, redirects,
/// 404s, error pages, refusals), HSTS of a year outside Development and Testing; ASVS 3.3: the
/// portal's cookies are HttpOnly, SameSite and, outside Development and Testing, Secure.
/// </summary>
public sealed class SecurityHeadersTests(PortalDatabaseFixture database) : PortalTest(database)
{
    public static TheoryData<string, int> Responses => new()
    {
        { "/", 200 },
        { "/Organizations?culture=es", 200 },
        { "/api/v1/organizations", 200 },
        { "/api/v1/organizations/987654", 404 },
        { "/api/v1/organizations?page=-1", 400 },
        { "/css/site.css", 200 },
        { "/favicon.svg", 200 },
        { "/no/such/page", 404 },
        { "/Organizations/987654", 404 },
        { "/Organizations/Mine", 302 },
        { "/Staff/Dashboard", 403 },
        { "/api/v1/organizations?q=%00", 400 },
        { "/Error", 404 },
        { "/health/live", 200 },
        { "/health/ready", 200 },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Every_response_carries_the_security_headers(string url, int status)
    {
        var client = url == "/Staff/Dashboard" ? await SignedInAsync("delegate@example.org") : NewClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(status, (int)response.StatusCode);
        AssertSecurityHeaders(response);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS is for HTTPS outside Development and Testing.");
    }

    [Fact]
    public async Task The_server_does_not_say_what_it_is()
    {
        // Kestrel adds "Server: Kestrel" unless told not to; the in-memory test server never does, so this needs the real one.
        await using var portal = Operations.KestrelPortal.Start(Database.ConnectionString);
        using var http = new HttpClient();

        foreach (var url in new[] { "/", "/Organizations", "/api/v1/organizations", "/no-such-page" })
        {
            using var response = await http.GetAsync(portal.At(url));
            Assert.False(response.Headers.Contains("Server"), $"{url} says Server: {string.Join(", ", response.Headers.TryGetValues("Server", out var v) ? v : [])}");
        }
    }

    [Fact]
    public async Task A_refused_form_post_and_a_too_large_body_carry_them_too()
    {
        var client = NewClient();
        using var forged = await client.PostAsync("/Account/Login", [new("Input.Email", "a@example.org")]);
        using var content = new ByteArrayContent(new byte[2 * 1024 * 1024]);
        content.Headers.ContentType = new("application/x-www-form-urlencoded");
        using var large = await client.Http.PostAsync(new Uri("/Account/Login", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
        AssertSecurityHeaders(forged);
        AssertSecurityHeaders(large);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/v1/organizations")]
    [InlineData("/css/site.css")]
    [InlineData("/no/such/page")]
    [InlineData("/api/v1/gaps/987654")]
    public async Task Outside_development_https_responses_carry_hsts_of_at_least_a_year(string url)
    {
        await using var app = new ConfiguredPortal(Database.ConnectionString, environment: "Staging");
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://portal.example"), AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        var hsts = Assert.Single(response.Headers.GetValues("Strict-Transport-Security"));
        var maxAge = hsts.Split(';').Select(p => p.Trim()).Single(p => p.StartsWith("max-age=", StringComparison.Ordinal));
        Assert.True(long.Parse(maxAge["max-age=".Length..], System.Globalization.CultureInfo.InvariantCulture) >= 365L * 24 * 3600, hsts);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task Outside_development_every_cookie_is_secure_http_only_and_same_site()
    {
        await using var app = new ConfiguredPortal(Database.ConnectionString, environment: "Staging");
        var user = await Data.UserAsync("staff@example.org", Roles.Staff);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://portal.example"), AllowAutoRedirect = false });
        var cookies = new List<string>();

        // The antiforgery cookie, then the sign-in cookie.
        using var form = await client.GetAsync(new Uri("/Account/Login?culture=es", UriKind.Relative));
        cookies.AddRange(SetCookies(form));
        var token = PortalClient.AntiforgeryToken(await form.Content.ReadAsStringAsync());
        using var signIn = await client.PostAsync(new Uri("/Account/Login", UriKind.Relative), new FormUrlEncodedContent(
        [
            new("Input.Email", user.Email!), new("Input.Password", TestData.Password), new("__RequestVerificationToken", token),
        ]));
        cookies.AddRange(SetCookies(signIn));

        // The TempData cookie: a page that says something after its redirect.
        using var notifications = await client.GetAsync(new Uri("/Notifications", UriKind.Relative));
        var markToken = PortalClient.AntiforgeryToken(await notifications.Content.ReadAsStringAsync());
        using var marked = await client.PostAsync(new Uri("/Notifications?handler=MarkAllRead", UriKind.Relative), new FormUrlEncodedContent(
            [new("__RequestVerificationToken", markToken)]));
        cookies.AddRange(SetCookies(marked));

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains(cookies, c => c.StartsWith("workways.auth=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith("workways.antiforgery=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Mvc.CookieTempDataProvider=", StringComparison.Ordinal));
        foreach (var cookie in cookies)
        {
            var attributes = cookie.Split(';').Select(a => a.Trim().ToLowerInvariant()).ToList();
            Assert.True(attributes.Contains("secure"), "Not Secure: " + cookie);
            Assert.True(attributes.Contains("httponly"), "Not HttpOnly: " + cookie);
            Assert.True(attributes.Any(a => a is "samesite=lax" or "samesite=strict"), "No SameSite: " + cookie);
        }
    }

    [Fact]
    public async Task In_testing_over_http_cookies_are_still_http_only_and_same_site()
    {
        await Data.UserAsync("delegate@example.org");
        var client = NewClient();
        using var form = await client.GetAsync("/Account/Login?culture=es");
        var token = PortalClient.AntiforgeryToken(await form.Content.ReadAsStringAsync());
        using var signIn = await client.PostAsync("/Account/Login", [new("Input.Email", "delegate@example.org"), new("Input.Password", TestData.Password), new("__RequestVerificationToken", token)]);

        var cookies = SetCookies(form).Concat(SetCookies(signIn)).ToList();

        Assert.Equal(3, cookies.Count);
        Assert.All(cookies, c => Assert.Contains("httponly", c, StringComparison.OrdinalIgnoreCase));
        Assert.All(cookies, c => Assert.Contains("samesite=", c, StringComparison.OrdinalIgnoreCase));
    }

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var directives = csp.Split(';').Select(d => d.Trim()).Where(d => d.Length > 0).ToDictionary(d => d.Split(' ')[0], d => d);
        Assert.Equal("frame-ancestors 'none'", directives["frame-ancestors"]);
        Assert.Equal("script-src 'self'", directives["script-src"]);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("object-src 'none'", directives["object-src"]);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("0", Assert.Single(response.Headers.GetValues("X-XSS-Protection")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }
}
