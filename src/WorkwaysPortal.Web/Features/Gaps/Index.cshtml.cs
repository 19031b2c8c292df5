using WorkwaysPortal.Data.Listing;
using WorkwaysPortal.Documents.Tables;
using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Web.Exports;

namespace WorkwaysPortal.Web.Features.Gaps;

/// <summary>The public list of gaps: search, filters and pages of what verified organizations and sessions need help with.</summary>
public sealed class IndexModel(PortalReads reads, TaxonomyCatalog catalog, IStringLocalizer<SharedResource> t)
    : ListPageModel<GapListItem>(catalog)
{
    public GapStatus? Status { get; private set; }
    public GapPriority? Priority { get; private set; }

    protected override string PagePath => "/Gaps/Index";

    protected override Task<ListPage<GapListItem>> SearchAsync(ListFilter filter, CancellationToken ct) =>
        GapQuery.SearchAsync(reads.Context, Taxonomy, new GapFilter(filter, Status, Priority), lastPageWhenBeyond: true, ct);

    protected override IActionResult Export(ExportFormat format, ListFilter filter) =>
        Export(
            format, ExportDatasets.Gaps, t["Gaps"], ExportTables.Gaps(t, Taxonomy, PortalCultures.Current),
            GapQuery.Matching(reads.Context, Taxonomy, new GapFilter(filter, Status, Priority))
                .Select(g => new GapExportRow(
                    g.Id, g.Title, g.Status, g.Priority,
                    reads.Context.Organizations.Where(o => o.Id == g.RaisedByOrganizationId).Select(o => o.Name).FirstOrDefault(),
                    g.Requires, g.Countries, g.GcmObjectives, g.Description, g.CreatedAt))
                .AsAsyncEnumerable());

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
}
