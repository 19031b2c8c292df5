using System.Globalization;
using System.Security.Claims;
using WorkwaysPortal.Domain.Auditing;

namespace WorkwaysPortal.Web.Features.Organizations;

/// <summary>The audit events about an organization: its registration, its review and every change to its team.</summary>
public static class OrganizationAudit
{
    /// <param name="user">Who acted (the audit trail keeps the account name, which is unique).</param>
    /// <param name="details">What else to keep (the member removed, the address invited…), as JSON.</param>
    public static AuditEvent Event(
        ClaimsPrincipal user, DateTimeOffset at, string action, int organizationId, string? reason = null, object? details = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        return AuditEvent.Record(
            at, user.TryGetId(), user.Identity?.Name ?? "", action, AuditSubjects.Organization, organizationId.ToString(CultureInfo.InvariantCulture),
            reason, details is null ? null : System.Text.Json.JsonSerializer.Serialize(details));
    }
}
