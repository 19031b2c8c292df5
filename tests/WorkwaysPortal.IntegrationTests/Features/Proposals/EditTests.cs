using System.Globalization;
using System.Net;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Proposals;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Proposals;

public sealed class EditTests(PortalDatabaseFixture database) : ProposalTest(database)
{
    private static List<KeyValuePair<string, string>> Form(string title, params int[] partners) =>
    [
        new("Input.Title", title),
        new("Input.Rationale", "A better rationale."),
        new("Input.ProposerContribution", "Courses."),
        .. partners.SelectMany((id, i) => new KeyValuePair<string, string>[]
        {
            new($"Input.Partners[{i}].OrganizationId", id.ToString(CultureInfo.InvariantCulture)),
            new($"Input.Partners[{i}].Contribution", $"Contribution {i}."),
        }),
    ];

    [Fact]
    public async Task A_delegate_changes_the_text_and_partners_of_a_draft()
    {
        var author = await PersonAsync("author@example.org");
        var proposer = await OrganizationAsync("Proposer Network", delegates: author.Id);
        var first = await OrganizationAsync("First Partner");
        var second = await OrganizationAsync("Second Partner");
        var id = await ProposalAsync(proposer.Id, author.Id, [first.Id]);
        var url = $"/Proposals/{id}/Edit";

        using var response = await author.Client.SubmitAsync(url, Form("Renamed", second.Id), $"{url}?handler=Save");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var proposal = await StoredAsync(id);
        Assert.Equal(("Renamed", ProposalState.Draft), (proposal.Title, proposal.State));
        Assert.Equal([second.Id], proposal.TargetOrganizationIds);
        Assert.Equal([AuditActions.ProposalEdited], (await AuditOfAsync(id)).Select(e => e.Action));
    }

    [Fact]
    public async Task Answering_a_request_for_changes_and_resubmitting_is_one_step()
    {
        var author = await PersonAsync("author@example.org");
        var proposer = await OrganizationAsync("Proposer Network", delegates: author.Id);
        var partner = await OrganizationAsync("Partner Agency");
        var id = await ProposalAsync(proposer.Id, author.Id, [partner.Id], ProposalState.ChangesRequested);
        var url = $"/Proposals/{id}/Edit";

        var html = await author.Client.GetPageAsync(url);
        using var response = await author.Client.SubmitAsync(url, Form("With dates", partner.Id), $"{url}?handler=Submit");

        Assert.Contains("The moderator asked for these changes:", html, StringComparison.Ordinal);
        Assert.Contains("Save and resubmit", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var proposal = await StoredAsync(id);
        // The form asks the partner to bring something else: it answers again before moderation.
        Assert.Equal(("With dates", ProposalState.AwaitingPartners), (proposal.Title, proposal.State));
        Assert.Equal([AuditActions.ProposalEdited, AuditActions.ProposalResubmitted], (await AuditOfAsync(id)).Select(e => e.Action));
    }

    [Theory]
    [InlineData(ProposalState.Submitted)]
    [InlineData(ProposalState.Approved)]
    [InlineData(ProposalState.Rejected)]
    [InlineData(ProposalState.Withdrawn)]
    public async Task A_proposal_out_of_the_proposers_hands_cannot_be_edited(ProposalState state)
    {
        var author = await PersonAsync("author@example.org");
        var proposer = await OrganizationAsync("Proposer Network", delegates: author.Id);
        var partner = await OrganizationAsync("Partner Agency");
        var id = await ProposalAsync(proposer.Id, author.Id, [partner.Id], state, title: "Original");
        var url = $"/Proposals/{id}/Edit";
        var token = PortalClient.AntiforgeryToken(await author.Client.GetPageAsync("/Proposals"));

        using var get = await author.Client.GetAsync(url);
        using var post = await author.Client.PostAsync($"{url}?handler=Save", [.. Form("Changed", partner.Id), new("__RequestVerificationToken", token)]);

        Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Contains("This proposal can no longer be changed.", await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Original", (await StoredAsync(id)).Title);
        Assert.Empty(await AuditOfAsync(id));
    }

    [Fact]
    public async Task Only_the_proposers_delegates_may_edit()
    {
        var author = await PersonAsync("author@example.org");
        var invited = await PersonAsync("invited@example.org");
        var outsider = await PersonAsync("outsider@example.org");
        var proposer = await OrganizationAsync("Proposer Network", delegates: author.Id);
        var partner = await OrganizationAsync("Partner Agency", delegates: invited.Id);
        var id = await ProposalAsync(proposer.Id, author.Id, [partner.Id], ProposalState.ChangesRequested, title: "Original");
        var url = $"/Proposals/{id}/Edit";
        var token = PortalClient.AntiforgeryToken(await invited.Client.GetPageAsync("/Proposals"));
        var outsiderToken = PortalClient.AntiforgeryToken(await outsider.Client.GetPageAsync("/Proposals"));

        using var invitedGet = await invited.Client.GetAsync(url);
        using var invitedPost = await invited.Client.PostAsync($"{url}?handler=Save", [.. Form("Hijacked", partner.Id), new("__RequestVerificationToken", token)]);
        using var outsiderPost = await outsider.Client.PostAsync($"{url}?handler=Save", [.. Form("Hijacked", partner.Id), new("__RequestVerificationToken", outsiderToken)]);

        Assert.Equal(HttpStatusCode.Forbidden, invitedGet.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, invitedPost.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, outsiderPost.StatusCode);
        Assert.Equal("Original", (await StoredAsync(id)).Title);
    }

    [Fact]
    public async Task An_edit_from_a_stale_form_does_not_overwrite_a_newer_one()
    {
        var author = await PersonAsync("author@example.org");
        var colleague = await PersonAsync("colleague@example.org");
        var proposer = await OrganizationAsync("Proposer Network", delegates: [author.Id, colleague.Id]);
        var partner = await OrganizationAsync("Partner Agency");
        var id = await ProposalAsync(proposer.Id, author.Id, [partner.Id]);
        var url = $"/Proposals/{id}/Edit";
        var version = (await StoredAsync(id)).Version.ToString(CultureInfo.InvariantCulture);

        using var first = await author.Client.SubmitAsync(url, [.. Form("First", partner.Id), new("Input.Version", version)], $"{url}?handler=Save");
        using var second = await colleague.Client.SubmitAsync(url, [.. Form("Second", partner.Id), new("Input.Version", version)], $"{url}?handler=Save");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("Someone else changed this proposal while you were looking at it.", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("First", (await StoredAsync(id)).Title);
    }
}
