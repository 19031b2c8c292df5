using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using WorkwaysPortal.Data.Import;
using WorkwaysPortal.Domain.Auditing;

namespace WorkwaysPortal.Web.Features.Sessions;

/// <summary>The audit events of the session pages: who recorded, changed, deleted or exported a session.</summary>
public static class SessionAudit
{
    public static AuditActor Actor(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new AuditActor(user.TryGetId(), user.Identity?.Name ?? "");
    }

    public static AuditEvent Event(ClaimsPrincipal user, DateTimeOffset at, string action, int sessionId, object? details = null)
    {
        var actor = Actor(user);
        return AuditEvent.Record(
            at, actor.Id, actor.Name, action, AuditSubjects.Session, sessionId.ToString(CultureInfo.InvariantCulture),
            details: details is null ? null : JsonSerializer.Serialize(details));
    }
}
