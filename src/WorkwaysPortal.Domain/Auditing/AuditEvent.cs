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
}
