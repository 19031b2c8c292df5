using System.Security.Claims;
using System.Text.Json;
using WorkwaysPortal.Documents.Tables;
using WorkwaysPortal.Domain.Auditing;

namespace WorkwaysPortal.Web.Exports;

/// <summary>Records every export in the audit trail: who, which list, which filters, how many rows, and whether it finished.</summary>
public sealed class ExportAudit(PortalDbContext db, TimeProvider clock)
{
    public const string AnonymousActor = "anonymous";

    /// <summary>How much of one filter's value the audit trail keeps.</summary>
    public const int MaxRecordedFilterLength = 200;

    public async Task RecordAsync(ClaimsPrincipal user, ExportRequest request, int rows, bool complete, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(request);
        var details = JsonSerializer.Serialize(new
        {
            format = request.Format.Extension(),
            filters = request.Filters.Where(f => !string.IsNullOrEmpty(f.Value)).ToDictionary(f => f.Key, f => AsRecorded(f.Value!), StringComparer.Ordinal),
            rows,
            contacts = request.WithContacts,
            complete,
        });
        var name = user.Identity?.IsAuthenticated == true ? user.Identity.Name ?? "" : AnonymousActor;
        db.AuditEvents.Add(AuditEvent.Record(
            clock.GetUtcNow(), user.TryGetId(), name, AuditActions.DataExported, AuditSubjects.Export, request.Dataset, details: details));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// A filter as the audit trail keeps it: the details column is jsonb, which cannot hold a NUL
    /// (<c>\u0000</c>, a 500 while the export was already streaming), and a filter longer than
    /// <see cref="MaxRecordedFilterLength"/> characters is cut there.
    /// </summary>
    public static string AsRecorded(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = value.Replace("\0", "", StringComparison.Ordinal);
        return text.Length <= MaxRecordedFilterLength ? text : string.Concat(text.AsSpan(0, MaxRecordedFilterLength), "…");
    }
}
