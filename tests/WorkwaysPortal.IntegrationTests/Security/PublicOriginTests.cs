using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WorkwaysPortal.Data.Mail;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Security;

/// <summary>
/// The portal's public address comes from configuration (<c>Portal:PublicOrigin</c>), never from the
/// request: email links are built from it, redirects do not repeat the Host header, and in Production
/// a request for another host is refused.
/// </summary>
public sealed class PublicOriginTests(PortalDatabaseFixture database) : PortalTest(database)
{
    [Theory]
    [InlineData("evil.example", HttpStatusCode.BadRequest)]
    [InlineData("localhost", HttpStatusCode.OK)]
    public async Task In_production_only_the_public_host_is_answered(string host, HttpStatusCode expected)
    {
        using var client = new PortalClient(Database.AppIn("Production"));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Organizations");
        request.Headers.Host = host;

        using var response = await client.Http.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task The_sign_in_redirect_does_not_repeat_the_host_header()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Proposals");
        request.Headers.Host = "evil.example";

        using var response = await NewClient().Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/Account/Login?ReturnUrl=", location, StringComparison.Ordinal);
        Assert.DoesNotContain("evil", location, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Email_links_are_built_from_the_public_origin()
    {
        using var portal = new ConfiguredPortal(Database.ConnectionString, new Dictionary<string, string?>
        {
            ["Portal:PublicOrigin"] = "https://workways.example.org",
            ["Mail:PublicBaseUrl"] = "http://old.example.org",
        });

        var mail = portal.Services.GetRequiredService<IOptions<MailOptions>>().Value;

        Assert.Equal(new Uri("https://workways.example.org/Proposals/12"), mail.Link("/Proposals/12"));
    }

    [Theory]
    [InlineData("workways.example.org")]
    [InlineData("https://workways.example.org/portal")]
    [InlineData("ftp://workways.example.org")]
    public void The_portal_does_not_start_with_a_public_origin_that_is_not_an_origin(string value)
    {
        using var portal = new ConfiguredPortal(Database.ConnectionString, new Dictionary<string, string?> { ["Portal:PublicOrigin"] = value });

        var error = Assert.Throws<InvalidOperationException>(() => portal.CreateClient());

        Assert.Contains("Portal:PublicOrigin", error.Message, StringComparison.Ordinal);
    }
}
