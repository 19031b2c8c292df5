using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Operations;

/// <summary>
/// Two portal instances on different ports over one database, as behind a load balancer: whatever
/// one issues (sign-in cookie, antiforgery token) the other accepts, because the Data Protection key
/// ring lives in PostgreSQL under a fixed application name.
/// </summary>
public sealed class TwoInstancesTests(PortalDatabaseFixture database) : PortalTest(database), IAsyncLifetime
{
    private KestrelPortal? _first;
    private KestrelPortal? _second;

    private KestrelPortal First => _first ??= KestrelPortal.Start(Database.ConnectionString);
    private KestrelPortal Second => _second ??= KestrelPortal.Start(Database.ConnectionString);

    /// <summary>One browser: one cookie jar, whichever instance the balancer picks (cookies are not bound to a port).</summary>
    private static HttpClient Browser(CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, UseCookies = true, AllowAutoRedirect = false });

    private static async Task<string> PageAsync(HttpClient browser, Uri url)
    {
        using var response = await browser.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}.");
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient browser, Uri url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await browser.PostAsync(url, content);
    }

    [Fact]
    public async Task A_sign_in_and_a_form_from_one_instance_are_accepted_by_the_other()
    {
        var owner = await Data.UserAsync("owner@example.org");
        var organization = await Data.PendingAsync(TestData.Profile("Talent Beyond Boundaries", countries: ["CA"]), owner.Id);
        var cookies = new CookieContainer();
        using var browser = Browser(cookies);

        // Sign in on the first instance…
        var loginToken = PortalClient.AntiforgeryToken(await PageAsync(browser, First.At("/Account/Login")));
        using (var signIn = await PostAsync(browser, First.At("/Account/Login"),
            [new("Input.Email", "owner@example.org"), new("Input.Password", TestData.Password), new("__RequestVerificationToken", loginToken)]))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        // …the second knows who this is…
        var formPath = $"/Organizations/{organization.Id}/Gaps/New";
        await PageAsync(browser, Second.At(formPath));

        // …and a form rendered by the first is accepted when posted to the second: a real change.
        var formToken = PortalClient.AntiforgeryToken(await PageAsync(browser, First.At(formPath)));
        using var created = await PostAsync(browser, Second.At(formPath),
        [
            new("Input.Title", "Language training for nurses"),
            new("Input.Description", "Refugee nurses need English and French before placement."),
            new("Input.Requires", "language-training"),
            new("Input.Countries", "CA"),
            new("Input.GcmObjectives", "18"),
            new("Input.Priority", "High"),
            new("__RequestVerificationToken", formToken),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var gap = await Data.QueryAsync(db => db.Gaps.AsNoTracking().SingleAsync());
        Assert.Equal(organization.Id, gap.RaisedByOrganizationId);
        Assert.Equal($"/Gaps/{gap.Id}", created.Headers.Location?.OriginalString);
        Assert.True(await Data.QueryAsync(db => db.DataProtectionKeys.AnyAsync()), "The key ring is not in PostgreSQL.");
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData(null, false)]
    [InlineData("10.9.9.9", false)]
    public async Task The_scheme_a_proxy_forwards_is_trusted_only_from_a_known_proxy(string? knownProxy, bool secure)
    {
        // No proxy is trusted unless configured, not even one on the loopback address.
        await using var portal = KestrelPortal.Start(
            Database.ConnectionString,
            knownProxy is null ? null : new Dictionary<string, string> { ["ForwardedHeaders:KnownProxies:0"] = knownProxy });
        using var browser = Browser(new CookieContainer());
        using var request = new HttpRequestMessage(HttpMethod.Get, portal.At("/Account/Login"));
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        using var response = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var antiforgery = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("workways.antiforgery=", StringComparison.Ordinal));
        Assert.Equal(secure, antiforgery.Contains("; secure", StringComparison.OrdinalIgnoreCase));
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
