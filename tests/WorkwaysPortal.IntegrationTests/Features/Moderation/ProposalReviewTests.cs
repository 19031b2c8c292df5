using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Domain.Proposals;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Moderation;

public sealed partial class ProposalReviewTests(PortalDatabaseFixture database) : ProposalTest(database)
{
    private static string Url(int id) => $"/Moderation/Proposals/Review/{id}";

    private sealed record Cast(Person Author, Person Moderator, int ProposerId, int PartnerId);

    private async Task<Cast> CastAsync()
    {
        var author = await PersonAsync("author@example.org");
        var moderator = await PersonAsync("marta@example.org", Roles.Moderator);
        var proposer = await OrganizationAsync("Proposer Network", delegates: author.Id);
        var partner = await OrganizationAsync("Partner Agency");
        return new Cast(author, moderator, proposer.Id, partner.Id);
    }

    private static string VersionOn(string html) => VersionField().Match(html).Groups[1].Value;

    [Fact]
    public async Task Approving_makes_a_partnership_on_both_pages_and_the_gap_being_addressed()
    {
        var cast = await CastAsync();
        var gap = await GapAsync(cast.PartnerId, "Recognition of nurses' qualifications");
        var id = await ProposalAsync(cast.ProposerId, cast.Author.Id, [cast.PartnerId], ProposalState.Submitted, gap.Id, title: "Nurses into jobs");

        using var response = await cast.Moderator.Client.SubmitAsync(Url(id), [new("Input.ApproveNote", "Good fit.")], $"{Url(id)}?handler=Approve");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Moderation", response.Headers.Location?.OriginalString);
        var proposal = await StoredAsync(id);
        Assert.Equal((ProposalState.Approved, cast.Moderator.Id, "marta"), (proposal.State, proposal.DecidedBy, proposal.DecidedByName));
        Assert.Equal(GapStatus.BeingAddressed, (await Data.QueryAsync(db => db.Gaps.SingleAsync())).Status);
        var audit = Assert.Single(await AuditOfAsync(id));
        Assert.Equal((AuditActions.ProposalApproved, cast.Moderator.Id, "marta@example.org", "Good fit."), (audit.Action, audit.ActorId, audit.ActorName, audit.Reason));
        foreach (var (organizationId, other) in new[] { (cast.ProposerId, "Partner Agency"), (cast.PartnerId, "Proposer Network") })
        {
            var page = await NewClient().GetPageAsync($"/Organizations/{organizationId}");
            Assert.Contains("data-testid=\"partnership\"", page, StringComparison.Ordinal);
            Assert.Contains("Nurses into jobs", page, StringComparison.Ordinal);
            Assert.Contains($">{other}</a>", page, StringComparison.Ordinal);
            Assert.Contains("Addresses the gap: Recognition of nurses&#x27; qualifications", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Only_approved_proposals_are_partnerships()
    {
        var cast = await CastAsync();
        await ProposalAsync(cast.ProposerId, cast.Author.Id, [cast.PartnerId], ProposalState.Submitted, title: "Still waiting");
        await ProposalAsync(cast.ProposerId, cast.Author.Id, [cast.PartnerId], ProposalState.Rejected, title: "Turned down");

        var page = await NewClient().GetPageAsync($"/Organizations/{cast.PartnerId}");

        Assert.Contains("No approved partnerships yet.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Still waiting", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Turned down", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Reject", "Input.RejectReason")]
    [InlineData("RequestChanges", "Input.ChangesReason")]
    public async Task Rejecting_and_requesting_changes_require_a_reason(string handler, string field)
    {
        var cast = await CastAsync();
        var id = await ProposalAsync(cast.ProposerId, cast.Author.Id, [cast.PartnerId], ProposalState.Submitted);

        using var response = await cast.Moderator.Client.SubmitAsync(Url(id), [new(field, "   ")], $"{Url(id)}?handler={handler}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Matches($"data-valmsg-for=\"{Regex.Escape(field)}\"[^>]*>A reason is required.<", html);
        Assert.Equal(ProposalState.Submitted, (await StoredAsync(id)).State);
        Assert.Empty(await AuditOfAsync(id));
    }

    [Fact]
    public async Task A_request_for_changes_reaches_the_proposer_with_its_reason()
    {
        var cast = await CastAsync();
        var id = await ProposalAsync(cast.ProposerId, cast.Author.Id, [cast.PartnerId], ProposalState.Submitted);

        using var response = await cast.Moderator.Client.SubmitAsync(Url(id), [new("Input.ChangesReason", "Add the dates.")], $"{Url(id)}?handler=RequestChanges");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ProposalState.ChangesRequested, (await StoredAsync(id)).State);
        var page = await cast.Author.Client.GetPageAsync($"/Proposals/{id}");
        Assert.Contains("Add the dates.", page, StringComparison.Ordinal);
        Assert.Contains("Reason given by marta:", page, StringComparison.Ordinal);
        var audit = Assert.Single(await AuditOfAsync(id));
        Assert.Equal((AuditActions.ProposalChangesRequested, "Add the dates."), (audit.Action, audit.Reason));
    }

    [Fact]
    public async Task A_moderator_who_is_a_delegate_of_an_organization_involved_may_not_decide()
    {
        var author = await PersonAsync("author@example.org");
        var moderator = await PersonAsync("marta@example.org", Roles.Moderator);
        var proposer = await OrganizationAsync("Proposer Network", delegates: author.Id);
        var partner = await OrganizationAsync("Marta's NGO", delegates: moderator.Id);
        var id = await ProposalAsync(proposer.Id, author.Id, [partner.Id], ProposalState.Submitted);

        var html = await moderator.Client.GetPageAsync(Url(id));
        var token = PortalClient.AntiforgeryToken(html);
        using var post = await moderator.Client.PostAsync($"{Url(id)}?handler=Approve", [new("__RequestVerificationToken", token)]);

        Assert.Contains("data-testid=\"conflict-of-interest\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("?handler=Approve", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Contains("so another moderator must decide it.", await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ProposalState.Submitted, (await StoredAsync(id)).State);
        Assert.Empty(await AuditOfAsync(id));
    }

    [Fact]
    public async Task Moderators_do_not_see_drafts()
    {
        var cast = await CastAsync();
        var id = await ProposalAsync(cast.ProposerId, cast.Author.Id, [cast.PartnerId]);
        var token = PortalClient.AntiforgeryToken(await cast.Moderator.Client.GetPageAsync("/Moderation"));

        using var get = await cast.Moderator.Client.GetAsync(Url(id));
        using var post = await cast.Moderator.Client.PostAsync($"{Url(id)}?handler=Approve", [new("__RequestVerificationToken", token)]);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(ProposalState.Draft, (await StoredAsync(id)).State);
    }

    [Theory]
    [InlineData(Roles.Delegate)]
    [InlineData(Roles.Staff)]
    public async Task Only_moderators_decide(string role)
    {
        var cast = await CastAsync();
        var id = await ProposalAsync(cast.ProposerId, cast.Author.Id, [cast.PartnerId], ProposalState.Submitted);
        var someone = await PersonAsync("someone@example.org", role);
        var token = PortalClient.AntiforgeryToken(await cast.Author.Client.GetPageAsync("/Proposals"));
        var someoneToken = PortalClient.AntiforgeryToken(await someone.Client.GetPageAsync("/Proposals"));

        using var author = await cast.Author.Client.PostAsync($"{Url(id)}?handler=Approve", [new("__RequestVerificationToken", token)]);
        using var other = await someone.Client.PostAsync($"{Url(id)}?handler=Approve", [new("__RequestVerificationToken", someoneToken)]);

        Assert.Equal(HttpStatusCode.Forbidden, author.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(ProposalState.Submitted, (await StoredAsync(id)).State);
        Assert.Empty(await AuditOfAsync(id));
    }

    [Fact]
    public async Task A_later_decision_is_told_who_decided_first()
    {
        var cast = await CastAsync();
        var other = await PersonAsync("pablo@example.org", Roles.Moderator);
        var id = await ProposalAsync(cast.ProposerId, cast.Author.Id, [cast.PartnerId], ProposalState.Submitted);
        var otherPage = await other.Client.GetPageAsync(Url(id));

        using var first = await cast.Moderator.Client.SubmitAsync(Url(id), [], $"{Url(id)}?handler=Approve");
        using var late = await other.Client.PostAsync($"{Url(id)}?handler=Reject",
            [new("Input.RejectReason", "Too late."), new("Input.Version", VersionOn(otherPage)), new("__RequestVerificationToken", PortalClient.AntiforgeryToken(otherPage))]);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Contains("This proposal has already been decided by marta.", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ProposalState.Approved, (await StoredAsync(id)).State);
        Assert.Equal([AuditActions.ProposalApproved], (await AuditOfAsync(id)).Select(e => e.Action));
    }

    [Fact]
    public async Task A_decision_on_a_version_the_moderator_has_not_seen_is_refused()
    {
        var cast = await CastAsync();
        var id = await ProposalAsync(cast.ProposerId, cast.Author.Id, [cast.PartnerId], ProposalState.Submitted);
        var stalePage = await cast.Moderator.Client.GetPageAsync(Url(id));
        await Data.QueryAsync(async db =>
        {
            // The proposer answers an earlier request for changes while the moderator reads the old text.
            var proposal = await db.Proposals.Include(p => p.Targets).SingleAsync(p => p.Id == id);
            proposal.Apply(ProposalAction.RequestChanges, SeedModerator, SeedModeratorName, "Add dates.", DateTimeOffset.UtcNow);
            proposal.Edit(new ProposalDetails("New text", "Dates added.", "", [new(cast.PartnerId, "Job placement.")], null, null), DateTimeOffset.UtcNow);
            proposal.Apply(ProposalAction.Resubmit, cast.Author.Id, "author", null, DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });

        using var response = await cast.Moderator.Client.PostAsync($"{Url(id)}?handler=Approve",
            [new("Input.Version", VersionOn(stalePage)), new("__RequestVerificationToken", PortalClient.AntiforgeryToken(stalePage))]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Someone else changed this proposal while you were looking at it.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ProposalState.Submitted, (await StoredAsync(id)).State);
        Assert.Empty(await AuditOfAsync(id));
    }

    [Fact]
    public async Task Two_moderators_deciding_at_the_same_moment_one_wins_and_the_other_is_told_who_decided()
    {
        var cast = await CastAsync();
        var pablo = await PersonAsync("pablo@example.org", Roles.Moderator);
        for (var round = 0; round < 8; round++)
        {
            var id = await ProposalAsync(cast.ProposerId, cast.Author.Id, [cast.PartnerId], ProposalState.Submitted);
            var pages = await Task.WhenAll(cast.Moderator.Client.GetPageAsync(Url(id)), pablo.Client.GetPageAsync(Url(id)));
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var approve = Task.Run(async () =>
            {
                await start.Task;
                return await cast.Moderator.Client.PostAsync($"{Url(id)}?handler=Approve",
                    [new("Input.Version", VersionOn(pages[0])), new("__RequestVerificationToken", PortalClient.AntiforgeryToken(pages[0]))]);
            });
            var reject = Task.Run(async () =>
            {
                await start.Task;
                return await pablo.Client.PostAsync($"{Url(id)}?handler=Reject",
                    [new("Input.RejectReason", "Not convincing."), new("Input.Version", VersionOn(pages[1])), new("__RequestVerificationToken", PortalClient.AntiforgeryToken(pages[1]))]);
            });

            start.SetResult();
            var responses = await Task.WhenAll(approve, reject);

            var statuses = responses.Select(r => r.StatusCode).ToList();
            Assert.Single(statuses, HttpStatusCode.Redirect);
            Assert.Single(statuses, HttpStatusCode.OK);
            var approved = statuses[0] == HttpStatusCode.Redirect;
            var loser = await responses[approved ? 1 : 0].Content.ReadAsStringAsync();
            Assert.Contains($"This proposal has already been decided by {(approved ? "marta" : "pablo")}.", loser, StringComparison.Ordinal);
            var audit = Assert.Single(await AuditOfAsync(id));
            Assert.Equal(approved ? AuditActions.ProposalApproved : AuditActions.ProposalRejected, audit.Action);
            Assert.Equal(approved ? cast.Moderator.Id : pablo.Id, audit.ActorId);
            Assert.Equal(approved ? ProposalState.Approved : ProposalState.Rejected, (await StoredAsync(id)).State);
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }
    }

    [Fact]
    public async Task Every_step_of_the_whole_journey_is_an_audit_event()
    {
        var cast = await CastAsync();
        var partner = await PersonAsync("pablo@example.org");
        var partnerId = (await OrganizationAsync("Accepting Agency", delegates: partner.Id)).Id.ToString(CultureInfo.InvariantCulture);
        var proposerNew = $"/Organizations/{cast.ProposerId}/Proposals/New";
        using var created = await cast.Author.Client.SubmitAsync(proposerNew,
        [
            new("Input.Title", "Nurses into jobs"), new("Input.Rationale", "Shared goal."),
            new("Input.Partners[0].OrganizationId", partnerId),
        ], $"{proposerNew}?handler=Draft");
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
        using var submitted = await cast.Author.Client.SubmitAsync($"/Proposals/{id}", [], $"/Proposals/{id}?handler=Submit");
        using var accepted = await partner.Client.SubmitAsync($"/Proposals/{id}", [new("Answer.OrganizationId", partnerId)], $"/Proposals/{id}?handler=Accept");
        using var sentBack = await cast.Moderator.Client.SubmitAsync(Url(id), [new("Input.ChangesReason", "Add dates.")], $"{Url(id)}?handler=RequestChanges");
        using var resubmitted = await cast.Author.Client.SubmitAsync($"/Proposals/{id}", [], $"/Proposals/{id}?handler=Resubmit");
        using var approved = await cast.Moderator.Client.SubmitAsync(Url(id), [], $"{Url(id)}?handler=Approve");

        Assert.All(new[] { created, submitted, accepted, sentBack, resubmitted, approved }, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var audit = await AuditOfAsync(id);
        Assert.Equal(
            [AuditActions.ProposalDrafted, AuditActions.ProposalSubmitted, AuditActions.ProposalAccepted, AuditActions.ProposalChangesRequested,
                AuditActions.ProposalResubmitted, AuditActions.ProposalApproved],
            audit.Select(e => e.Action));
        Assert.Equal([cast.Author.Id, cast.Author.Id, partner.Id, cast.Moderator.Id, cast.Author.Id, cast.Moderator.Id], audit.Select(e => e.ActorId!.Value));
        var history = await cast.Moderator.Client.GetPageAsync($"/Proposals/{id}");
        Assert.Equal(6, Regex.Count(history, "data-testid=\"history-entry\""));
        Assert.Contains("Accepted by a partner</span>", history, StringComparison.Ordinal);
        Assert.Contains("<span data-testid=\"history-partner\">(Accepting Agency)</span>", history, StringComparison.Ordinal);
        Assert.Contains("Accepting Agency", audit.Single(e => e.Action == AuditActions.ProposalAccepted).Details, StringComparison.Ordinal);
        Assert.Null(audit.Single(e => e.Action == AuditActions.ProposalApproved).Details);
    }

    [GeneratedRegex("name=\"Input.Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();
}
