using WorkwaysPortal.Data.Listing;
using WorkwaysPortal.Documents.Tables;
using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Web.Exports;

namespace WorkwaysPortal.Web.Features.Gaps;

/// <summary>The public list of gaps: search, filters and pages of what verified organizations and sessions need help with.</summary>
public sealed class IndexModel(PortalDbContext db, TaxonomyCatalog catalog, IStringLocalizer<SharedResource> t)
    : ListPageModel<GapListItem>(catalog)
{
    public GapStatus? Status { get; private set; }
    public GapPriority? Priority { get; private set; }

    protected override string PagePath => "/Gaps/Index";

    public async Task OnGetAsync(CancellationToken ct)
    {
        await ReadFiltersAsync(ct);
        Results = await GapQuery.SearchAsync(db, Taxonomy, Filter(paged: true), lastPageWhenBeyond: true, ct);
    }

    /// <summary>The whole search (every page) as CSV or Excel: the same public gaps as the page.</summary>
    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (ExportCells.Parse(format) is not { } exportFormat)
        {
            return NotFound();
        }

        await ReadFiltersAsync(ct);
        var rows = GapQuery.Matching(db, Taxonomy, Filter(paged: false))
            .Select(g => new GapExportRow(
                g.Id, g.Title, g.Status, g.Priority,
                db.Organizations.Where(o => o.Id == g.RaisedByOrganizationId).Select(o => o.Name).FirstOrDefault(),
                g.Requires, g.Countries, g.GcmObjectives, g.Description, g.CreatedAt))
            .AsAsyncEnumerable();
        return Export(exportFormat, ExportDatasets.Gaps, t["Gaps"], ExportTables.Gaps(t, Taxonomy, PortalCultures.Current), rows);
    }

    protected override (string Name, string? Value)[] KindFilters() =>
    [
        ("status", Status is { } s ? WorkCodes.Code(s) : null),
        ("priority", Priority is { } p ? WorkCodes.Code(p) : null),
    ];

    protected override void ReadKindFilters(IQueryCollection query)
    {
        Status = WorkCodes.Parse<GapStatus>(query["status"]);
        Priority = WorkCodes.Parse<GapPriority>(query["priority"]);
    }

    private GapFilter Filter(bool paged) => new(Filters.ToQuery(paged), Status, Priority);
}
