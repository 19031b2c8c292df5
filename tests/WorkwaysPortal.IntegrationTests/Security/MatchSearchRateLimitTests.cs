using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Security;

public sealed class MatchSearchRateLimitTests(PortalDatabaseFixture database) : PortalTest(database)
{
    [Fact]
    public async Task Searches_beyond_the_limit_get_429_with_retry_after_until_the_window_ends()
    {
        await using var app = new ConfiguredPortal(Database.ConnectionString, new Dictionary<string, string?>
        {
            ["RateLimiting:MatchSearch:PermitLimit"] = "2",
            ["RateLimiting:MatchSearch:WindowSeconds"] = "3600",
        });
        using var client = app.CreateClient();

        using var first = await SearchAsync(client);
        using var second = await SearchAsync(client);
        using var third = await SearchAsync(client);
        using var page = await client.GetAsync(new Uri("/api/v1/organizations", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal((HttpStatusCode)429, third.StatusCode);
        Assert.Equal("application/problem+json", third.Content.Headers.ContentType?.MediaType);
        var retryAfter = Assert.Single(third.Headers.GetValues("Retry-After"));
        Assert.InRange(int.Parse(retryAfter, System.Globalization.CultureInfo.InvariantCulture), 1, 3600);
        Assert.Equal(429, (await third.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    private static async Task<HttpResponseMessage> SearchAsync(HttpClient client)
    {
        using var content = new StringContent("""{"seeks":["legal-aid"]}""", System.Text.Encoding.UTF8, "application/json");
        return await client.PostAsync(new Uri("/api/v1/matches/search", UriKind.Relative), content);
    }
}
