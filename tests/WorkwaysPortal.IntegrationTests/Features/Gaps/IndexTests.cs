using System.Net;
using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Testing;
using static WorkwaysPortal.Testing.WorkTestData;

namespace WorkwaysPortal.IntegrationTests.Features.Gaps;

public sealed class IndexTests(PortalDatabaseFixture database) : PortalTest(database)
{
    [Theory]
    [InlineData("capacitacion tecnica", "Capacitación técnica y laboral")]
    [InlineData("LEGISLACIÓN", "Capacitación técnica y laboral")]
    [InlineData("baseline study", "Baseline study of qualifications")]
    public async Task Search_is_full_text_and_accent_insensitive(string query, string expected)
    {
        var organization = await Data.VerifiedAsync(TestData.Profile("PSI"));
        await Data.GapAsync(organization.Id, NewGap("Capacitación técnica y laboral", "Agricultura, servicios, idioma y legislación."));
        await Data.GapAsync(organization.Id, NewGap("Baseline study of qualifications", "Nobody knows what skills migrants bring."));

        var html = await NewClient().GetPageAsync($"/Gaps?q={Uri.EscapeDataString(query)}");

        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.Matches(@">\s*1 gap\s*<", html);
    }

    [Fact]
    public async Task Filters_narrow_by_country_sub_region_capability_objective_status_and_priority()
    {
        var organization = await Data.VerifiedAsync(TestData.Profile("Raiser"));
        await Data.GapAsync(organization.Id, NewGap("Training in Guatemala", requires: ["vocational-training"], countries: ["GT"], gcmObjectives: [18], priority: GapPriority.High));
        await Data.GapAsync(organization.Id, NewGap("Legal aid in Peru", requires: ["legal-aid"], countries: ["PE"], gcmObjectives: [7], priority: GapPriority.Low));
        var closed = await Data.GapAsync(organization.Id, NewGap("Placement in Canada", requires: ["job-placement"], countries: ["CA"], gcmObjectives: [5]));
        await Data.QueryAsync(async db =>
        {
            (await db.Gaps.FindAsync(closed.Id))!.Close(DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });
        var client = NewClient();

        var byCountry = await client.GetPageAsync("/Gaps?country=PE");
        var bySubRegion = await client.GetPageAsync("/Gaps?subRegion=central-america");
        var byCapability = await client.GetPageAsync("/Gaps?capability=job-placement");
        var byObjective = await client.GetPageAsync("/Gaps?gcmObjective=18");
        var byStatus = await client.GetPageAsync("/Gaps?status=closed");
        var byPriority = await client.GetPageAsync("/Gaps?priority=low");

        Assert.Equal(["Legal aid in Peru"], Titles(byCountry));
        Assert.Equal(["Training in Guatemala"], Titles(bySubRegion));
        Assert.Equal(["Placement in Canada"], Titles(byCapability));
        Assert.Equal(["Training in Guatemala"], Titles(byObjective));
        Assert.Equal(["Placement in Canada"], Titles(byStatus));
        Assert.Equal(["Legal aid in Peru"], Titles(byPriority));
    }

    [Fact]
    public async Task Gaps_of_pending_organizations_are_hidden_and_gaps_of_sessions_are_public()
    {
        var delegateUser = await Data.UserAsync("someone@example.org");
        var pending = await Data.PendingAsync(TestData.Profile("Waiting Association"), delegateUser.Id);
        var verified = await Data.VerifiedAsync(TestData.Profile("Listed Association"));
        await Data.GapAsync(pending.Id, NewGap("Hidden gap"));
        await Data.GapAsync(verified.Id, NewGap("Listed gap"));
        await Data.GapAsync(null, NewGap("Gap raised in a session"));

        var html = await NewClient().GetPageAsync("/Gaps");

        Assert.Contains("Listed gap", html, StringComparison.Ordinal);
        Assert.Contains("Gap raised in a session", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Hidden gap", html, StringComparison.Ordinal);
        Assert.Contains("2 gaps", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_page_through_twenty_at_a_time_newest_first()
    {
        var organization = await Data.VerifiedAsync(TestData.Profile("Raiser"));
        var start = DateTimeOffset.UtcNow.AddDays(-1);
        for (var i = 1; i <= 45; i++)
        {
            await Data.GapAsync(organization.Id, NewGap($"Gap number {i:D2}"), start.AddMinutes(i));
        }

        var client = NewClient();
        var first = await client.GetPageAsync("/Gaps");
        var third = await client.GetPageAsync("/Gaps?page=3");

        Assert.Equal(20, Titles(first).Count);
        Assert.Equal("Gap number 45", Titles(first)[0]);
        Assert.Equal(["Gap number 05", "Gap number 04", "Gap number 03", "Gap number 02", "Gap number 01"], Titles(third));
        Assert.Contains("Page 3 of 3", third, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Gaps?page=0")]
    [InlineData("/Gaps?page=-5")]
    [InlineData("/Gaps?page=10000")]
    [InlineData("/Gaps?page=99999999999999999999")]
    [InlineData("/Gaps?page=abc&country=ZZ&capability=%00&gcmObjective=99&status=lost&priority=urgent&subRegion=mars")]
    public async Task Out_of_range_pages_and_unknown_filters_still_show_the_list(string url)
    {
        var organization = await Data.VerifiedAsync(TestData.Profile("Raiser"));
        await Data.GapAsync(organization.Id, NewGap("Only gap"));

        using var response = await NewClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Only gap", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_result_says_so_and_offers_to_clear_filters()
    {
        var html = await NewClient().GetPageAsync("/Gaps?q=nothingmatchesthis");

        Assert.Contains("No gap matches this search.", html, StringComparison.Ordinal);
        Assert.Contains("Clear filters and see every gap", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Spanish_page_shows_Spanish_labels()
    {
        var organization = await Data.VerifiedAsync(TestData.Profile("Raiser"));
        await Data.GapAsync(organization.Id, NewGap("Formación", priority: GapPriority.High));

        var html = await NewClient().GetPageAsync("/Gaps?culture=es");

        Assert.Contains("<html lang=\"es\">", html, StringComparison.Ordinal);
        Assert.Contains("Brechas", html, StringComparison.Ordinal);
        Assert.Contains("Prioridad alta", html, StringComparison.Ordinal);
        Assert.Contains("Abierta", html, StringComparison.Ordinal);
        Assert.Contains("Objetivo del PMM", html, StringComparison.Ordinal);
        Assert.Contains("Formación técnica y laboral", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_main_navigation_links_to_initiatives_and_gaps()
    {
        var html = await NewClient().GetPageAsync("/");

        Assert.Contains("href=\"/Initiatives\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Gaps\"", html, StringComparison.Ordinal);
    }

    private static List<string> Titles(string html) => Html.Links(html, "/Gaps/");
}
