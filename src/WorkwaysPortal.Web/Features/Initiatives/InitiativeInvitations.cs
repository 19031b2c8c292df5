using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using WorkwaysPortal.Data.Notifications;
using WorkwaysPortal.Domain;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Initiatives;
using WorkwaysPortal.Domain.Notifications;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Text;

namespace WorkwaysPortal.Web.Features.Initiatives;

public enum InvitationOutcomeStatus
{
    /// <summary>The answer was recorded.</summary>
    Done,

    /// <summary>The input is wrong (400): see <see cref="InvitationOutcome.Errors"/>.</summary>
    Invalid,

    /// <summary>No such initiative, or none that invites an organization of the caller (404).</summary>
    NotFound,

    /// <summary>Answered already, or someone else changed the invitation first (409).</summary>
    Conflict,
}

/// <summary>How an answer to an invitation ended. Messages are English localization keys with the values of their placeholders.</summary>
public sealed record InvitationOutcome(InvitationOutcomeStatus Status, IReadOnlyList<FieldError> Errors, string? Message, IReadOnlyList<object> Arguments)
{
    public bool Succeeded => Status == InvitationOutcomeStatus.Done;

    public static InvitationOutcome Done { get; } = new(InvitationOutcomeStatus.Done, [], null, []);

    public static InvitationOutcome NotFound { get; } = new(InvitationOutcomeStatus.NotFound, [], null, []);

    public static InvitationOutcome Invalid(params FieldError[] errors) => new(InvitationOutcomeStatus.Invalid, errors, null, []);

    public static InvitationOutcome Conflict(string message, IReadOnlyList<object>? arguments = null) =>
        new(InvitationOutcomeStatus.Conflict, [], message, arguments ?? []);
}

/// <summary>
/// Initiative participants are invitations until accepted (issue 13), for the pages and the API alike.
/// When the lead's delegates (or staff, from a session) invite organizations or take them out, this adds
/// the audit events and tells the invited organizations' delegates (in-app and by email, in each reader's
/// language); when an invited organization's delegate answers, it records the answer through the Domain,
/// audits it and tells the lead's delegates. It only adds to the unit of work the caller saves, except
/// <see cref="AnswerAsync"/>, which is one user action and saves it in one SaveChanges.
/// </summary>
public sealed class InitiativeInvitations(PortalDbContext db, NotificationOutbox outbox, TimeProvider clock)
{
    /// <summary>
    /// What goes with a change of the participants: an audit event per invitation sent or withdrawn, and
    /// a notification to the delegates of each organization invited. The initiative must have its id.
    /// </summary>
    public async Task AddChangesAsync(Initiative initiative, ParticipantChanges changes, ClaimsPrincipal user, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(user);
        if (changes.Invited.Count == 0 && changes.Withdrawn.Count == 0)
        {
            return;
        }

        if (initiative.Id == 0)
        {
            throw new ArgumentException("Give a new initiative its id before inviting: the notifications link to it.", nameof(initiative));
        }

        int[] concerned = [initiative.LeadOrganizationId, .. changes.Invited, .. changes.Withdrawn];
        var names = await db.Organizations.AsNoTracking()
            .Where(o => concerned.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        foreach (var id in changes.Invited)
        {
            db.AuditEvents.Add(Audit(user, now, AuditActions.InitiativeParticipantInvited, initiative.Id, null, id, names.GetValueOrDefault(id)));
        }

        foreach (var id in changes.Withdrawn)
        {
            db.AuditEvents.Add(Audit(user, now, AuditActions.InitiativeInvitationWithdrawn, initiative.Id, null, id, names.GetValueOrDefault(id)));
        }

        if (changes.Invited.Count > 0)
        {
            var content = new NotificationContent(
                NotificationKinds.InitiativeInvited, initiative.Title, names.GetValueOrDefault(initiative.LeadOrganizationId), null, null,
                NotificationLinks.Initiative(initiative.Id), InitiativeId: initiative.Id);
            await outbox.AddAsync(db, await NotificationOutbox.DelegatesOfAsync(db, [.. changes.Invited], ct), null, content, ct);
        }
    }

    /// <summary>
    /// A delegate of an invited organization accepts or declines for it, with an optional message for the
    /// lead. <paramref name="organizationId"/> may be left out when the caller is a delegate of only one
    /// invited organization. Only the invited organization's delegates answer: for anyone else the
    /// invitation does not exist (404), as for an initiative they may not see.
    /// </summary>
    public async Task<InvitationOutcome> AnswerAsync(
        ClaimsPrincipal user, int initiativeId, int? organizationId, bool accept, string? message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var viewer = user.AsViewer();
        var initiative = await Visibility.Initiatives(db, viewer).Include(i => i.Participants).FirstOrDefaultAsync(i => i.Id == initiativeId, ct);
        if (initiative is null)
        {
            return InvitationOutcome.NotFound;
        }

        var invited = initiative.Participants.Select(p => p.OrganizationId).ToList();
        var mine = await Visibility.MemberOf(db, viewer).Where(id => invited.Contains(id)).ToListAsync(ct);
        if (organizationId is null)
        {
            var waiting = mine.Where(id => initiative.StateOf(id) == ParticipationState.Invited).ToList();
            organizationId = waiting.Count == 1 ? waiting[0] : mine.Count == 1 ? mine[0] : null;
            if (organizationId is null)
            {
                return mine.Count == 0 ? InvitationOutcome.NotFound : InvitationOutcome.Invalid(new FieldError("organizationId", UserMessages.InitiativeSayWhichOrganization));
            }
        }

        if (!mine.Contains(organizationId.Value))
        {
            return InvitationOutcome.NotFound;
        }

        if (initiative.RefusalOfAnswer(organizationId.Value) is { } refusal)
        {
            return InvitationOutcome.Conflict(refusal);
        }

        if (CheckMessage(message) is { } error)
        {
            return InvitationOutcome.Invalid(error);
        }

        var now = clock.GetUtcNow();
        var answeredBy = await db.Users.AsNoTracking().Where(u => u.Id == viewer.UserId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);
        var accountName = user.Identity?.Name ?? "";
        try
        {
            var answer = initiative.Answer(
                organizationId.Value, accept, viewer.UserId, string.IsNullOrWhiteSpace(answeredBy) ? accountName : answeredBy, message, now);
            var name = await db.Organizations.AsNoTracking().Where(o => o.Id == organizationId).Select(o => o.Name).FirstAsync(ct);
            db.AuditEvents.Add(Audit(
                user, now, accept ? AuditActions.InitiativeInvitationAccepted : AuditActions.InitiativeInvitationDeclined,
                initiative.Id, answer.AnswerMessage, organizationId.Value, name));
            var content = new NotificationContent(
                accept ? NotificationKinds.InitiativeParticipantAccepted : NotificationKinds.InitiativeParticipantDeclined,
                initiative.Title, answer.AnswerMessage is { } text ? $"{name}: {text}" : name, null, null,
                NotificationLinks.Initiative(initiative.Id), InitiativeId: initiative.Id);
            await outbox.AddAsync(db, await NotificationOutbox.DelegatesOfAsync(db, [initiative.LeadOrganizationId], ct), null, content, ct);
            await db.SaveChangesAsync(ct);
        }
        catch (DomainRuleException e)
        {
            db.ChangeTracker.Clear();
            return InvitationOutcome.Conflict(e.Message, e.Arguments);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another delegate answered, or the lead withdrew the invitation, between our read and our write.
            db.ChangeTracker.Clear();
            var current = await db.InitiativeParticipants.AsNoTracking()
                .FirstOrDefaultAsync(p => p.InitiativeId == initiativeId && p.OrganizationId == organizationId, ct);
            return current is null ? InvitationOutcome.NotFound : InvitationOutcome.Conflict(UserMessages.InitiativeAlreadyAnswered);
        }

        return InvitationOutcome.Done;
    }

    private static FieldError? CheckMessage(string? message) =>
        message is not null && message.Trim().Length > InitiativeParticipant.AnswerMessageMaxLength
            ? new FieldError("message", UserMessages.TextTooLong, InitiativeParticipant.AnswerMessageMaxLength)
            : !PlainText.IsAllowed(message) ? new FieldError("message", UserMessages.TextNotPlain) : null;

    /// <summary>An audit event about one organization's invitation: the details name it by id and name.</summary>
    private static AuditEvent Audit(ClaimsPrincipal user, DateTimeOffset now, string action, int initiativeId, string? reason, int organizationId, string? name) =>
        AuditEvent.Record(
            now, user.TryGetId(), user.Identity?.Name ?? "", action, AuditSubjects.Initiative, initiativeId.ToString(CultureInfo.InvariantCulture),
            reason, JsonSerializer.Serialize(new { organizationId, organization = name ?? "" }));
}
