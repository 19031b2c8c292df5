using System.Text.Json;
using WorkwaysPortal.Data.Accounts;
using WorkwaysPortal.Domain.Auditing;

namespace WorkwaysPortal.Web.Features.Account;

/// <summary>
/// Sign-ins and the failure that locks an account, as audit events (besides their security events in
/// the log), so that the audit trail (<c>/Admin/Audit</c>) answers "who signed in when" next to what they did.
/// The refusals of an account already locked and the failures before the lockout stay in the log only.
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
