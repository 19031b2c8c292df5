using System.Net;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Proposals;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Proposals;

public sealed class WithdrawTests(PortalDatabaseFixture database) : ProposalTest(database)
{
    [Fact]
    public async Task Withdrawing_needs_a_confirmation()
    {
        var author = await PersonAsync("author@example.org");
        var proposer = await OrganizationAsync("Proposer Network", delegates: author.Id);
        var partner = await OrganizationAsync("Partner Agency");
        var id = await ProposalAsync(proposer.Id, author.Id, [partner.Id], ProposalState.Submitted);
        var url = $"/Proposals/{id}/Withdraw";

        using var response = await author.Client.SubmitAsync(url, [new("Input.Reason", "Plans changed.")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tick the box to confirm that you want to withdraw the proposal.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ProposalState.Submitted, (await StoredAsync(id)).State);
        Assert.Empty(await AuditOfAsync(id));
    }

    [Theory]
    [InlineData(ProposalState.Draft)]
    [InlineData(ProposalState.Submitted)]
    [InlineData(ProposalState.ChangesRequested)]
    public async Task A_confirmed_withdrawal_is_recorded_with_its_reason(ProposalState state)
    {
        var author = await PersonAsync("author@example.org");
        var proposer = await OrganizationAsync("Proposer Network", delegates: author.Id);
        var partner = await OrganizationAsync("Partner Agency");
        var id = await ProposalAsync(proposer.Id, author.Id, [partner.Id], state);
        var url = $"/Proposals/{id}/Withdraw";

        using var response = await author.Client.SubmitAsync(url, [new("Input.Confirm", "true"), new("Input.Reason", "Plans changed.")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ProposalState.Withdrawn, (await StoredAsync(id)).State);
        var audit = Assert.Single(await AuditOfAsync(id));
        Assert.Equal((AuditActions.ProposalWithdrawn, "Plans changed.", author.Id), (audit.Action, audit.Reason, audit.ActorId));
    }

    [Theory]
    [InlineData(ProposalState.Approved, "This proposal has already been decided.")]
    [InlineData(ProposalState.Rejected, "This proposal has already been decided.")]
    [InlineData(ProposalState.Withdrawn, "This proposal was withdrawn by its proposer.")]
    public async Task A_decided_or_withdrawn_proposal_cannot_be_withdrawn(ProposalState state, string message)
    {
        var author = await PersonAsync("author@example.org");
        var proposer = await OrganizationAsync("Proposer Network", delegates: author.Id);
        var partner = await OrganizationAsync("Partner Agency");
        var id = await ProposalAsync(proposer.Id, author.Id, [partner.Id], state);
        var url = $"/Proposals/{id}/Withdraw";
        var token = PortalClient.AntiforgeryToken(await author.Client.GetPageAsync("/Proposals"));

        using var get = await author.Client.GetAsync(url);
        using var post = await author.Client.PostAsync(url, [new("Input.Confirm", "true"), new("__RequestVerificationToken", token)]);

        Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Contains(message, await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(state, (await StoredAsync(id)).State);
        Assert.Empty(await AuditOfAsync(id));
    }

    [Fact]
    public async Task An_invited_organizations_delegate_cannot_withdraw_it()
    {
        var author = await PersonAsync("author@example.org");
        var invited = await PersonAsync("invited@example.org");
        var proposer = await OrganizationAsync("Proposer Network", delegates: author.Id);
        var partner = await OrganizationAsync("Partner Agency", delegates: invited.Id);
        var id = await ProposalAsync(proposer.Id, author.Id, [partner.Id], ProposalState.Submitted);
        var token = PortalClient.AntiforgeryToken(await invited.Client.GetPageAsync("/Proposals"));

        using var get = await invited.Client.GetAsync($"/Proposals/{id}/Withdraw");
        using var post = await invited.Client.PostAsync($"/Proposals/{id}/Withdraw", [new("Input.Confirm", "true"), new("__RequestVerificationToken", token)]);

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(ProposalState.Submitted, (await StoredAsync(id)).State);
    }
}
