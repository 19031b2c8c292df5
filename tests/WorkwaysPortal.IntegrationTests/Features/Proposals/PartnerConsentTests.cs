using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Proposals;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Proposals;

/// <summary>Partners consent on the proposal's page; organization pages show only consented partnerships (issue 13).</summary>
public sealed class PartnerConsentTests(PortalDatabaseFixture database) : ProposalTest(database)
{
    private sealed record Cast(Person Author, Person Partner, Person Moderator, int ProposerId, int PartnerId);

    private async Task<Cast> CastAsync()
    {
        var author = await PersonAsync("author@example.org");
        var partner = await PersonAsync("partner@example.org");
        var moderator = await PersonAsync("marta@example.org", Roles.Moderator);
        var proposer = await OrganizationAsync("Proposer Network", delegates: author.Id);
        var invited = await OrganizationAsync("Invited Agency", delegates: partner.Id);
        return new Cast(author, partner, moderator, proposer.Id, invited.Id);
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Only_the_partners_delegates_see_accept_and_decline_and_everyone_involved_sees_the_answers()
    {
        var cast = await CastAsync();
        var id = await ProposalAsync(cast.ProposerId, cast.Author.Id, [cast.PartnerId], ProposalState.AwaitingPartners);

        var partnerPage = await cast.Partner.Client.GetPageAsync($"/Proposals/{id}");
        var authorPage = await cast.Author.Client.GetPageAsync($"/Proposals/{id}");
        var review = await cast.Moderator.Client.GetPageAsync($"/Moderation/Proposals/Review/{id}");

        Assert.Contains("data-testid=\"partner-answer-form\"", partnerPage, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"partner-answer-form\"", authorPage, StringComparison.Ordinal);
        Assert.All(new[] { partnerPage, authorPage, review }, html => Assert.Contains("data-answer=\"pending\"", html, StringComparison.Ordinal));
        Assert.Contains("data-testid=\"awaiting-partners\"", review, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Declining_needs_the_confirmation_then_the_proposer_sees_the_message_and_can_drop_the_partner()
    {
        var cast = await CastAsync();
        var other = await OrganizationAsync("Second Partner");
        var id = await ProposalAsync(cast.ProposerId, cast.Author.Id, [cast.PartnerId, other.Id], ProposalState.AwaitingPartners);
        var url = $"/Proposals/{id}";

        using var unconfirmed = await cast.Partner.Client.SubmitAsync(url, [new("Answer.OrganizationId", Id(cast.PartnerId)), new("Answer.Message", "No budget.")], $"{url}?handler=Decline");
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Equal(PartnerAnswer.Pending, (await StoredAsync(id)).AnswerOf(cast.PartnerId));

        using var declined = await cast.Partner.Client.SubmitAsync(
            url, [new("Answer.OrganizationId", Id(cast.PartnerId)), new("Answer.Message", "No budget."), new("Answer.ConfirmDecline", "true")], $"{url}?handler=Decline");
        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);

        var authorPage = await cast.Author.Client.GetPageAsync(url);
        Assert.Contains("No budget.", authorPage, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"declined-partners\"", authorPage, StringComparison.Ordinal);

        using var dropped = await cast.Author.Client.SubmitAsync(url, [], $"{url}?handler=Drop&organizationId={Id(cast.PartnerId)}");
        Assert.Equal(HttpStatusCode.Redirect, dropped.StatusCode);
        var stored = await StoredAsync(id);
        Assert.Equal([other.Id], stored.TargetOrganizationIds);
        Assert.Equal([AuditActions.ProposalDeclined, AuditActions.ProposalPartnerDropped], (await AuditOfAsync(id)).Select(e => e.Action));
    }

    [Fact]
    public async Task A_delegate_of_another_organization_cannot_answer_for_the_partner()
    {
        var cast = await CastAsync();
        var id = await ProposalAsync(cast.ProposerId, cast.Author.Id, [cast.PartnerId], ProposalState.AwaitingPartners);
        var url = $"/Proposals/{id}";

        using var response = await cast.Author.Client.SubmitAsync(url, [new("Answer.OrganizationId", Id(cast.PartnerId))], $"{url}?handler=Accept");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(PartnerAnswer.Pending, (await StoredAsync(id)).AnswerOf(cast.PartnerId));
    }

    [Fact]
    public async Task An_approved_partnership_shows_on_a_partners_page_only_once_its_delegates_accepted()
    {
        var cast = await CastAsync();
        var id = await ProposalAsync(cast.ProposerId, cast.Author.Id, [cast.PartnerId], ProposalState.Approved, title: "Consented partnership");
        await Data.QueryAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE proposal_targets SET answer = 'Pending'"));

        var before = await NewClient().GetPageAsync($"/Organizations/{cast.PartnerId}");
        var proposerPage = await NewClient().GetPageAsync($"/Organizations/{cast.ProposerId}");
        using var accepted = await cast.Partner.Client.SubmitAsync($"/Proposals/{id}", [new("Answer.OrganizationId", Id(cast.PartnerId))], $"/Proposals/{id}?handler=Accept");
        var after = await NewClient().GetPageAsync($"/Organizations/{cast.PartnerId}");

        Assert.DoesNotContain("Consented partnership", before, StringComparison.Ordinal);
        Assert.Contains("Consented partnership", proposerPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Contains("Consented partnership", after, StringComparison.Ordinal);
    }
}
