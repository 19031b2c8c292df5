using WorkwaysPortal.Data.Listing;
using WorkwaysPortal.Documents.Tables;
using WorkwaysPortal.Domain.Initiatives;
using WorkwaysPortal.Web.Exports;

namespace WorkwaysPortal.Web.Features.Initiatives;

/// <summary>The public list of initiatives: search, filters and pages of the work of verified organizations.</summary>
public sealed class IndexModel(PortalReads reads, TaxonomyCatalog catalog, IStringLocalizer<SharedResource> t)
    : ListPageModel<InitiativeListItem>(catalog)
{
    public InitiativeStatus? Status { get; private set; }

    protected override string PagePath => "/Initiatives/Index";

    protected override Task<ListPage<InitiativeListItem>> SearchAsync(ListFilter filter, CancellationToken ct) =>
        InitiativeQuery.SearchAsync(reads.Context, Taxonomy, new InitiativeFilter(filter, Status), lastPageWhenBeyond: true, ct);

    protected override IActionResult Export(ExportFormat format, ListFilter filter) =>
        Export(
            format, ExportDatasets.Initiatives, t["Initiatives"], ExportTables.Initiatives(t, Taxonomy, PortalCultures.Current),
            InitiativeQuery.Matching(reads.Context, Taxonomy, new InitiativeFilter(filter, Status))
                .Select(i => new InitiativeExportRow(
                    i.Id, i.Title, i.Status,
                    reads.Context.Organizations.Where(o => o.Id == i.LeadOrganizationId).Select(o => o.Name).First(),
                    i.Countries, i.Capabilities, i.GcmObjectives, i.StartsOn, i.EndsOn, i.Description))
                .AsAsyncEnumerable());

    protected override (string Name, string? Value)[] KindFilters() => [("status", Status is { } s ? WorkCodes.Code(s) : null)];

    protected override void ReadKindFilters(IQueryCollection query) => Status = WorkCodes.Parse<InitiativeStatus>(query["status"]);
}
