using System.Net;
using WorkwaysPortal.Domain.Initiatives;
using WorkwaysPortal.Testing;
using static WorkwaysPortal.Testing.WorkTestData;

namespace WorkwaysPortal.IntegrationTests.Features.Initiatives;

public sealed class DetailsTests(PortalDatabaseFixture database) : PortalTest(database)
{
    [Fact]
    public async Task The_page_shows_everything_with_links_to_the_lead_and_the_participants()
    {
        var lead = await Data.VerifiedAsync(TestData.Profile("Ministry of Labour"));
        var partner = await Data.VerifiedAsync(TestData.Profile("Employers Council", acronym: "EC"));
        var delegateUser = await Data.UserAsync("pending@example.org");
        var unverified = await Data.PendingAsync(TestData.Profile("Unverified Partner"), delegateUser.Id);
        var initiative = await Data.InitiativeAsync(lead.Id, NewInitiative(
            "Work visas through labour ministries", "Regular pathways for seasonal work.",
            countries: ["SV", "HN", "GT"], capabilities: ["visa-processing"], gcmObjectives: [5, 6],
            status: InitiativeStatus.Active, participants: [partner.Id, unverified.Id],
            startsOn: new DateOnly(2025, 3, 1), endsOn: new DateOnly(2026, 12, 31)), accepted: true);

        var english = await NewClient().GetPageAsync($"/Initiatives/{initiative.Id}");
        var spanish = await NewClient().GetPageAsync($"/Initiatives/{initiative.Id}?culture=es");

        Assert.Contains("Work visas through labour ministries", english, StringComparison.Ordinal);
        Assert.Contains("Regular pathways for seasonal work.", english, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Organizations/{lead.Id}\">Ministry of Labour</a>", english, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/Organizations/{partner.Id}\">Employers Council</a>", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Unverified Partner", english, StringComparison.Ordinal);
        Assert.Contains("El Salvador, Honduras, Guatemala", english, StringComparison.Ordinal);
        Assert.Contains(">Active<", english, StringComparison.Ordinal);
        Assert.Contains("Objective 5: Enhance availability and flexibility of pathways for regular migration", english, StringComparison.Ordinal);
        Assert.Contains("3/1/2025", english, StringComparison.Ordinal);
        Assert.Contains("Objetivo 5: Aumentar la disponibilidad y flexibilidad de las vías de migración regular", spanish, StringComparison.Ordinal);
        Assert.Contains("En curso", spanish, StringComparison.Ordinal);
        Assert.Contains("1/3/2025", spanish, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Initiatives/{initiative.Id}/Edit", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_initiative_of_a_pending_organization_is_404_except_for_its_delegates()
    {
        var owner = await Data.UserAsync("owner@example.org");
        var pending = await Data.PendingAsync(TestData.Profile("Waiting Association"), owner.Id);
        var initiative = await Data.InitiativeAsync(pending.Id, NewInitiative("Not public yet"));
        var ownerClient = NewClient();
        await ownerClient.SignInAsync("owner@example.org", TestData.Password);

        using var anonymous = await NewClient().GetAsync($"/Initiatives/{initiative.Id}");
        var ownerPage = await ownerClient.GetPageAsync($"/Initiatives/{initiative.Id}");

        Assert.Equal(HttpStatusCode.NotFound, anonymous.StatusCode);
        Assert.Contains("Not public yet", ownerPage, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Initiatives/{initiative.Id}/Edit\"", ownerPage, StringComparison.Ordinal);
        Assert.Contains("Until a moderator verifies the organization, only its delegates, the organizations it invites and the moderators can see this page.", ownerPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_initiative_is_404()
    {
        using var response = await NewClient().GetAsync("/Initiatives/424242");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
