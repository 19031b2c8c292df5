using WorkwaysPortal.Data.Listing;
using WorkwaysPortal.Documents.Tables;
using WorkwaysPortal.Domain.Initiatives;
using WorkwaysPortal.Web.Exports;

namespace WorkwaysPortal.Web.Features.Initiatives;

/// <summary>The public list of initiatives: search, filters and pages of the work of verified organizations.</summary>
public sealed class IndexModel(PortalDbContext db, TaxonomyCatalog catalog, IStringLocalizer<SharedResource> t)
    : ListPageModel<InitiativeListItem>(catalog)
{
    public InitiativeStatus? Status { get; private set; }

    protected override string PagePath => "/Initiatives/Index";

    public async Task OnGetAsync(CancellationToken ct)
    {
        await ReadFiltersAsync(ct);
        Results = await InitiativeQuery.SearchAsync(db, Taxonomy, Filter(paged: true), lastPageWhenBeyond: true, ct);
    }

    /// <summary>The whole search (every page) as CSV or Excel: the same public initiatives as the page.</summary>
    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (ExportCells.Parse(format) is not { } exportFormat)
        {
            return NotFound();
        }

        await ReadFiltersAsync(ct);
        var rows = InitiativeQuery.Matching(db, Taxonomy, Filter(paged: false))
            .Select(i => new InitiativeExportRow(
                i.Id, i.Title, i.Status,
                db.Organizations.Where(o => o.Id == i.LeadOrganizationId).Select(o => o.Name).First(),
                i.Countries, i.Capabilities, i.GcmObjectives, i.StartsOn, i.EndsOn, i.Description))
            .AsAsyncEnumerable();
        return Export(
            exportFormat, ExportDatasets.Initiatives, t["Initiatives"], ExportTables.Initiatives(t, Taxonomy, PortalCultures.Current), rows);
    }

    protected override (string Name, string? Value)[] KindFilters() => [("status", Status is { } s ? WorkCodes.Code(s) : null)];

    protected override void ReadKindFilters(IQueryCollection query) => Status = WorkCodes.Parse<InitiativeStatus>(query["status"]);

    private InitiativeFilter Filter(bool paged) => new(Filters.ToQuery(paged), Status);
}
