using WorkwaysPortal.Domain.Proposals;

namespace WorkwaysPortal.Domain.Auditing;

/// <summary>
/// A record of something that must be answerable later: who decided, imported, exported or changed
/// a role, when, about what, and why. The application only ever adds audit events.
/// </summary>
public sealed class AuditEvent
{
    private AuditEvent()
    {
    }

    public long Id { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }
    public Guid? ActorId { get; private set; }
    public string ActorName { get; private set; } = "";
    public string Action { get; private set; } = "";
    public string SubjectType { get; private set; } = "";
    public string SubjectId { get; private set; } = "";
    public string? Reason { get; private set; }
    public string? Details { get; private set; }

    public static AuditEvent Record(
        DateTimeOffset at, Guid? actorId, string actorName, string action, string subjectType, string subjectId,
        string? reason = null, string? details = null) =>
        new()
        {
            OccurredAt = at,
            ActorId = actorId,
            ActorName = actorName,
            Action = action,
            SubjectType = subjectType,
            SubjectId = subjectId,
            Reason = reason,
            Details = details,
        };
}

/// <summary>The actions that are audited, as stable strings stored in the database.</summary>
public static class AuditActions
{
    public const string OrganizationVerified = "organization.verified";
    public const string OrganizationRejected = "organization.rejected";
    public const string OrganizationRegistered = "organization.registered";
    public const string OrganizationInformationRequested = "organization.information-requested";
    public const string DelegateAssigned = "organization.delegate-assigned";
    public const string DelegateRemoved = "organization.delegate-removed";
    public const string DelegateLeft = "organization.delegate-left";
    public const string InvitationSent = "organization.invitation-sent";
    public const string InvitationRevoked = "organization.invitation-revoked";
    public const string InvitationAccepted = "organization.invitation-accepted";
    public const string JoinRequested = "organization.join-requested";
    public const string JoinAccepted = "organization.join-accepted";
    public const string JoinDeclined = "organization.join-declined";
    public const string OrganizationsImported = "organizations.imported";
    public const string RoleGranted = "role.granted";
    public const string RoleRevoked = "role.revoked";
    public const string AccountLocked = "account.locked";
    public const string AccountUnlocked = "account.unlocked";
    public const string ConfirmationResent = "account.confirmation-resent";
    public const string AccountInvited = "account.invited";
    public const string SignedIn = "account.signed-in";
    /// <summary>An address gave so many wrong passwords in a row that it waits before trying the account again.</summary>
    public const string SignInsHeldBack = "account.sign-ins-held-back";
    public const string TaxonomyGroupSaved = "taxonomy.group-saved";
    public const string TaxonomyCorridorAdded = "taxonomy.corridor-added";
    public const string TaxonomyCorridorRemoved = "taxonomy.corridor-removed";
    public const string TaxonomyLabelChanged = "taxonomy.label-changed";
    public const string AccountCreated = "account.created";
    public const string AccountDeleted = "account.deleted";
    public const string ProposalDrafted = "proposal.drafted";
    public const string ProposalEdited = "proposal.edited";
    public const string ProposalSubmitted = "proposal.submitted";
    public const string ProposalWithdrawn = "proposal.withdrawn";
    public const string ProposalResubmitted = "proposal.resubmitted";
    public const string ProposalApproved = "proposal.approved";
    public const string ProposalRejected = "proposal.rejected";
    public const string ProposalChangesRequested = "proposal.changes-requested";
    public const string ProposalAccepted = "proposal.partner-accepted";
    public const string ProposalDeclined = "proposal.partner-declined";
    public const string ProposalPartnerDropped = "proposal.partner-dropped";
    public const string DataExported = "data.exported";
    public const string SessionRecorded = "session.recorded";
    public const string SessionEdited = "session.edited";
    public const string SessionDeleted = "session.deleted";
    public const string SessionGapCreated = "session.gap-created";
    public const string SessionInitiativeCreated = "session.initiative-created";
    public const string SavedSearchCreated = "alert.saved";
    public const string SavedSearchChanged = "alert.changed";
    public const string SavedSearchDeleted = "alert.deleted";

    /// <summary>A saved search was turned off from the one-click link of an alert email (no sign-in).</summary>
    public const string SavedSearchUnsubscribed = "alert.unsubscribed";

    // Initiative participants are invitations until accepted (issue 13); the details name the organization.
    public const string InitiativeParticipantInvited = "initiative.participant-invited";
    public const string InitiativeInvitationWithdrawn = "initiative.invitation-withdrawn";
    public const string InitiativeInvitationAccepted = "initiative.invitation-accepted";
    public const string InitiativeInvitationDeclined = "initiative.invitation-declined";

    // Conversations between organizations (issue 13).
    public const string MessageSent = "conversation.message-sent";
    public const string MessageReported = "conversation.message-reported";
    public const string MessageReportDismissed = "conversation.report-dismissed";
    public const string OrganizationBlocked = "organization.blocked";
    public const string OrganizationUnblocked = "organization.unblocked";

    /// <summary>The audit action of a proposal's transition.</summary>
    public static string For(ProposalAction action) => action switch
    {
        ProposalAction.Submit => ProposalSubmitted,
        ProposalAction.Withdraw => ProposalWithdrawn,
        ProposalAction.Resubmit => ProposalResubmitted,
        ProposalAction.Approve => ProposalApproved,
        ProposalAction.Reject => ProposalRejected,
        ProposalAction.RequestChanges => ProposalChangesRequested,
        ProposalAction.Accept => ProposalAccepted,
        ProposalAction.Decline => ProposalDeclined,
        ProposalAction.DropPartner => ProposalPartnerDropped,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    /// <summary>The moderators' decisions on proposals (as opposed to the proposer's own steps).</summary>
    public static IReadOnlyList<string> ProposalDecisions { get; } = [ProposalApproved, ProposalRejected, ProposalChangesRequested];
}

/// <summary>What an audit event is about (its <see cref="AuditEvent.SubjectType"/>).</summary>
public static class AuditSubjects
{
    public const string Organization = "organization";
    public const string Proposal = "proposal";
    public const string Session = "session";

    /// <summary>An initiative; its subject id is the initiative's id.</summary>
    public const string Initiative = "initiative";

    /// <summary>A conversation between two organizations; its subject id is the conversation's id.</summary>
    public const string Conversation = "conversation";
    /// <summary>A saved search of Find partners (alerts).</summary>
    public const string SavedSearch = "saved-search";

    /// <summary>An account; its subject id is the user's id.</summary>
    public const string User = "user";

    /// <summary>An invitation to create an account with a role; its subject id is the address invited.</summary>
    public const string AccountInvitation = "account-invitation";

    /// <summary>A term of the taxonomy; its subject id is the kind and the code (<c>country-group:northern-triangle</c>).</summary>
    public const string Taxonomy = "taxonomy";

    /// <summary>An export of a list (organizations, gaps, initiatives, proposals); its subject id names the list.</summary>
    public const string Export = "export";
}
