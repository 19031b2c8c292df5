using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Proposals;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Proposals;

public sealed class NewTests(PortalDatabaseFixture database) : ProposalTest(database)
{
    private static string Url(int organizationId) => $"/Organizations/{organizationId}/Proposals/New";

    private static List<KeyValuePair<string, string>> Form(params (int? Id, string? Contribution)[] partners)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.Title", "Training for refugee nurses"),
            new("Input.Rationale", "They place nurses in Canada; we prepare them."),
            new("Input.ProposerContribution", "Language and licensing courses."),
        };
        for (var i = 0; i < partners.Length; i++)
        {
            fields.Add(new($"Input.Partners[{i}].OrganizationId", partners[i].Id?.ToString(CultureInfo.InvariantCulture) ?? ""));
            fields.Add(new($"Input.Partners[{i}].Contribution", partners[i].Contribution ?? ""));
        }

        return fields;
    }

    private static List<KeyValuePair<string, string>> With(List<KeyValuePair<string, string>> fields, string key, string value)
    {
        fields.RemoveAll(f => f.Key == key);
        fields.Add(new(key, value));
        return fields;
    }

    [Fact]
    public async Task A_delegate_saves_a_draft_that_records_who_created_it()
    {
        var author = await PersonAsync("ana@example.org");
        var proposer = await OrganizationAsync("Proposer Network", delegates: author.Id);
        var partner = await OrganizationAsync("Partner Agency");

        using var response = await author.Client.SubmitAsync(
            Url(proposer.Id), Form((partner.Id, "Placement in Canada.")), $"{Url(proposer.Id)}?handler=Draft");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var proposal = await Data.QueryAsync(db => db.Proposals.Include(p => p.Targets).SingleAsync());
        Assert.Equal($"/Proposals/{proposal.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(ProposalState.Draft, proposal.State);
        Assert.Equal(proposer.Id, proposal.ProposerOrganizationId);
        Assert.Equal(author.Id, proposal.CreatedBy);
        var target = Assert.Single(proposal.Targets);
        Assert.Equal((partner.Id, "Placement in Canada."), (target.OrganizationId, target.Contribution));
        var audit = Assert.Single(await AuditOfAsync(proposal.Id));
        Assert.Equal(AuditActions.ProposalDrafted, audit.Action);
        Assert.Equal(author.Id, audit.ActorId);
        Assert.Equal("ana@example.org", audit.ActorName);
    }

    [Fact]
    public async Task Submitting_the_form_creates_a_submitted_proposal_in_one_step()
    {
        var author = await PersonAsync("ana@example.org");
        var proposer = await OrganizationAsync("Proposer Network", delegates: author.Id);
        var first = await OrganizationAsync("First Partner");
        var second = await OrganizationAsync("Second Partner");

        using var response = await author.Client.SubmitAsync(
            Url(proposer.Id), Form((first.Id, "Jobs."), (null, null), (second.Id, null), (first.Id, "Duplicate.")), $"{Url(proposer.Id)}?handler=Submit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var proposal = await Data.QueryAsync(db => db.Proposals.Include(p => p.Targets).SingleAsync());
        Assert.Equal(ProposalState.AwaitingPartners, proposal.State);
        Assert.NotNull(proposal.SubmittedAt);
        Assert.Equal([first.Id, second.Id], proposal.TargetOrganizationIds.Order());
        Assert.Equal([AuditActions.ProposalDrafted, AuditActions.ProposalSubmitted], (await AuditOfAsync(proposal.Id)).Select(e => e.Action));
    }

    [Fact]
    public async Task The_form_is_prefilled_from_the_partner_and_gap_in_the_link()
    {
        var author = await PersonAsync("ana@example.org");
        var proposer = await OrganizationAsync("Proposer Network", delegates: author.Id);
        var partner = await OrganizationAsync("Partner Agency");
        var gap = await GapAsync(partner.Id, "Baseline study of migrants' qualifications");

        var html = await author.Client.GetPageAsync($"{Url(proposer.Id)}?to={partner.Id}&gap={gap.Id}");

        Assert.Contains($"<option value=\"{partner.Id}\" selected=\"selected\">Partner Agency</option>", html, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{gap.Id}\" selected=\"selected\">Baseline study of migrants&#x27; qualifications</option>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Proposer Network</option>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_organizations_delegates_may_propose_for_it()
    {
        var owner = await PersonAsync("owner@example.org");
        var proposer = await OrganizationAsync("Proposer Network", delegates: owner.Id);
        var partner = await OrganizationAsync("Partner Agency");
        var intruder = await PersonAsync("intruder@example.org");
        await OrganizationAsync("Intruder Org", delegates: intruder.Id);
        var token = PortalClient.AntiforgeryToken(await intruder.Client.GetPageAsync("/Proposals"));

        using var get = await intruder.Client.GetAsync(Url(proposer.Id));
        using var post = await intruder.Client.PostAsync(
            $"{Url(proposer.Id)}?handler=Submit", [.. Form((partner.Id, null)), new("__RequestVerificationToken", token)]);
        using var anonymous = await NewClient().GetAsync(Url(proposer.Id));
        using var unknown = await intruder.Client.GetAsync(Url(999_999));

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/Account/Login", anonymous.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(0, await ProposalCountAsync());
        Assert.Equal(0, await AuditCountAsync());
    }

    [Fact]
    public async Task An_unknown_partner_saves_nothing_and_is_shown_next_to_its_row()
    {
        var author = await PersonAsync("ana@example.org");
        var proposer = await OrganizationAsync("Proposer Network", delegates: author.Id);
        var partner = await OrganizationAsync("Partner Agency");

        using var response = await author.Client.SubmitAsync(
            Url(proposer.Id), Form((partner.Id, null), (null, null), (987_654, "Forged.")), $"{Url(proposer.Id)}?handler=Submit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-valmsg-for=\"Input.Partners[2].OrganizationId\"", html, StringComparison.Ordinal);
        Assert.Contains("Organization 987654 is not a verified organization of the directory.", html, StringComparison.Ordinal);
        Assert.Equal(0, await ProposalCountAsync());
        Assert.Equal(0, await Data.QueryAsync(db => db.ProposalTargets.CountAsync()));
        Assert.Equal(0, await AuditCountAsync());
    }

    [Fact]
    public async Task A_pending_organization_cannot_be_invited()
    {
        var author = await PersonAsync("ana@example.org");
        var proposer = await OrganizationAsync("Proposer Network", delegates: author.Id);
        var pending = await Data.PendingAsync(TestData.Profile("Not Yet Verified"), author.Id);

        using var response = await author.Client.SubmitAsync(Url(proposer.Id), Form((pending.Id, null)), $"{Url(proposer.Id)}?handler=Draft");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"Organization {pending.Id} is not a verified organization of the directory.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await ProposalCountAsync());
    }

    [Fact]
    public async Task The_proposer_cannot_be_its_own_partner()
    {
        var author = await PersonAsync("ana@example.org");
        var proposer = await OrganizationAsync("Proposer Network", delegates: author.Id);

        using var response = await author.Client.SubmitAsync(Url(proposer.Id), Form((proposer.Id, "Ourselves.")), $"{Url(proposer.Id)}?handler=Draft");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("An organization cannot propose a partnership to itself.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await ProposalCountAsync());
    }

    [Fact]
    public async Task A_proposal_needs_a_title_and_a_partner_and_a_rationale_to_be_submitted()
    {
        var author = await PersonAsync("ana@example.org");
        var proposer = await OrganizationAsync("Proposer Network", delegates: author.Id);
        var fields = With(With(Form((null, "Someone should do this.")), "Input.Title", " "), "Input.Rationale", "");

        using var response = await author.Client.SubmitAsync(Url(proposer.Id), fields, $"{Url(proposer.Id)}?handler=Submit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("A title is required.", html, StringComparison.Ordinal);
        Assert.Contains("Explain why this partnership makes sense before submitting it.", html, StringComparison.Ordinal);
        Assert.Contains("Choose the organization that would bring this.", html, StringComparison.Ordinal);
        Assert.Equal(0, await ProposalCountAsync());
    }

    [Fact]
    public async Task A_draft_may_leave_the_rationale_for_later()
    {
        var author = await PersonAsync("ana@example.org");
        var proposer = await OrganizationAsync("Proposer Network", delegates: author.Id);
        var partner = await OrganizationAsync("Partner Agency");

        using var response = await author.Client.SubmitAsync(
            Url(proposer.Id), With(Form((partner.Id, null)), "Input.Rationale", ""), $"{Url(proposer.Id)}?handler=Draft");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ProposalState.Draft, (await Data.QueryAsync(db => db.Proposals.SingleAsync())).State);
    }

    [Fact]
    public async Task At_most_the_maximum_number_of_partners_may_be_invited()
    {
        var author = await PersonAsync("ana@example.org");
        var proposer = await OrganizationAsync("Proposer Network", delegates: author.Id);
        var partners = new List<(int?, string?)>();
        for (var i = 0; i <= PartnershipProposal.MaxPartners; i++)
        {
            partners.Add(((await OrganizationAsync($"Partner {i}")).Id, null));
        }

        using var response = await author.Client.SubmitAsync(Url(proposer.Id), Form([.. partners]), $"{Url(proposer.Id)}?handler=Draft");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"A proposal can invite at most {PartnershipProposal.MaxPartners} organizations.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await ProposalCountAsync());
    }

    [Fact]
    public async Task A_hidden_gap_cannot_be_named()
    {
        var author = await PersonAsync("ana@example.org");
        var proposer = await OrganizationAsync("Proposer Network", delegates: author.Id);
        var partner = await OrganizationAsync("Partner Agency");
        var pending = await Data.PendingAsync(TestData.Profile("Pending Raiser"), author.Id);
        var hiddenGap = await GapAsync(pending.Id);

        using var response = await author.Client.SubmitAsync(
            Url(proposer.Id), [.. Form((partner.Id, null)), new("Input.GapId", hiddenGap.Id.ToString(CultureInfo.InvariantCulture))], $"{Url(proposer.Id)}?handler=Draft");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"Gap {hiddenGap.Id} is not a public gap of the portal.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await ProposalCountAsync());
    }

    [Fact]
    public async Task An_organization_waiting_for_verification_cannot_propose_yet()
    {
        var author = await PersonAsync("ana@example.org");
        var pending = await Data.PendingAsync(TestData.Profile("Pending Proposer"), author.Id);
        var partner = await OrganizationAsync("Partner Agency");

        var html = await author.Client.GetPageAsync(Url(pending.Id));
        var token = PortalClient.AntiforgeryToken(html);
        using var post = await author.Client.PostAsync($"{Url(pending.Id)}?handler=Submit", [.. Form((partner.Id, null)), new("__RequestVerificationToken", token)]);

        Assert.Contains("Your organization can propose partnerships once a moderator has verified it.", html, StringComparison.Ordinal);
        Assert.Equal(VerificationStatus.Pending, pending.Status);
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal(0, await ProposalCountAsync());
    }

    [Fact]
    public async Task The_form_is_in_Spanish_for_Spanish_readers()
    {
        var author = await PersonAsync("ana@example.org");
        var proposer = await OrganizationAsync("Proposer Network", delegates: author.Id);

        var html = await author.Client.GetPageAsync($"{Url(proposer.Id)}?culture=es");

        Assert.Contains("Proponer una alianza", html, StringComparison.Ordinal);
        Assert.Contains("Guardar borrador", html, StringComparison.Ordinal);
    }
}
