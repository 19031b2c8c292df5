using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Notifications;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Organizations.Team;

/// <summary>The team page answers requests to join: delegates (or, without delegates, moderators) accept or decline, once; the person is told.</summary>
public sealed class AnswerRequestTests(PortalDatabaseFixture database) : ProposalTest(database)
{
    /// <summary>Ben asks to join Red Regional, whose delegate is Ana (or nobody).</summary>
    private async Task<(Person? Ana, Person Ben, Organization Organization, int Request)> AskedAsync(bool withDelegate = true)
    {
        var ana = withDelegate ? await PersonAsync("ana@example.org") : null;
        var ben = await PersonAsync("ben@example.org");
        var organization = await OrganizationAsync("Red Regional", delegates: ana is null ? [] : [ana.Id]);
        using var asked = await ben.Client.SubmitAsync($"/Organizations/{organization.Id}/Join", [new("Input.Message", "I run the legal clinic.")]);
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        await Data.QueryAsync(db => db.Notifications.ExecuteDeleteAsync());
        await Data.QueryAsync(db => db.OutboxEmails.ExecuteDeleteAsync());
        return (ana, ben, organization, await Data.QueryAsync(db => db.JoinRequests.Select(r => r.Id).SingleAsync()));
    }

    private static async Task<HttpResponseMessage> AnswerAsync(PortalClient client, int organizationId, int request, string handler, string reason = "")
    {
        var token = PortalClient.AntiforgeryToken(await client.GetPageAsync("/Organizations/Mine"));
        return await client.PostAsync(
            $"/Organizations/{organizationId}/Team?handler={handler}", [new("request", $"{request}"), new("reason", reason), new("__RequestVerificationToken", token)]);
    }

    [Fact]
    public async Task Accepting_makes_them_a_delegate_is_audited_and_tells_them()
    {
        var (ana, ben, organization, request) = await AskedAsync();
        var team = WebUtility.HtmlDecode(await ana!.Client.GetPageAsync($"/Organizations/{organization.Id}/Team"));

        using var response = await AnswerAsync(ana.Client, organization.Id, request, "AcceptRequest");

        Assert.Contains("data-testid=\"join-request\"", team, StringComparison.Ordinal);
        Assert.Contains("I run the legal clinic.", team, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(JoinRequestState.Accepted, (await Data.QueryAsync(db => db.JoinRequests.SingleAsync())).State);
        Assert.True(await Data.QueryAsync(db => db.OrganizationMembers.AnyAsync(m => m.UserId == ben.Id && m.OrganizationId == organization.Id)));
        var audit = await Data.QueryAsync(db => db.AuditEventsBesideSignIns().SingleAsync(e => e.Action == AuditActions.JoinAccepted));
        Assert.Equal("ana@example.org", audit.ActorName);
        var notification = await Data.QueryAsync(db => db.Notifications.SingleAsync());
        Assert.Equal((ben.Id, NotificationKinds.JoinAccepted), (notification.UserId, notification.Kind));
        var email = await Data.QueryAsync(db => db.OutboxEmails.SingleAsync());
        Assert.Equal(("ben@example.org", "Request accepted / Solicitud aceptada: Red Regional"), (email.To, email.Subject));

        // Answered once: a second answer changes nothing.
        using var again = await AnswerAsync(ana.Client, organization.Id, request, "DeclineRequest");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(JoinRequestState.Accepted, (await Data.QueryAsync(db => db.JoinRequests.SingleAsync())).State);
    }

    [Fact]
    public async Task Declining_with_a_reason_tells_them_why_and_they_can_ask_again()
    {
        var (ana, ben, organization, request) = await AskedAsync();

        using var response = await AnswerAsync(ana!.Client, organization.Id, request, "DeclineRequest", "We only add staff members.");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var declined = await Data.QueryAsync(db => db.JoinRequests.SingleAsync());
        Assert.Equal((JoinRequestState.Declined, "We only add staff members.", ana.Id), (declined.State, declined.DecisionReason, declined.DecidedBy!.Value));
        Assert.Equal(1, await Data.QueryAsync(db => db.OrganizationMembers.CountAsync()));
        var audit = await Data.QueryAsync(db => db.AuditEventsBesideSignIns().SingleAsync(e => e.Action == AuditActions.JoinDeclined));
        Assert.Equal("We only add staff members.", audit.Reason);
        var notification = await Data.QueryAsync(db => db.Notifications.SingleAsync());
        Assert.Equal((ben.Id, NotificationKinds.JoinDeclined, "We only add staff members."), (notification.UserId, notification.Kind, notification.Reason));
        Assert.Contains("Reason: We only add staff members.", (await Data.QueryAsync(db => db.OutboxEmails.SingleAsync())).Body, StringComparison.Ordinal);

        using var askedAgain = await ben.Client.SubmitAsync($"/Organizations/{organization.Id}/Join", []);
        Assert.Equal(HttpStatusCode.Redirect, askedAgain.StatusCode);
        Assert.Equal(2, await Data.QueryAsync(db => db.JoinRequests.CountAsync()));
    }

    [Fact]
    public async Task A_delegate_of_another_organization_cannot_answer_its_requests_by_either_address()
    {
        var (_, _, organization, request) = await AskedAsync();
        var outsider = await PersonAsync("outsider@example.org");
        var own = await OrganizationAsync("Outsider Network", delegates: [outsider.Id]);
        var token = PortalClient.AntiforgeryToken(await outsider.Client.GetPageAsync($"/Organizations/{own.Id}/Team"));
        KeyValuePair<string, string>[] form = [new("request", $"{request}"), new("__RequestVerificationToken", token)];

        using var theirs = await outsider.Client.PostAsync($"/Organizations/{organization.Id}/Team?handler=AcceptRequest", form);
        using var throughOwn = await outsider.Client.PostAsync($"/Organizations/{own.Id}/Team?handler=AcceptRequest", form);

        Assert.Equal(HttpStatusCode.Forbidden, theirs.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, throughOwn.StatusCode);
        Assert.Equal(JoinRequestState.Pending, (await Data.QueryAsync(db => db.JoinRequests.SingleAsync())).State);
        Assert.Equal(2, await Data.QueryAsync(db => db.OrganizationMembers.CountAsync()));
        Assert.Equal(0, await Data.QueryAsync(db => db.AuditEventsBesideSignIns().CountAsync(e => e.Action == AuditActions.JoinAccepted)));
    }

    [Fact]
    public async Task Moderators_answer_for_an_organization_without_delegates_but_never_their_own_request()
    {
        var (_, ben, organization, request) = await AskedAsync(withDelegate: false);
        var moderator = await PersonAsync("moderator@example.org", Roles.Moderator);
        var other = await PersonAsync("other@example.org", Roles.Moderator);
        using var ownRequest = await moderator.Client.SubmitAsync($"/Organizations/{organization.Id}/Join", []);
        var moderatorsRequest = await Data.QueryAsync(db => db.JoinRequests.Where(r => r.UserId == moderator.Id).Select(r => r.Id).SingleAsync());

        using var own = await AnswerAsync(moderator.Client, organization.Id, moderatorsRequest, "AcceptRequest");
        using var bens = await AnswerAsync(moderator.Client, organization.Id, request, "AcceptRequest");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("You cannot answer your own request to join", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, bens.StatusCode);
        Assert.Equal([ben.Id], await Data.QueryAsync(db => db.OrganizationMembers.Select(m => m.UserId).ToListAsync()));

        // Now that it has a delegate, the other moderator no longer answers for it.
        using var late = await AnswerAsync(other.Client, organization.Id, moderatorsRequest, "AcceptRequest");
        Assert.Equal(HttpStatusCode.Forbidden, late.StatusCode);
    }
}
