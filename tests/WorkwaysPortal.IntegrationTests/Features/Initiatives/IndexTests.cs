using System.Net;
using WorkwaysPortal.Domain.Initiatives;
using WorkwaysPortal.Testing;
using static WorkwaysPortal.Testing.WorkTestData;

namespace WorkwaysPortal.IntegrationTests.Features.Initiatives;

public sealed class IndexTests(PortalDatabaseFixture database) : PortalTest(database)
{
    [Theory]
    [InlineData("regularizacion", "Regularización de visas de trabajo")]
    [InlineData("MINISTERIOS", "Regularización de visas de trabajo")]
    [InlineData("nurses", "Refugee nurses placement")]
    public async Task Search_is_full_text_and_accent_insensitive(string query, string expected)
    {
        var organization = await Data.VerifiedAsync(TestData.Profile("Lead Organization"));
        await Data.InitiativeAsync(organization.Id, NewInitiative("Regularización de visas de trabajo", "Con los ministerios de trabajo de El Salvador, Honduras y Guatemala."));
        await Data.InitiativeAsync(organization.Id, NewInitiative("Refugee nurses placement", "Places refugee nurses in Canadian hospitals."));

        var html = await NewClient().GetPageAsync($"/Initiatives?q={Uri.EscapeDataString(query)}");

        Assert.Equal([expected], Titles(html));
        Assert.Matches(@">\s*1 initiative\s*<", html);
    }

    [Fact]
    public async Task Filters_narrow_by_country_sub_region_capability_objective_and_status()
    {
        var organization = await Data.VerifiedAsync(TestData.Profile("Lead Organization"));
        await Data.InitiativeAsync(organization.Id, NewInitiative("Visas in Central America", countries: ["SV", "HN"], capabilities: ["visa-processing"], gcmObjectives: [5], status: InitiativeStatus.Active));
        await Data.InitiativeAsync(organization.Id, NewInitiative("Talent in Peru", countries: ["PE"], capabilities: ["job-placement"], gcmObjectives: [16], status: InitiativeStatus.Planned));
        await Data.InitiativeAsync(organization.Id, NewInitiative("Nurses in Canada", countries: ["CA"], capabilities: ["skills-assessment"], gcmObjectives: [18], status: InitiativeStatus.Completed));
        var client = NewClient();

        Assert.Equal(["Talent in Peru"], Titles(await client.GetPageAsync("/Initiatives?country=pe")));
        Assert.Equal(["Visas in Central America"], Titles(await client.GetPageAsync("/Initiatives?subRegion=central-america")));
        Assert.Equal(["Nurses in Canada"], Titles(await client.GetPageAsync("/Initiatives?capability=skills-assessment")));
        Assert.Equal(["Talent in Peru"], Titles(await client.GetPageAsync("/Initiatives?gcmObjective=16")));
        Assert.Equal(["Nurses in Canada"], Titles(await client.GetPageAsync("/Initiatives?status=completed")));
        Assert.Equal(["Visas in Central America"], Titles(await client.GetPageAsync("/Initiatives?status=active&country=SV&gcmObjective=5")));
    }

    [Fact]
    public async Task Initiatives_of_organizations_that_are_not_verified_are_not_listed()
    {
        var delegateUser = await Data.UserAsync("someone@example.org");
        var pending = await Data.PendingAsync(TestData.Profile("Waiting Association"), delegateUser.Id);
        var verified = await Data.VerifiedAsync(TestData.Profile("Listed Association"));
        await Data.InitiativeAsync(pending.Id, NewInitiative("Hidden initiative"));
        await Data.InitiativeAsync(verified.Id, NewInitiative("Listed initiative"));

        var html = await NewClient().GetPageAsync("/Initiatives");

        Assert.Equal(["Listed initiative"], Titles(html));
    }

    [Fact]
    public async Task Results_page_through_twenty_at_a_time_newest_first()
    {
        var organization = await Data.VerifiedAsync(TestData.Profile("Lead Organization"));
        var start = DateTimeOffset.UtcNow.AddDays(-1);
        for (var i = 1; i <= 41; i++)
        {
            await Data.InitiativeAsync(organization.Id, NewInitiative($"Initiative {i:D2}"), start.AddMinutes(i));
        }

        var client = NewClient();
        var first = await client.GetPageAsync("/Initiatives");
        var third = await client.GetPageAsync("/Initiatives?page=3");
        var beyond = await client.GetPageAsync("/Initiatives?page=10000");

        Assert.Equal(20, Titles(first).Count);
        Assert.Equal("Initiative 41", Titles(first)[0]);
        Assert.Equal(["Initiative 01"], Titles(third));
        Assert.Equal(["Initiative 01"], Titles(beyond));
        Assert.Contains("Page 3 of 3", beyond, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Initiatives?page=0")]
    [InlineData("/Initiatives?page=-1")]
    [InlineData("/Initiatives?page=99999999999999999999")]
    [InlineData("/Initiatives?page=abc&country=ZZ&capability=%00&gcmObjective=99&status=lost&subRegion=mars")]
    public async Task Out_of_range_pages_and_unknown_filters_still_show_the_list(string url)
    {
        var organization = await Data.VerifiedAsync(TestData.Profile("Lead Organization"));
        await Data.InitiativeAsync(organization.Id, NewInitiative("Only initiative"));

        using var response = await NewClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Only initiative"], Titles(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task An_empty_result_says_so_and_offers_to_clear_filters()
    {
        var html = await NewClient().GetPageAsync("/Initiatives?status=completed");

        Assert.Contains("No initiative matches this search.", html, StringComparison.Ordinal);
        Assert.Contains("Clear filters and see every initiative", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Spanish_page_shows_Spanish_labels()
    {
        var organization = await Data.VerifiedAsync(TestData.Profile("Lead Organization"));
        await Data.InitiativeAsync(organization.Id, NewInitiative("Visas", capabilities: ["visa-processing"], status: InitiativeStatus.Planned));

        var html = await NewClient().GetPageAsync("/Initiatives?culture=es");

        Assert.Contains("<html lang=\"es\">", html, StringComparison.Ordinal);
        Assert.Contains("Iniciativas", html, StringComparison.Ordinal);
        Assert.Matches(@">\s*1 iniciativa\s*<", html);
        Assert.Contains("Liderada por", html, StringComparison.Ordinal);
        Assert.Contains("Prevista", html, StringComparison.Ordinal);
        Assert.Contains("Cualquier estado", html, StringComparison.Ordinal);
    }

    private static List<string> Titles(string html) => Html.Links(html, "/Initiatives/");
}
