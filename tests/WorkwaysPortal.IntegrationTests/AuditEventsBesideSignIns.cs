using WorkwaysPortal.Data;
using WorkwaysPortal.Domain.Auditing;

namespace WorkwaysPortal.IntegrationTests;

public static class AuditEventsBesideSignInsExtensions
{
    /// <summary>
    /// The audit events but sign-ins: every signed-in test client adds an <c>account.signed-in</c> event,
    /// which the tests of other changes do not count.
    /// </summary>
    public static IQueryable<AuditEvent> AuditEventsBesideSignIns(this PortalDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.AuditEvents.Where(e => e.Action != AuditActions.SignedIn);
    }
}
