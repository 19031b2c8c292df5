using WorkwaysPortal.Testing;
using static WorkwaysPortal.Testing.WorkTestData;

namespace WorkwaysPortal.IntegrationTests.Features.Organizations;

/// <summary>The "Initiatives" and "Gaps" sections of an organization's page (Details.cshtml).</summary>
public sealed class DetailsWorkSectionsTests(PortalDatabaseFixture database) : PortalTest(database)
{
    [Fact]
    public async Task The_page_lists_the_initiatives_it_leads_or_joins_and_its_gaps()
    {
        var organization = await Data.VerifiedAsync(TestData.Profile("HIAS Peru"));
        var other = await Data.VerifiedAsync(TestData.Profile("Lima Employers"));
        var someone = await Data.UserAsync("someone@example.org");
        var pending = await Data.PendingAsync(TestData.Profile("Pending Lead"), someone.Id);
        var leads = await Data.InitiativeAsync(organization.Id, NewInitiative("Talent insertion alliance"));
        var joins = await Data.InitiativeAsync(other.Id, NewInitiative("Employers' round table", participants: [organization.Id]), accepted: true);
        await Data.InitiativeAsync(pending.Id, NewInitiative("Not public yet", participants: [organization.Id]), accepted: true);
        await Data.InitiativeAsync(other.Id, NewInitiative("Invited, not answered", participants: [organization.Id]));
        await Data.InitiativeAsync(other.Id, NewInitiative("Someone else's"));
        var gap = await Data.GapAsync(organization.Id, NewGap("Recognition of degrees"));
        await Data.GapAsync(other.Id, NewGap("Other gap"));

        var html = await NewClient().GetPageAsync($"/Organizations/{organization.Id}");

        Assert.Equal(["Employers' round table", "Talent insertion alliance"], Html.Links(html, "/Initiatives/").Order(StringComparer.Ordinal));
        Assert.Contains($"href=\"/Initiatives/{leads.Id}\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Initiatives/{joins.Id}\"", html, StringComparison.Ordinal);
        Assert.Equal(["Recognition of degrees"], Html.Links(html, "/Gaps/"));
        Assert.Contains($"href=\"/Gaps/{gap.Id}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Add an initiative", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Add a gap", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Its_delegates_see_buttons_to_add_an_initiative_and_a_gap()
    {
        var owner = await Data.UserAsync("owner@example.org");
        var organization = await Data.PendingAsync(TestData.Profile("Own Organization"), owner.Id);
        var client = NewClient();
        await client.SignInAsync("owner@example.org", TestData.Password);

        var html = await client.GetPageAsync($"/Organizations/{organization.Id}");
        var spanish = await client.GetPageAsync($"/Organizations/{organization.Id}?culture=es");

        Assert.Contains($"href=\"/Organizations/{organization.Id}/Initiatives/New\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Organizations/{organization.Id}/Gaps/New\"", html, StringComparison.Ordinal);
        Assert.Contains("No initiative recorded yet.", html, StringComparison.Ordinal);
        Assert.Contains("Añadir una iniciativa", spanish, StringComparison.Ordinal);
        Assert.Contains("Añadir una brecha", spanish, StringComparison.Ordinal);
    }
}
