using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Domain.Auditing;

namespace WorkwaysPortal.Data.Auditing;

/// <summary>
/// Adds a new record together with the audit event that names it, so that both (and whatever else
/// the action adds) are written by one SaveChanges: the record's id is taken from its table's
/// sequence first (ADR 005). Nothing is saved here.
/// </summary>
public static class AuditedCreation
{
    /// <param name="audit">The audit event of the creation, given the new record's id.</param>
    /// <returns>The new record's id.</returns>
    public static async Task<int> AddAuditedAsync<T>(this PortalDbContext db, T record, Func<int, AuditEvent> audit, CancellationToken ct)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(audit);
        var id = await db.AddWithIdAsync(record, ct);
        db.AuditEvents.Add(audit(id));
        return id;
    }

    /// <summary>
    /// Adds a new record with its id taken from its table's sequence first, so that what goes with it
    /// (audit events, notifications that link to it) can name it in the same SaveChanges. Nothing is saved.
    /// </summary>
    /// <returns>The new record's id.</returns>
    public static async Task<int> AddWithIdAsync<T>(this PortalDbContext db, T record, CancellationToken ct)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(record);
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not an entity of the portal.");
        var table = entity.GetTableName();
        var id = await db.Database
            .SqlQuery<int>($"SELECT nextval(pg_get_serial_sequence({table}, 'id'))::int AS \"Value\"")
            .SingleAsync(ct);
        db.Entry(record).Property("Id").CurrentValue = id;
        db.Add(record);
        return id;
    }
}
