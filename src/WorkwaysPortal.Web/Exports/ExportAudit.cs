using System.Security.Claims;
using System.Text.Json;
using WorkwaysPortal.Data;
using WorkwaysPortal.Data.Exports;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Web.Infrastructure;

namespace WorkwaysPortal.Web.Exports;

/// <summary>Records every export in the audit trail: who, which list, which filters, how many rows, and whether it finished.</summary>
public sealed class ExportAudit(PortalDbContext db, TimeProvider clock)
{
    public const string AnonymousActor = "anonymous";

    public async Task RecordAsync(ClaimsPrincipal user, ExportRequest request, int rows, bool complete, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(request);
        var details = JsonSerializer.Serialize(new
        {
            format = request.Format.Extension(),
            filters = request.Filters.Where(f => !string.IsNullOrEmpty(f.Value)).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal),
            rows,
            contacts = request.WithContacts,
            complete,
        });
        var name = user.Identity?.IsAuthenticated == true ? user.Identity.Name ?? "" : AnonymousActor;
        db.AuditEvents.Add(AuditEvent.Record(
            clock.GetUtcNow(), user.TryGetId(), name, AuditActions.DataExported, AuditSubjects.Export, request.Dataset, details: details));
        await db.SaveChangesAsync(ct);
    }
}
