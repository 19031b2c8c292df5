using System.Net;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Proposals;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Moderation;

/// <summary>The moderators' one queue: pending organizations and submitted proposals together.</summary>
public sealed class IndexTests(PortalDatabaseFixture database) : ProposalTest(database)
{
    private static readonly DateTimeOffset Day = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_queue_lists_pending_organizations_and_submitted_proposals_oldest_first_with_counts()
    {
        var owner = await Data.UserAsync("owner@example.org");
        await Data.PendingAsync(TestData.Profile("Pending Registered Now"), owner.Id);
        var proposer = await OrganizationAsync("Proposer Network", delegates: owner.Id);
        var partner = await OrganizationAsync("Partner Agency");
        await ProposalAsync(proposer.Id, owner.Id, [partner.Id], ProposalState.Submitted, title: "Old submitted proposal", at: Day);
        await ProposalAsync(proposer.Id, owner.Id, [partner.Id], ProposalState.Draft, title: "Unsent draft");
        await ProposalAsync(proposer.Id, owner.Id, [partner.Id], ProposalState.Approved, title: "Already approved");
        var moderator = await SignedInAsync("moderator@example.org", Roles.Moderator);

        var html = await moderator.GetPageAsync("/Moderation");

        Assert.Contains("2 waiting for a decision, oldest first.", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"count-organizations\">1<", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"count-proposals\">1<", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("Old submitted proposal", StringComparison.Ordinal) < html.IndexOf("Pending Registered Now", StringComparison.Ordinal));
        Assert.Contains("From Proposer Network to Partner Agency", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Unsent draft", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Already approved", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Proposer Network<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_queue_filters_by_kind_country_and_sector()
    {
        var owner = await Data.UserAsync("owner@example.org");
        await Data.PendingAsync(TestData.Profile("Guatemalan Union", sector: "trade-union", countries: ["GT"]), owner.Id);
        await Data.PendingAsync(TestData.Profile("Peruvian Academy", sector: "academia", countries: ["PE"]), owner.Id);
        var proposer = await OrganizationAsync("Proposer Network", countries: ["MX"], delegates: owner.Id);
        var partner = await OrganizationAsync("Colombian Government", sector: "government", countries: ["CO"]);
        await ProposalAsync(proposer.Id, owner.Id, [partner.Id], ProposalState.Submitted, title: "Mexico with Colombia");
        var moderator = await SignedInAsync("moderator@example.org", Roles.Moderator);

        var organizations = await moderator.GetPageAsync("/Moderation?kind=organizations");
        var proposals = await moderator.GetPageAsync("/Moderation?kind=proposals");
        var colombia = await moderator.GetPageAsync("/Moderation?country=co");
        var unions = await moderator.GetPageAsync("/Moderation?sector=trade-union");
        var governments = await moderator.GetPageAsync("/Moderation?sector=government&kind=proposals");
        var nonsense = await moderator.GetPageAsync("/Moderation?kind=<script>&country=ZZ&sector=x&page=-4");

        Assert.Contains("Peruvian Academy", organizations, StringComparison.Ordinal);
        Assert.DoesNotContain("Mexico with Colombia", organizations, StringComparison.Ordinal);
        Assert.Contains("Mexico with Colombia", proposals, StringComparison.Ordinal);
        Assert.DoesNotContain("Peruvian Academy", proposals, StringComparison.Ordinal);
        Assert.Contains("Mexico with Colombia", colombia, StringComparison.Ordinal);
        Assert.DoesNotContain("Guatemalan Union", colombia, StringComparison.Ordinal);
        Assert.Contains("Guatemalan Union", unions, StringComparison.Ordinal);
        Assert.DoesNotContain("Peruvian Academy", unions, StringComparison.Ordinal);
        Assert.DoesNotContain("Mexico with Colombia", unions, StringComparison.Ordinal);
        Assert.Contains("Mexico with Colombia", governments, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"count-organizations\">0<", governments, StringComparison.Ordinal);
        Assert.Contains("3 waiting for a decision", nonsense, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_moderator_sees_which_queued_proposals_involve_their_own_organization()
    {
        var moderator = await PersonAsync("moderator@example.org", Roles.Moderator);
        var owner = await Data.UserAsync("owner@example.org");
        var proposer = await OrganizationAsync("Proposer Network", delegates: owner.Id);
        var partner = await OrganizationAsync("Moderator's Own NGO", delegates: moderator.Id);
        var id = await ProposalAsync(proposer.Id, owner.Id, [partner.Id], ProposalState.Submitted);

        var html = await moderator.Client.GetPageAsync("/Moderation");

        Assert.Contains("Your organization", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Moderation/Proposals/Review/{id}", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Delegate)]
    [InlineData(Roles.Staff)]
    public async Task Only_moderators_see_the_queue(string role)
    {
        var client = await SignedInAsync("someone@example.org", role);

        using var queue = await client.GetAsync("/Moderation");
        using var anonymous = await NewClient().GetAsync("/Moderation");

        Assert.Equal(HttpStatusCode.Forbidden, queue.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
    }

    [Fact]
    public async Task The_former_organizations_queue_leads_to_the_one_queue()
    {
        var moderator = await SignedInAsync("moderator@example.org", Roles.Moderator);

        using var response = await moderator.GetAsync("/Moderation/Organizations");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Moderation?kind=organizations", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_navigation_links_to_the_queue()
    {
        var moderator = await SignedInAsync("moderator@example.org", Roles.Moderator);

        var html = await moderator.GetPageAsync("/");

        Assert.Contains("href=\"/Moderation\">Moderation</a>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Proposals\">My proposals</a>", html, StringComparison.Ordinal);
    }
}
