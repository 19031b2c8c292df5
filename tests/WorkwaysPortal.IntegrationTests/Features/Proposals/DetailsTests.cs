using System.Globalization;
using System.Net;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Proposals;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Proposals;

public sealed class DetailsTests(PortalDatabaseFixture database) : ProposalTest(database)
{
    private sealed record Cast(Person Author, Person Partner, Person Outsider, Person Moderator, Person Staff, int ProposerId, int PartnerId);

    private async Task<Cast> CastAsync()
    {
        var author = await PersonAsync("author@example.org");
        var partner = await PersonAsync("partner@example.org");
        var outsider = await PersonAsync("outsider@example.org");
        var moderator = await PersonAsync("moderator@example.org", Roles.Moderator);
        var staff = await PersonAsync("staff@example.org", Roles.Staff);
        var proposer = await OrganizationAsync("Proposer Network", delegates: author.Id);
        var invited = await OrganizationAsync("Invited Agency", delegates: partner.Id);
        await OrganizationAsync("Outsider Org", delegates: outsider.Id);
        return new Cast(author, partner, outsider, moderator, staff, proposer.Id, invited.Id);
    }

    [Fact]
    public async Task A_draft_is_visible_only_to_the_proposers_delegates()
    {
        var cast = await CastAsync();
        var id = await ProposalAsync(cast.ProposerId, cast.Author.Id, [cast.PartnerId], title: "Secret draft");
        var url = $"/Proposals/{id}";

        Assert.Contains("Secret draft", await cast.Author.Client.GetPageAsync(url), StringComparison.Ordinal);
        foreach (var client in new[] { cast.Partner.Client, cast.Outsider.Client, cast.Moderator.Client, cast.Staff.Client, NewClient() })
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task A_submitted_proposal_is_visible_to_its_organizations_moderators_and_staff_only()
    {
        var cast = await CastAsync();
        var id = await ProposalAsync(cast.ProposerId, cast.Author.Id, [cast.PartnerId], ProposalState.Submitted, title: "Shared proposal");
        var url = $"/Proposals/{id}";

        foreach (var client in new[] { cast.Author.Client, cast.Partner.Client, cast.Moderator.Client, cast.Staff.Client })
        {
            Assert.Contains("Shared proposal", await client.GetPageAsync(url), StringComparison.Ordinal);
        }

        using var outsider = await cast.Outsider.Client.GetAsync(url);
        using var anonymous = await NewClient().GetAsync(url);
        using var unknown = await cast.Author.Client.GetAsync("/Proposals/999999");
        Assert.Equal(HttpStatusCode.NotFound, outsider.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task The_page_shows_partners_contributions_state_and_the_decision_reason()
    {
        var cast = await CastAsync();
        var id = await ProposalAsync(cast.ProposerId, cast.Author.Id, [cast.PartnerId], ProposalState.ChangesRequested);

        var html = await cast.Author.Client.GetPageAsync($"/Proposals/{id}");

        Assert.Contains("Invited Agency", html, StringComparison.Ordinal);
        Assert.Contains("Job placement.", html, StringComparison.Ordinal);
        Assert.Contains("Vocational training.", html, StringComparison.Ordinal);
        Assert.Contains(">Changes requested</span>", html, StringComparison.Ordinal);
        Assert.Contains("Reason given by Seed Moderator:", html, StringComparison.Ordinal);
        Assert.Contains("Seed reason.", html, StringComparison.Ordinal);
        Assert.Contains($"/Proposals/{id}/Edit", html, StringComparison.Ordinal);
        Assert.Contains($"/Proposals/{id}/Withdraw", html, StringComparison.Ordinal);
        Assert.Contains("?handler=Resubmit", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invited_organizations_see_no_proposer_actions()
    {
        var cast = await CastAsync();
        var id = await ProposalAsync(cast.ProposerId, cast.Author.Id, [cast.PartnerId], ProposalState.Submitted);

        var html = await cast.Partner.Client.GetPageAsync($"/Proposals/{id}");

        Assert.DoesNotContain($"/Proposals/{id}/Withdraw", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Proposals/{id}/Edit", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/Moderation/Proposals/Review", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submitting_a_draft_from_its_page_is_recorded_in_the_history()
    {
        var cast = await CastAsync();
        var id = await ProposalAsync(cast.ProposerId, cast.Author.Id, [cast.PartnerId]);
        var url = $"/Proposals/{id}";

        using var response = await cast.Author.Client.SubmitAsync(url, [new("Version", (await StoredAsync(id)).Version.ToString(CultureInfo.InvariantCulture))], $"{url}?handler=Submit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ProposalState.AwaitingPartners, (await StoredAsync(id)).State);
        var audit = Assert.Single(await AuditOfAsync(id));
        Assert.Equal((AuditActions.ProposalSubmitted, cast.Author.Id), (audit.Action, audit.ActorId));
        var html = await cast.Author.Client.GetPageAsync(url);
        Assert.Contains("The proposal was submitted. Its partners are asked to accept it; then a moderator will review it.", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"history-entry\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_history_is_shown_in_the_readers_language()
    {
        var cast = await CastAsync();
        var id = await ProposalAsync(cast.ProposerId, cast.Author.Id, [cast.PartnerId]);
        var url = $"/Proposals/{id}";
        using var submitted = await cast.Author.Client.SubmitAsync(url, [], $"{url}?handler=Submit");

        var html = await cast.Author.Client.GetPageAsync($"{url}?culture=es");

        Assert.Contains("<span class=\"fw-semibold\">Enviada</span>", html, StringComparison.Ordinal);
        Assert.Contains(">Enviada</span>", html, StringComparison.Ordinal);
        Assert.Contains("Historial", html, StringComparison.Ordinal);
        Assert.Contains("author", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_step_the_workflow_does_not_allow_is_refused_with_a_message_and_changes_nothing()
    {
        var cast = await CastAsync();
        var id = await ProposalAsync(cast.ProposerId, cast.Author.Id, [cast.PartnerId], ProposalState.Approved);
        var before = await StoredAsync(id);
        var url = $"/Proposals/{id}";
        var token = PortalClient.AntiforgeryToken(await cast.Author.Client.GetPageAsync("/Proposals"));

        using var submit = await cast.Author.Client.PostAsync($"{url}?handler=Submit", [new("__RequestVerificationToken", token)]);
        using var resubmit = await cast.Author.Client.PostAsync($"{url}?handler=Resubmit", [new("__RequestVerificationToken", token)]);

        Assert.Equal(HttpStatusCode.OK, submit.StatusCode);
        Assert.Contains("This proposal has already been decided.", await submit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, resubmit.StatusCode);
        var after = await StoredAsync(id);
        Assert.Equal((ProposalState.Approved, before.Version), (after.State, after.Version));
        Assert.Empty(await AuditOfAsync(id));
    }

    [Fact]
    public async Task A_submission_from_a_stale_page_is_refused()
    {
        var cast = await CastAsync();
        var id = await ProposalAsync(cast.ProposerId, cast.Author.Id, [cast.PartnerId]);
        var url = $"/Proposals/{id}";
        var stale = (await StoredAsync(id)).Version;
        var editToken = PortalClient.AntiforgeryToken(await cast.Author.Client.GetPageAsync($"{url}/Edit"));
        using var edit = await cast.Author.Client.PostAsync($"{url}/Edit?handler=Save",
        [
            new("Input.Title", "Renamed meanwhile"), new("Input.Rationale", "Still good."),
            new("Input.Partners[0].OrganizationId", cast.PartnerId.ToString(CultureInfo.InvariantCulture)),
            new("__RequestVerificationToken", editToken),
        ]);

        using var submit = await cast.Author.Client.PostAsync(
            $"{url}?handler=Submit", [new("Version", stale.ToString(CultureInfo.InvariantCulture)), new("__RequestVerificationToken", editToken)]);

        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        Assert.Equal(HttpStatusCode.OK, submit.StatusCode);
        Assert.Contains("Someone else changed this proposal while you were looking at it.", await submit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ProposalState.Draft, (await StoredAsync(id)).State);
    }

    [Fact]
    public async Task Another_organizations_delegate_cannot_submit_it()
    {
        var cast = await CastAsync();
        var id = await ProposalAsync(cast.ProposerId, cast.Author.Id, [cast.PartnerId], ProposalState.ChangesRequested);
        var token = PortalClient.AntiforgeryToken(await cast.Partner.Client.GetPageAsync("/Proposals"));
        var outsiderToken = PortalClient.AntiforgeryToken(await cast.Outsider.Client.GetPageAsync("/Proposals"));

        using var partner = await cast.Partner.Client.PostAsync($"/Proposals/{id}?handler=Resubmit", [new("__RequestVerificationToken", token)]);
        using var outsider = await cast.Outsider.Client.PostAsync($"/Proposals/{id}?handler=Resubmit", [new("__RequestVerificationToken", outsiderToken)]);

        Assert.Equal(HttpStatusCode.Forbidden, partner.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, outsider.StatusCode);
        Assert.Equal(ProposalState.ChangesRequested, (await StoredAsync(id)).State);
        Assert.Empty(await AuditOfAsync(id));
    }

    [Fact]
    public async Task Posting_without_an_antiforgery_token_is_refused()
    {
        var cast = await CastAsync();
        var id = await ProposalAsync(cast.ProposerId, cast.Author.Id, [cast.PartnerId]);

        using var response = await cast.Author.Client.PostAsync($"/Proposals/{id}?handler=Submit", []);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ProposalState.Draft, (await StoredAsync(id)).State);
    }
}
