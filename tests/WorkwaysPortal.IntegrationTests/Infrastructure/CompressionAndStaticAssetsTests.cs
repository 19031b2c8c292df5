using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Infrastructure;

/// <summary>
/// Pages and JSON are compressed on the fly; stylesheets and scripts have fingerprinted, long-cached
/// addresses (their Brotli and gzip copies are made by <c>dotnet publish</c>, checked by scripts/load-test.sh).
/// </summary>
public sealed partial class CompressionAndStaticAssetsTests(PortalDatabaseFixture database) : PortalTest(database)
{
    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Pages_and_json_are_compressed_for_clients_that_accept_it(string encoding)
    {
        var client = NewClient();
        foreach (var url in new[] { "/Organizations", "/api/v1/organizations" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
            using var response = await client.Http.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        }
    }

    [Fact]
    public async Task Stylesheets_and_scripts_have_fingerprinted_addresses_cached_for_a_year()
    {
        // Tests run from the build output, where MapStaticAssets answers no-cache (for editing) unless this
        // setting is on; a published portal (Dockerfile, scripts/load-test.sh) sends these headers as it is.
        using var published = App.WithWebHostBuilder(builder => builder.UseSetting("EnableStaticAssetsDevelopmentCaching", "true"));
        using var http = published.CreateClient();
        var html = await http.GetStringAsync(new Uri("/", UriKind.Relative));

        var assets = AssetAddress().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Contains(assets, a => a.StartsWith("/css/site.", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.StartsWith("/lib/bootstrap/js/bootstrap.bundle.min.", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            Assert.Matches(@"\.[a-z0-9]{10}\.(css|js)$", asset);
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(asset, UriKind.Relative));
            using var response = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.CacheControl?.MaxAge >= TimeSpan.FromDays(365), $"{asset}: {response.Headers.CacheControl}");
            Assert.Contains("immutable", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        }
    }

    [GeneratedRegex("(?:href|src)=\"(/[^\"]+\\.(?:css|js))\"")]
    private static partial Regex AssetAddress();
}
