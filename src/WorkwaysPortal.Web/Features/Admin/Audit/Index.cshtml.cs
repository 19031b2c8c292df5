using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using WorkwaysPortal.Data.Listing;
using WorkwaysPortal.Documents.Tables;
using WorkwaysPortal.Web.Exports;

namespace WorkwaysPortal.Web.Features.Admin.Audit;

/// <summary>
/// The audit trail for staff and administrators (read-only): filtered by actor, entity, action and days,
/// newest first, a page at a time, and downloaded as CSV with the same filters (the download is itself
/// audited, as every export is).
/// </summary>
public sealed class IndexModel(PortalDbContext db, IStringLocalizer<SharedResource> t) : PageModel
{
    public AuditFilter Filter { get; private set; } = AuditFilter.Read(new QueryCollection());
    public ListPage<AuditRow> Results { get; private set; } = new([], 0, 1, ListLimits.DefaultPageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Filter = AuditFilter.Read(Request.Query);
        Results = await AuditQuery.PageAsync(db, Filter, ct);
    }

    /// <summary>Every event of the search as CSV (the order of the pages).</summary>
    public IActionResult OnGetExport()
    {
        Filter = AuditFilter.Read(Request.Query);
        var filters = Filter.Values().Select(f => new KeyValuePair<string, string?>(f.Name, f.Value)).ToList();
        return new ExportResult<AuditRow>(
            new ExportRequest(ExportDatasets.Audit, ExportFormat.Csv, filters), t["Audit trail"], Columns(t),
            AuditQuery.Matching(db, Filter).AsAsyncEnumerable());
    }

    public string Href(int page) => Address(Url.Page("/Admin/Audit/Index")!, [("page", page.ToString(CultureInfo.InvariantCulture))]);

    public string ExportHref => Address(Url.Page("/Admin/Audit/Index", "Export")!, []);

    private string Address(string path, (string Name, string? Value)[] more) =>
        QueryHelpers.AddQueryString(
            path,
            Filter.Values().Concat(more).Where(f => !string.IsNullOrEmpty(f.Value)).Select(f => new KeyValuePair<string, string?>(f.Name, f.Value)));

    public static IReadOnlyList<ExportColumn<AuditRow>> Columns(IStringLocalizer t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return
        [
            new(t["Id"], r => r.Id),
            new(t["When (UTC)"], r => r.OccurredAt),
            new(t["Actor"], r => r.ActorName),
            new(t["Actor id"], r => r.ActorId?.ToString()),
            new(t["Action"], r => r.Action),
            new(t["Entity"], r => r.SubjectType),
            new(t["Entity id"], r => r.SubjectId),
            new(t["Reason"], r => r.Reason),
            new(t["Details"], r => r.Details),
        ];
    }
}
