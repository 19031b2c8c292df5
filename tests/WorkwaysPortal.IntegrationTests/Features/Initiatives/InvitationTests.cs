using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkwaysPortal.Data;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Initiatives;
using WorkwaysPortal.Domain.Notifications;
using WorkwaysPortal.Testing;
using static WorkwaysPortal.Testing.WorkTestData;

namespace WorkwaysPortal.IntegrationTests.Features.Initiatives;

/// <summary>
/// Initiative participants are invitations until the invited organization's delegates accept (issue 13):
/// inviting, answering on the initiative's page, who sees what, and what the pages list.
/// </summary>
public sealed class InvitationTests(PortalDatabaseFixture database) : ProposalTest(database)
{
    private sealed record Cast(Person Lead, Person Invited, Person Outsider, int LeadId, int InvitedId, int OutsiderId);

    /// <param name="colleagues">More delegates of the invited organization.</param>
    private async Task<Cast> CastAsync(params Guid[] colleagues)
    {
        var lead = await PersonAsync("lead@example.org");
        var invited = await PersonAsync("invited@example.org");
        var outsider = await PersonAsync("outsider@example.org");
        var leadOrganization = await OrganizationAsync("Ministry of Labour", "government", null, lead.Id);
        var invitedOrganization = await OrganizationAsync("Employers Council", "civil-society", null, [invited.Id, .. colleagues]);
        var outsiderOrganization = await OrganizationAsync("Outsider Union", "civil-society", null, outsider.Id);
        return new Cast(lead, invited, outsider, leadOrganization.Id, invitedOrganization.Id, outsiderOrganization.Id);
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    private static List<KeyValuePair<string, string>> Form(string title, params int[] participants) =>
    [
        new("Input.Title", title),
        new("Input.Description", "Regular pathways for seasonal work."),
        new("Input.Countries", "GT"),
        new("Input.Status", "Active"),
        .. participants.Select(id => new KeyValuePair<string, string>("Input.ParticipantOrganizationIds", Id(id))),
    ];

    private Task<List<InitiativeParticipant>> InvitationsAsync(int initiativeId) =>
        Data.QueryAsync(db => db.InitiativeParticipants.AsNoTracking().Where(p => p.InitiativeId == initiativeId).OrderBy(p => p.OrganizationId).ToListAsync());

    private Task<List<AuditEvent>> InitiativeAuditAsync(int initiativeId)
    {
        var subject = Id(initiativeId);
        return Data.QueryAsync(db => db.AuditEventsBesideSignIns().AsNoTracking()
            .Where(e => e.SubjectType == AuditSubjects.Initiative && e.SubjectId == subject)
            .OrderBy(e => e.Id)
            .ToListAsync());
    }

    private static int OrganizationIn(AuditEvent audit) =>
        JsonDocument.Parse(audit.Details!).RootElement.GetProperty("organizationId").GetInt32();

    private static Task<HttpResponseMessage> AnswerAsync(Person person, int initiativeId, string handler, params KeyValuePair<string, string>[] fields) =>
        person.Client.SubmitAsync($"/Initiatives/{initiativeId}", fields, $"/Initiatives/{initiativeId}?handler={handler}");

    [Fact]
    public async Task Adding_a_participant_invites_it_audited_and_its_delegates_are_told_in_their_own_language()
    {
        var colleague = await Data.UserAsync("colleague@example.org");
        await Data.QueryAsync(db => db.Users.Where(u => u.Id == colleague.Id).ExecuteUpdateAsync(set => set.SetProperty(u => u.PreferredLanguage, "es")));
        var cast = await CastAsync(colleague.Id);

        using var response = await cast.Lead.Client.SubmitAsync($"/Organizations/{cast.LeadId}/Initiatives/New", Form("Seasonal work visas", cast.InvitedId));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var initiative = await Data.QueryAsync(db => db.Initiatives.SingleAsync());
        var invitation = Assert.Single(await InvitationsAsync(initiative.Id));
        Assert.Equal((cast.InvitedId, ParticipationState.Invited, cast.Lead.Id), (invitation.OrganizationId, invitation.State, invitation.InvitedBy));
        var audit = Assert.Single(await InitiativeAuditAsync(initiative.Id));
        Assert.Equal((AuditActions.InitiativeParticipantInvited, cast.Lead.Id, cast.InvitedId), (audit.Action, audit.ActorId, OrganizationIn(audit)));

        var notified = await Data.QueryAsync(db => db.Notifications.AsNoTracking().Where(n => n.Kind == NotificationKinds.InitiativeInvited).ToListAsync());
        Assert.Equal(new[] { cast.Invited.Id, colleague.Id }.Order(), notified.Select(n => n.UserId).Order());
        Assert.All(notified, n => Assert.Equal((initiative.Id, "Seasonal work visas", "Ministry of Labour"), (n.InitiativeId, n.Subject, n.Reason)));
        var emails = await Data.QueryAsync(db => db.OutboxEmails.AsNoTracking().ToListAsync());
        Assert.Equal(["colleague@example.org", "invited@example.org"], emails.Select(e => e.To).Order(StringComparer.Ordinal));
        var spanish = emails.Single(e => e.To == "colleague@example.org");
        Assert.StartsWith("Invitación a participar en una iniciativa: Seasonal work visas", spanish.Subject, StringComparison.Ordinal);
        Assert.Contains($"/Initiatives/{initiative.Id}", spanish.Body, StringComparison.Ordinal);
        Assert.Contains("Invitación de: Ministry of Labour", spanish.Body, StringComparison.Ordinal);

        // The invitation leads to the initiative's page, where the invited delegate answers.
        var notifications = await cast.Invited.Client.GetPageAsync("/Notifications");
        Assert.Contains("Your organization is invited to take part in the initiative &quot;Seasonal work visas&quot;", notifications, StringComparison.Ordinal);
        var id = notified.Single(n => n.UserId == cast.Invited.Id).Id;
        using var open = await cast.Invited.Client.SubmitAsync("/Notifications", [], $"/Notifications?handler=Open&id={id}");
        Assert.Equal($"/Initiatives/{initiative.Id}", open.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Editing_invites_the_organizations_added_withdraws_those_taken_out_and_tells_only_the_new_ones()
    {
        var cast = await CastAsync();
        var third = await OrganizationAsync("Third Network");
        var initiative = await Data.InitiativeAsync(cast.LeadId, NewInitiative("Seasonal work visas", participants: [cast.InvitedId, third.Id]), accepted: true);

        using var response = await cast.Lead.Client.SubmitAsync($"/Initiatives/{initiative.Id}/Edit", Form("Seasonal work visas", cast.InvitedId, cast.OutsiderId));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var invitations = await InvitationsAsync(initiative.Id);
        Assert.Equal(
            [(cast.InvitedId, ParticipationState.Accepted), (cast.OutsiderId, ParticipationState.Invited)],
            invitations.Select(i => (i.OrganizationId, i.State)).OrderBy(i => i.OrganizationId));
        var audit = await InitiativeAuditAsync(initiative.Id);
        Assert.Equal(
            [(AuditActions.InitiativeParticipantInvited, cast.OutsiderId), (AuditActions.InitiativeInvitationWithdrawn, third.Id)],
            audit.Select(e => (e.Action, OrganizationIn(e))));
        var notified = await Data.QueryAsync(db => db.Notifications.AsNoTracking().Select(n => new { n.UserId, n.Kind }).ToListAsync());
        Assert.Equal((cast.Outsider.Id, NotificationKinds.InitiativeInvited), (Assert.Single(notified).UserId, notified[0].Kind));
    }

    [Fact]
    public async Task The_edit_form_keeps_the_invited_organizations_chosen()
    {
        var cast = await CastAsync();
        var initiative = await Data.InitiativeAsync(cast.LeadId, NewInitiative("Seasonal work visas", participants: [cast.InvitedId]));

        var form = await cast.Lead.Client.GetPageAsync($"/Initiatives/{initiative.Id}/Edit");

        Assert.Contains($"<option value=\"{cast.InvitedId}\" selected=\"selected\">Employers Council</option>", form, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{cast.OutsiderId}\">Outsider Union</option>", form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_accepted_participants_show_publicly_on_the_initiative_and_organization_pages()
    {
        var cast = await CastAsync();
        var initiative = await Data.InitiativeAsync(cast.LeadId, NewInitiative("Seasonal work visas", participants: [cast.InvitedId, cast.OutsiderId]));
        var declined = await Data.InitiativeAsync(cast.LeadId, NewInitiative("Declined work", participants: [cast.InvitedId]));
        await Data.QueryAsync(async db =>
        {
            var row = await db.Initiatives.Include(i => i.Participants).SingleAsync(i => i.Id == declined.Id);
            row.Answer(cast.InvitedId, accept: false, null, "Pablo", null, DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });

        var pendingPage = await NewClient().GetPageAsync($"/Initiatives/{initiative.Id}");
        var pendingOrganization = await NewClient().GetPageAsync($"/Organizations/{cast.InvitedId}");
        using var accepted = await AnswerAsync(cast.Invited, initiative.Id, "Accept", F("Answer.OrganizationId", Id(cast.InvitedId)));
        var acceptedPage = await NewClient().GetPageAsync($"/Initiatives/{initiative.Id}");
        var acceptedOrganization = await NewClient().GetPageAsync($"/Organizations/{cast.InvitedId}");
        var outsiderOrganization = await NewClient().GetPageAsync($"/Organizations/{cast.OutsiderId}");

        Assert.DoesNotContain("Employers Council", pendingPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Outsider Union", pendingPage, StringComparison.Ordinal);
        Assert.Empty(Html.Links(pendingOrganization, "/Initiatives/"));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Contains($"<a href=\"/Organizations/{cast.InvitedId}\">Employers Council</a>", acceptedPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Outsider Union", acceptedPage, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"invitations\"", acceptedPage, StringComparison.Ordinal);
        Assert.Equal(["Seasonal work visas"], Html.Links(acceptedOrganization, "/Initiatives/"));
        Assert.Empty(Html.Links(outsiderOrganization, "/Initiatives/"));
    }

    [Fact]
    public async Task The_leads_delegates_moderators_and_staff_see_every_invitation_the_invited_delegates_their_own_and_others_none()
    {
        var cast = await CastAsync();
        var moderator = await PersonAsync("moderator@example.org", Roles.Moderator);
        var staff = await PersonAsync("staff@example.org", Roles.Staff);
        var initiative = await Data.InitiativeAsync(cast.LeadId, NewInitiative("Seasonal work visas", participants: [cast.InvitedId, cast.OutsiderId]));
        using var declined = await AnswerAsync(
            cast.Outsider, initiative.Id, "Decline", F("Answer.OrganizationId", Id(cast.OutsiderId)), F("Answer.Message", "No budget this year."), F("Answer.ConfirmDecline", "true"));
        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);

        foreach (var overseer in new[] { cast.Lead, moderator, staff })
        {
            var html = await overseer.Client.GetPageAsync($"/Initiatives/{initiative.Id}");
            Assert.Contains("data-testid=\"invitations\"", html, StringComparison.Ordinal);
            Assert.Contains("data-state=\"invited\"", html, StringComparison.Ordinal);
            Assert.Contains("data-state=\"declined\"", html, StringComparison.Ordinal);
            Assert.Contains("No budget this year.", html, StringComparison.Ordinal);
            Assert.DoesNotContain("data-testid=\"invitation-answer-form\"", html, StringComparison.Ordinal);
        }

        var invitedPage = await cast.Invited.Client.GetPageAsync($"/Initiatives/{initiative.Id}");
        Assert.Contains("data-testid=\"invitation-answer-form\"", invitedPage, StringComparison.Ordinal);
        Assert.Contains("Does Employers Council take part in this initiative?", invitedPage, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"invitations\"", invitedPage, StringComparison.Ordinal);
        Assert.DoesNotContain("No budget this year.", invitedPage, StringComparison.Ordinal);

        var declinedPage = await cast.Outsider.Client.GetPageAsync($"/Initiatives/{initiative.Id}");
        Assert.Contains("Outsider Union declined to take part in this initiative.", declinedPage, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"invitation-answer-form\"", declinedPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Employers Council", declinedPage, StringComparison.Ordinal);

        var stranger = await PersonAsync("stranger@example.org");
        foreach (var html in new[] { await stranger.Client.GetPageAsync($"/Initiatives/{initiative.Id}"), await NewClient().GetPageAsync($"/Initiatives/{initiative.Id}") })
        {
            Assert.DoesNotContain("data-testid=\"invitations\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("data-testid=\"invitation-answer-form\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Employers Council", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Outsider Union", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Accepting_is_audited_tells_the_leads_delegates_and_lists_the_initiative_among_the_invitations_no_more()
    {
        var cast = await CastAsync();
        var initiative = await Data.InitiativeAsync(cast.LeadId, NewInitiative("Seasonal work visas", participants: [cast.InvitedId]));
        var before = await cast.Invited.Client.GetPageAsync($"/Organizations/{cast.InvitedId}");

        using var response = await AnswerAsync(cast.Invited, initiative.Id, "Accept", F("Answer.OrganizationId", Id(cast.InvitedId)), F("Answer.Message", "  Glad to join.  "));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("data-testid=\"initiative-invitations\"", before, StringComparison.Ordinal);
        var invitation = Assert.Single(await InvitationsAsync(initiative.Id));
        Assert.Equal((ParticipationState.Accepted, cast.Invited.Id, "Glad to join."), (invitation.State, invitation.AnsweredBy, invitation.AnswerMessage));
        var audit = Assert.Single(await InitiativeAuditAsync(initiative.Id));
        Assert.Equal((AuditActions.InitiativeInvitationAccepted, cast.Invited.Id, cast.InvitedId, "Glad to join."), (audit.Action, audit.ActorId, OrganizationIn(audit), audit.Reason));
        var notification = await Data.QueryAsync(db => db.Notifications.AsNoTracking().SingleAsync());
        Assert.Equal(
            (cast.Lead.Id, NotificationKinds.InitiativeParticipantAccepted, initiative.Id, "Employers Council: Glad to join."),
            (notification.UserId, notification.Kind, notification.InitiativeId, notification.Reason));
        var email = await Data.QueryAsync(db => db.OutboxEmails.AsNoTracking().SingleAsync());
        Assert.Equal("lead@example.org", email.To);
        var after = await cast.Invited.Client.GetPageAsync($"/Organizations/{cast.InvitedId}");
        Assert.DoesNotContain("data-testid=\"initiative-invitations\"", after, StringComparison.Ordinal);
        Assert.Contains("Employers Council accepted to take part in this initiative.", await cast.Invited.Client.GetPageAsync($"/Initiatives/{initiative.Id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Declining_needs_the_confirmation_then_keeps_the_message_for_the_lead()
    {
        var cast = await CastAsync();
        var initiative = await Data.InitiativeAsync(cast.LeadId, NewInitiative("Seasonal work visas", participants: [cast.InvitedId]));

        using var unconfirmed = await AnswerAsync(cast.Invited, initiative.Id, "Decline", F("Answer.OrganizationId", Id(cast.InvitedId)), F("Answer.Message", "No budget."));
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Equal("Tick the box to confirm that you decline the invitation.", Html.FieldError(await unconfirmed.Content.ReadAsStringAsync(), "Answer.ConfirmDecline"));
        Assert.Equal(ParticipationState.Invited, Assert.Single(await InvitationsAsync(initiative.Id)).State);
        Assert.Empty(await InitiativeAuditAsync(initiative.Id));

        using var confirmed = await AnswerAsync(
            cast.Invited, initiative.Id, "Decline", F("Answer.OrganizationId", Id(cast.InvitedId)), F("Answer.Message", "No budget."), F("Answer.ConfirmDecline", "true"));

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal((ParticipationState.Declined, "No budget."), (Assert.Single(await InvitationsAsync(initiative.Id)) is var i ? (i.State, i.AnswerMessage) : default));
        Assert.Equal([AuditActions.InitiativeInvitationDeclined], (await InitiativeAuditAsync(initiative.Id)).Select(e => e.Action));
        var notification = await Data.QueryAsync(db => db.Notifications.AsNoTracking().SingleAsync());
        Assert.Equal((cast.Lead.Id, NotificationKinds.InitiativeParticipantDeclined, "Employers Council: No budget."), (notification.UserId, notification.Kind, notification.Reason));
        Assert.DoesNotContain("Employers Council", await NewClient().GetPageAsync($"/Initiatives/{initiative.Id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_organization_answers_once()
    {
        var cast = await CastAsync();
        var initiative = await Data.InitiativeAsync(cast.LeadId, NewInitiative("Seasonal work visas", participants: [cast.InvitedId]));
        using var first = await AnswerAsync(cast.Invited, initiative.Id, "Accept", F("Answer.OrganizationId", Id(cast.InvitedId)));

        using var second = await AnswerAsync(
            cast.Invited, initiative.Id, "Decline", F("Answer.OrganizationId", Id(cast.InvitedId)), F("Answer.ConfirmDecline", "true"));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("This organization has already answered the invitation to this initiative.", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ParticipationState.Accepted, Assert.Single(await InvitationsAsync(initiative.Id)).State);
        Assert.Single(await InitiativeAuditAsync(initiative.Id));
    }

    [Fact]
    public async Task Only_the_invited_organizations_delegates_answer_anyone_else_gets_404_and_nothing_changes()
    {
        var cast = await CastAsync();
        var moderator = await PersonAsync("moderator@example.org", Roles.Moderator);
        var admin = await PersonAsync("admin@example.org", Roles.Admin);
        var initiative = await Data.InitiativeAsync(cast.LeadId, NewInitiative("Seasonal work visas", participants: [cast.InvitedId]));

        // A delegate of another organization (naming the invited one, or their own), the lead's delegate, a moderator, an administrator, a visitor.
        var attempts = new List<HttpResponseMessage>
        {
            await AnswerAsync(cast.Outsider, initiative.Id, "Accept", F("Answer.OrganizationId", Id(cast.InvitedId))),
            await AnswerAsync(cast.Outsider, initiative.Id, "Accept", F("Answer.OrganizationId", Id(cast.OutsiderId))),
            await AnswerAsync(cast.Outsider, initiative.Id, "Decline", F("Answer.OrganizationId", Id(cast.InvitedId)), F("Answer.ConfirmDecline", "true")),
            await AnswerAsync(cast.Outsider, initiative.Id, "Decline", F("Answer.OrganizationId", Id(cast.InvitedId))),
            await AnswerAsync(cast.Lead, initiative.Id, "Accept", F("Answer.OrganizationId", Id(cast.InvitedId))),
            await AnswerAsync(moderator, initiative.Id, "Accept", F("Answer.OrganizationId", Id(cast.InvitedId))),
            await AnswerAsync(admin, initiative.Id, "Accept", F("Answer.OrganizationId", Id(cast.InvitedId))),
        };
        var visitor = NewClient();
        var token = PortalClient.AntiforgeryToken(await visitor.GetPageAsync("/Account/Login"));
        attempts.Add(await visitor.PostAsync(
            $"/Initiatives/{initiative.Id}?handler=Accept", [F("Answer.OrganizationId", Id(cast.InvitedId)), new("__RequestVerificationToken", token)]));

        Assert.All(attempts, a => Assert.Equal(HttpStatusCode.NotFound, a.StatusCode));
        attempts.ForEach(a => a.Dispose());
        Assert.Equal(ParticipationState.Invited, Assert.Single(await InvitationsAsync(initiative.Id)).State);
        Assert.Empty(await InitiativeAuditAsync(initiative.Id));
        Assert.Equal(0, await Data.QueryAsync(db => db.Notifications.CountAsync()));
    }

    [Fact]
    public async Task The_invited_delegates_see_an_initiative_of_a_lead_not_verified_yet_and_nobody_else_does()
    {
        var cast = await CastAsync();
        var owner = await PersonAsync("owner@example.org");
        var pending = await Data.PendingAsync(TestData.Profile("Waiting Association"), owner.Id);
        var initiative = await Data.InitiativeAsync(pending.Id, NewInitiative("Not public yet", participants: [cast.InvitedId]));

        var invitedPage = await cast.Invited.Client.GetPageAsync($"/Initiatives/{initiative.Id}");
        using var outsider = await cast.Outsider.Client.GetAsync($"/Initiatives/{initiative.Id}");
        using var anonymous = await NewClient().GetAsync($"/Initiatives/{initiative.Id}");
        using var accepted = await AnswerAsync(cast.Invited, initiative.Id, "Accept", F("Answer.OrganizationId", Id(cast.InvitedId)));
        var organizationPage = await NewClient().GetPageAsync($"/Organizations/{cast.InvitedId}");

        Assert.Contains("data-testid=\"invitation-answer-form\"", invitedPage, StringComparison.Ordinal);
        Assert.Contains("Until a moderator verifies the organization, only its delegates, the organizations it invites and the moderators can see this page.", invitedPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, outsider.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Empty(Html.Links(organizationPage, "/Initiatives/"));
    }

    [Fact]
    public async Task A_session_initiative_invites_its_participants_too()
    {
        var cast = await CastAsync();
        var staff = await PersonAsync("staff@example.org", Roles.Staff);
        await using var scope = App.Services.CreateAsyncScope();
        var form = scope.ServiceProvider.GetRequiredService<WorkwaysPortal.Web.Features.Initiatives.InitiativeForm>();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = DateTimeOffset.UtcNow;
        var initiative = Initiative.Record(cast.LeadId, NewInitiative("From a session", participants: [cast.InvitedId]), staff.Id, now);
        var user = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new(System.Security.Claims.ClaimTypes.NameIdentifier, staff.Id.ToString()), new(System.Security.Claims.ClaimTypes.Name, staff.Email)], "test"));
        await WorkwaysPortal.Data.Auditing.AuditedCreation.AddWithIdAsync(db, initiative, default);

        await form.InviteAsync(initiative, user, now, default);
        await db.SaveChangesAsync();

        Assert.Equal(AuditActions.InitiativeParticipantInvited, Assert.Single(await InitiativeAuditAsync(initiative.Id)).Action);
        Assert.Equal(cast.Invited.Id, await Data.QueryAsync(db => db.Notifications.Select(n => n.UserId).SingleAsync()));
    }

    [Fact]
    public async Task Of_two_delegates_answering_at_once_only_one_answer_is_written()
    {
        var cast = await CastAsync();
        var initiative = await Data.InitiativeAsync(cast.LeadId, NewInitiative("Seasonal work visas", participants: [cast.InvitedId]));
        await using var first = App.Services.CreateAsyncScope();
        await using var second = App.Services.CreateAsyncScope();
        var one = first.ServiceProvider.GetRequiredService<PortalDbContext>();
        var other = second.ServiceProvider.GetRequiredService<PortalDbContext>();
        var mine = await one.Initiatives.Include(i => i.Participants).SingleAsync(i => i.Id == initiative.Id);
        var theirs = await other.Initiatives.Include(i => i.Participants).SingleAsync(i => i.Id == initiative.Id);

        mine.Answer(cast.InvitedId, accept: true, cast.Invited.Id, "Pablo", null, DateTimeOffset.UtcNow);
        theirs.Answer(cast.InvitedId, accept: false, Guid.NewGuid(), "Olga", "No.", DateTimeOffset.UtcNow);
        await one.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => other.SaveChangesAsync());
        var stored = Assert.Single(await InvitationsAsync(initiative.Id));
        Assert.Equal((ParticipationState.Accepted, "Pablo"), (stored.State, stored.AnsweredByName));
    }

    [Fact]
    public async Task Deleting_an_account_leaves_a_pseudonym_as_the_name_of_whoever_answered()
    {
        var colleague = await PersonAsync("colleague@example.org");
        var cast = await CastAsync(colleague.Id);
        var initiative = await Data.InitiativeAsync(cast.LeadId, NewInitiative("Seasonal work visas", participants: [cast.InvitedId]));
        using var accepted = await AnswerAsync(colleague, initiative.Id, "Accept", F("Answer.OrganizationId", Id(cast.InvitedId)));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);

        using var deleted = await colleague.Client.SubmitAsync("/Account/Manage/Delete", [new("Input.CurrentPassword", TestData.Password), new("Input.Confirm", "true")]);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        var stored = Assert.Single(await InvitationsAsync(initiative.Id));
        Assert.StartsWith("deleted-account-", stored.AnsweredByName, StringComparison.Ordinal);
        Assert.Equal(ParticipationState.Accepted, stored.State);
    }
}
