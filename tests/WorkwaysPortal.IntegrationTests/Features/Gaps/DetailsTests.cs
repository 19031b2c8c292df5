using System.Net;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Testing;
using static WorkwaysPortal.Testing.WorkTestData;

namespace WorkwaysPortal.IntegrationTests.Features.Gaps;

public sealed class DetailsTests(PortalDatabaseFixture database) : PortalTest(database)
{
    [Fact]
    public async Task The_page_shows_everything_with_a_link_to_the_organization_and_objectives_by_name()
    {
        var organization = await Data.VerifiedAsync(TestData.Profile("Pastoral Social Internacional"));
        var gap = await Data.GapAsync(organization.Id, NewGap(
            "Baseline of migrants' qualifications", "Nobody knows what skills returnees bring.",
            requires: ["research", "skills-assessment"], countries: ["GT", "HN"], gcmObjectives: [1, 18], priority: GapPriority.High));

        var english = await NewClient().GetPageAsync($"/Gaps/{gap.Id}");
        var spanish = await NewClient().GetPageAsync($"/Gaps/{gap.Id}?culture=es");

        Assert.Contains("Baseline of migrants&#x27; qualifications", english, StringComparison.Ordinal);
        Assert.Contains("Nobody knows what skills returnees bring.", english, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Organizations/{organization.Id}\"", english, StringComparison.Ordinal);
        Assert.Contains("Guatemala, Honduras", english, StringComparison.Ordinal);
        Assert.Contains("High priority", english, StringComparison.Ordinal);
        Assert.Contains(">Open<", english, StringComparison.Ordinal);
        Assert.Contains("Objective 1: Collect and utilize accurate and disaggregated data", english, StringComparison.Ordinal);
        Assert.Contains("Objective 18:", english, StringComparison.Ordinal);
        Assert.Contains("Objetivo 1: Recopilar y utilizar datos exactos y desglosados", spanish, StringComparison.Ordinal);
        Assert.Contains("Planteada por", spanish, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Gaps/{gap.Id}/Edit", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Until a moderator verifies the organization", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gap_of_a_pending_organization_is_404_except_for_its_delegates_and_moderators()
    {
        var owner = await Data.UserAsync("owner@example.org");
        var pending = await Data.PendingAsync(TestData.Profile("Waiting Association"), owner.Id);
        var gap = await Data.GapAsync(pending.Id, NewGap("Not public yet"));
        var ownerClient = NewClient();
        await ownerClient.SignInAsync("owner@example.org", TestData.Password);
        var moderator = await SignedInAsync("moderator@example.org", Roles.Moderator);
        var stranger = await SignedInAsync("stranger@example.org");

        using var anonymous = await NewClient().GetAsync($"/Gaps/{gap.Id}");
        using var other = await stranger.GetAsync($"/Gaps/{gap.Id}");
        var ownerPage = await ownerClient.GetPageAsync($"/Gaps/{gap.Id}");
        var moderatorPage = await moderator.GetPageAsync($"/Gaps/{gap.Id}");

        Assert.Equal(HttpStatusCode.NotFound, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Contains("Not public yet", ownerPage, StringComparison.Ordinal);
        Assert.Contains($"/Gaps/{gap.Id}/Edit", ownerPage, StringComparison.Ordinal);
        Assert.Contains("Not public yet", moderatorPage, StringComparison.Ordinal);
        Assert.Contains("Until a moderator verifies the organization, only its delegates and the moderators can see this page.", ownerPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gap_raised_in_a_session_says_so()
    {
        var gap = await Data.GapAsync(null, NewGap("Data on regular pathways"));

        var html = await NewClient().GetPageAsync($"/Gaps/{gap.Id}");

        Assert.Contains("Raised in a consultation session", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_gap_is_404()
    {
        using var response = await NewClient().GetAsync("/Gaps/424242");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
