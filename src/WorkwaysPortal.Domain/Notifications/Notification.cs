namespace WorkwaysPortal.Domain.Notifications;

/// <summary>Kinds of in-app notifications; stable strings stored in the database.</summary>
public static class NotificationKinds
{
    public const string ProposalSubmitted = "proposal.submitted";
    public const string ProposalApproved = "proposal.approved";
    public const string ProposalRejected = "proposal.rejected";
    public const string ProposalChangesRequested = "proposal.changes-requested";
    public const string ProposalWithdrawn = "proposal.withdrawn";
    public const string ProposalAwaitingPartners = "proposal.awaiting-partners";
    public const string ProposalPartnerAccepted = "proposal.partner-accepted";
    public const string ProposalPartnerDeclined = "proposal.partner-declined";
    public const string OrganizationVerified = "organization.verified";
    public const string OrganizationRejected = "organization.rejected";
    public const string OrganizationRegistered = "organization.registered";
    public const string OrganizationInformationRequested = "organization.information-requested";
    public const string DelegateAssigned = "organization.delegate-assigned";
    public const string DelegateRemoved = "organization.delegate-removed";
    public const string DelegateJoined = "organization.delegate-joined";
    public const string JoinRequested = "organization.join-requested";
    public const string JoinAccepted = "organization.join-accepted";
    public const string JoinDeclined = "organization.join-declined";

    /// <summary>The last delegate of an organization deleted their account: a moderator may give it a new one.</summary>
    public const string OrganizationWithoutDelegate = "organization.without-delegate";

    /// <summary>The reader's organization is invited to take part in an initiative; the subject is the initiative's title.</summary>
    public const string InitiativeInvited = "initiative.invited";

    /// <summary>An invited organization accepted to take part in the reader's organization's initiative.</summary>
    public const string InitiativeParticipantAccepted = "initiative.participant-accepted";

    /// <summary>An invited organization declined to take part in the reader's organization's initiative.</summary>
    public const string InitiativeParticipantDeclined = "initiative.participant-declined";

    /// <summary>A delegate of another organization wrote to the reader's organization (a new conversation or a reply).</summary>
    public const string MessageReceived = "conversation.message";
    /// <summary>Organizations newly fit saved searches of the reader (the alert job's digest); the subject names the searches.</summary>
    public const string AlertDigest = "alert.digest";

    /// <summary>Gaps newly raised match saved gaps searches of the reader; the subject names the searches.</summary>
    public const string GapAlertDigest = "alert.gaps";
}

/// <summary>
/// Something a user should know about, shown in their notification list until read. The text is
/// rendered in the reader's language from <see cref="Kind"/>, <see cref="Subject"/> and <see cref="Reason"/>.
/// </summary>
public sealed class Notification
{
    private Notification()
    {
    }

    public long Id { get; private set; }
    public Guid UserId { get; private set; }
    public string Kind { get; private set; } = "";

    /// <summary>What it is about, as its title (a proposal's or an organization's).</summary>
    public string Subject { get; private set; } = "";

    public string? Reason { get; private set; }
    public int? ProposalId { get; private set; }
    public int? OrganizationId { get; private set; }

    /// <summary>The conversation a message notification is about.</summary>
    public int? ConversationId { get; private set; }

    /// <summary>The initiative an invitation (or an answer to one) is about.</summary>
    public int? InitiativeId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }

    public static Notification For(
        Guid userId, string kind, string subject, DateTimeOffset now, string? reason = null, int? proposalId = null, int? organizationId = null,
        int? conversationId = null, int? initiativeId = null) =>
        new()
        {
            UserId = userId,
            Kind = kind,
            Subject = subject,
            Reason = reason,
            ProposalId = proposalId,
            OrganizationId = organizationId,
            ConversationId = conversationId,
            InitiativeId = initiativeId,
            CreatedAt = now,
        };

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;
}
