using System.Net;
using WorkwaysPortal.Domain.Proposals;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Proposals;

public sealed class IndexTests(PortalDatabaseFixture database) : ProposalTest(database)
{
    [Fact]
    public async Task My_proposals_lists_what_my_organizations_sent_and_received_with_their_state()
    {
        var me = await PersonAsync("me@example.org");
        var other = await PersonAsync("other@example.org");
        var mine = await OrganizationAsync("My Network", delegates: me.Id);
        var theirs = await OrganizationAsync("Their Agency", delegates: other.Id);
        var third = await OrganizationAsync("Third Party");
        await ProposalAsync(mine.Id, me.Id, [theirs.Id], ProposalState.Draft, title: "My own draft");
        await ProposalAsync(theirs.Id, other.Id, [mine.Id], ProposalState.Submitted, title: "Invitation to us");
        await ProposalAsync(theirs.Id, other.Id, [mine.Id], ProposalState.Draft, title: "Their unsent draft");
        await ProposalAsync(theirs.Id, other.Id, [third.Id], ProposalState.Submitted, title: "Not about us");

        var html = await me.Client.GetPageAsync("/Proposals");

        Assert.Contains("My own draft", html, StringComparison.Ordinal);
        Assert.Contains("Invitation to us", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Their unsent draft", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Not about us", html, StringComparison.Ordinal);
        Assert.Contains(">Draft</span>", html, StringComparison.Ordinal);
        Assert.Contains(">Submitted</span>", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("My own draft", StringComparison.Ordinal) < html.IndexOf("Received by my organizations", StringComparison.Ordinal));
        Assert.Contains($"/Organizations/{mine.Id}/Proposals/New", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task My_proposals_needs_a_signed_in_user()
    {
        using var response = await NewClient().GetAsync("/Proposals");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
