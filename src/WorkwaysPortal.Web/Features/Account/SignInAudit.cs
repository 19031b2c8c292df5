using System.Text.Json;
using WorkwaysPortal.Data.Accounts;
using WorkwaysPortal.Domain.Auditing;

namespace WorkwaysPortal.Web.Features.Account;

/// <summary>
/// Sign-ins and the wrong password that makes an address wait (<see cref="SignInThrottle"/>), as audit
/// events (besides their security events in the log), so that the audit trail (<c>/Admin/Audit</c>) answers
/// "who signed in when" next to what they did. The other failures and refusals stay in the log only.
/// Saves the context, with whatever the caller added to it (the notice to the owner).
/// </summary>
public sealed class SignInAudit(PortalDbContext db, TimeProvider clock)
{
    public async Task RecordAsync(ApplicationUser user, string action, string channel, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        db.AuditEvents.Add(AuditEvent.Record(
            clock.GetUtcNow(), user.Id, user.Email ?? user.UserName ?? "", action, AuditSubjects.User, user.Id.ToString(),
            details: JsonSerializer.Serialize(new { channel })));
        await db.SaveChangesAsync(ct);
    }
}
