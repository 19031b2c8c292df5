using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WorkwaysPortal.Data;
using WorkwaysPortal.Data.Taxonomy;
using WorkwaysPortal.Data.Work;
using WorkwaysPortal.Documents.Tables;
using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Domain.Taxonomy;
using WorkwaysPortal.Web.Exports;
using WorkwaysPortal.Web.Infrastructure;

namespace WorkwaysPortal.Web.Features.Gaps;

/// <summary>The public list of gaps: search, filters and pages of what verified organizations and sessions need help with.</summary>
public sealed class IndexModel(PortalDbContext db, TaxonomyCatalog catalog, IStringLocalizer<SharedResource> t) : PageModel
{
    public WorkFilters Filters { get; private set; } = WorkFilters.None;
    public GapStatus? Status { get; private set; }
    public GapPriority? Priority { get; private set; }
    public ListPage<GapListItem> Results { get; private set; } = new([], 0, 1, WorkList.DefaultPageSize);
    public TaxonomySnapshot Taxonomy { get; private set; } = TaxonomySnapshot.Seed;
    public bool HasFilters => Filters.Any || Status is not null || Priority is not null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await ReadFiltersAsync(ct);
        var filter = new GapFilter(
            Filters.Text, Filters.Country, Filters.SubRegion, Filters.Capability, Filters.GcmObjective, Status, Priority, Filters.Page);
        Results = await GapQuery.SearchAsync(db, Taxonomy, filter, ct);
        if (Results.Items.Count == 0 && Results.Total > 0)
        {
            Results = await GapQuery.SearchAsync(db, Taxonomy, filter with { Page = Results.PageCount }, ct);
        }
    }

    /// <summary>The whole search (every page) as CSV or Excel: the same public gaps as the page.</summary>
    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (ExportCells.Parse(format) is not { } exportFormat)
        {
            return NotFound();
        }

        await ReadFiltersAsync(ct);
        var filter = new GapFilter(Filters.Text, Filters.Country, Filters.SubRegion, Filters.Capability, Filters.GcmObjective, Status, Priority);
        var rows = GapQuery.Matching(db, Taxonomy, filter)
            .Select(g => new GapExportRow(
                g.Id, g.Title, g.Status, g.Priority,
                db.Organizations.Where(o => o.Id == g.RaisedByOrganizationId).Select(o => o.Name).FirstOrDefault(),
                g.Requires, g.Countries, g.GcmObjectives, g.Description, g.CreatedAt))
            .AsAsyncEnumerable();
        var request = new ExportRequest(ExportDatasets.Gaps, exportFormat, ExportFilters());
        return new ExportResult<GapExportRow>(request, t["Gaps"], ExportTables.Gaps(t, Taxonomy, PortalCultures.Current), rows);
    }

    /// <summary>The address of another page of the current search.</summary>
    public string Href(int page) => Filters.Href(Url.Page("/Gaps/Index")!, page, MoreFilters());

    /// <summary>The address of a download of the current search.</summary>
    public string ExportHref(string format) => Filters.Href(Url.Page("/Gaps/Index", "Export")!, null, [.. MoreFilters(), ("format", format)]);

    private (string Name, string? Value)[] MoreFilters() =>
    [
        ("status", Status is { } s ? WorkCodes.Code(s) : null),
        ("priority", Priority is { } p ? WorkCodes.Code(p) : null),
    ];

    private List<KeyValuePair<string, string?>> ExportFilters() =>
        [.. Filters.Values(), .. MoreFilters().Select(f => new KeyValuePair<string, string?>(f.Name, f.Value))];

    private async Task ReadFiltersAsync(CancellationToken ct)
    {
        Taxonomy = await catalog.GetAsync(ct);
        Filters = WorkFilters.Read(Request.Query, Taxonomy);
        Status = WorkCodes.Parse<GapStatus>(Request.Query["status"]);
        Priority = WorkCodes.Parse<GapPriority>(Request.Query["priority"]);
    }
}
