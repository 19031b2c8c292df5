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
    public const string OrganizationsImported = "organizations.imported";
    public const string RoleGranted = "role.granted";
    public const string AccountCreated = "account.created";

    /// <summary>A proposal was drafted; every later step is one of the <c>proposal.&lt;action&gt;</c> actions below.</summary>
    public const string ProposalCreated = "proposal.created";
    public const string ProposalSubmit = "proposal.submit";
    public const string ProposalWithdraw = "proposal.withdraw";
    public const string ProposalApprove = "proposal.approve";
    public const string ProposalReject = "proposal.reject";
    public const string ProposalRequestChanges = "proposal.request-changes";
    public const string ProposalResubmit = "proposal.resubmit";

    /// <summary>The audited action of a proposal transition (subject type "proposal").</summary>
    public static string For(ProposalAction action) => action switch
    {
        ProposalAction.Submit => ProposalSubmit,
        ProposalAction.Withdraw => ProposalWithdraw,
        ProposalAction.Approve => ProposalApprove,
        ProposalAction.Reject => ProposalReject,
        ProposalAction.RequestChanges => ProposalRequestChanges,
        ProposalAction.Resubmit => ProposalResubmit,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown proposal action."),
    };
}
