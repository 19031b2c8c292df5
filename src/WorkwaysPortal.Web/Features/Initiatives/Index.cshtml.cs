using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WorkwaysPortal.Data;
using WorkwaysPortal.Data.Taxonomy;
using WorkwaysPortal.Data.Work;
using WorkwaysPortal.Documents.Tables;
using WorkwaysPortal.Domain.Initiatives;
using WorkwaysPortal.Domain.Taxonomy;
using WorkwaysPortal.Web.Exports;
using WorkwaysPortal.Web.Infrastructure;

namespace WorkwaysPortal.Web.Features.Initiatives;

/// <summary>The public list of initiatives: search, filters and pages of the work of verified organizations.</summary>
public sealed class IndexModel(PortalDbContext db, TaxonomyCatalog catalog, IStringLocalizer<SharedResource> t) : PageModel
{
    public WorkFilters Filters { get; private set; } = WorkFilters.None;
    public InitiativeStatus? Status { get; private set; }
    public ListPage<InitiativeListItem> Results { get; private set; } = new([], 0, 1, WorkList.DefaultPageSize);
    public TaxonomySnapshot Taxonomy { get; private set; } = TaxonomySnapshot.Seed;
    public bool HasFilters => Filters.Any || Status is not null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await ReadFiltersAsync(ct);
        var filter = new InitiativeFilter(
            Filters.Text, Filters.Country, Filters.SubRegion, Filters.Capability, Filters.GcmObjective, Status, Filters.Page);
        Results = await InitiativeQuery.SearchAsync(db, Taxonomy, filter, ct);
        if (Results.Items.Count == 0 && Results.Total > 0)
        {
            Results = await InitiativeQuery.SearchAsync(db, Taxonomy, filter with { Page = Results.PageCount }, ct);
        }
    }

    /// <summary>The whole search (every page) as CSV or Excel: the same public initiatives as the page.</summary>
    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (ExportCells.Parse(format) is not { } exportFormat)
        {
            return NotFound();
        }

        await ReadFiltersAsync(ct);
        var filter = new InitiativeFilter(Filters.Text, Filters.Country, Filters.SubRegion, Filters.Capability, Filters.GcmObjective, Status);
        var rows = InitiativeQuery.Matching(db, Taxonomy, filter)
            .Select(i => new InitiativeExportRow(
                i.Id, i.Title, i.Status,
                db.Organizations.Where(o => o.Id == i.LeadOrganizationId).Select(o => o.Name).First(),
                i.Countries, i.Capabilities, i.GcmObjectives, i.StartsOn, i.EndsOn, i.Description))
            .AsAsyncEnumerable();
        var request = new ExportRequest(ExportDatasets.Initiatives, exportFormat, [.. Filters.Values(), new("status", StatusFilter)]);
        return new ExportResult<InitiativeExportRow>(
            request, t["Initiatives"], ExportTables.Initiatives(t, Taxonomy, PortalCultures.Current), rows);
    }

    /// <summary>The address of another page of the current search.</summary>
    public string Href(int page) => Filters.Href(Url.Page("/Initiatives/Index")!, page, ("status", StatusFilter));

    /// <summary>The address of a download of the current search.</summary>
    public string ExportHref(string format) =>
        Filters.Href(Url.Page("/Initiatives/Index", "Export")!, null, ("status", StatusFilter), ("format", format));

    private string? StatusFilter => Status is { } s ? WorkCodes.Code(s) : null;

    private async Task ReadFiltersAsync(CancellationToken ct)
    {
        Taxonomy = await catalog.GetAsync(ct);
        Filters = WorkFilters.Read(Request.Query, Taxonomy);
        Status = WorkCodes.Parse<InitiativeStatus>(Request.Query["status"]);
    }
}
