using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features;

/// <summary>The privacy page is open to everyone, in the reader's language, and linked from every page.</summary>
public sealed class PrivacyTests(PortalDatabaseFixture database) : PortalTest(database)
{
    [Theory]
    [InlineData("en", "What is stored, and why")]
    [InlineData("es", "Qué se guarda y por qué")]
    public async Task Anyone_reads_what_is_stored_and_why_in_their_language(string culture, string heading)
    {
        var client = NewClient();
        await client.GetPageAsync($"/?culture={culture}");

        var html = await client.GetPageAsync("/Privacy");

        Assert.Contains(heading, System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("href=\"/Account/Manage/PersonalData\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Privacy\"", await client.GetPageAsync("/Gaps"), StringComparison.Ordinal);
    }
}
