using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WorkwaysPortal.Data;
using WorkwaysPortal.Data.Taxonomy;
using WorkwaysPortal.Data.Work;
using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Domain.Taxonomy;
using WorkwaysPortal.Web.Infrastructure;

namespace WorkwaysPortal.Web.Pages.Gaps;

/// <summary>The public list of gaps: search, filters and pages of what verified organizations and sessions need help with.</summary>
public sealed class IndexModel(PortalDbContext db, TaxonomyCatalog catalog) : PageModel
{
    public WorkFilters Filters { get; private set; } = WorkFilters.None;
    public GapStatus? Status { get; private set; }
    public GapPriority? Priority { get; private set; }
    public ListPage<GapListItem> Results { get; private set; } = new([], 0, 1, WorkList.DefaultPageSize);
    public TaxonomySnapshot Taxonomy { get; private set; } = TaxonomySnapshot.Seed;
    public bool HasFilters => Filters.Any || Status is not null || Priority is not null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Taxonomy = await catalog.GetAsync(ct);
        Filters = WorkFilters.Read(Request.Query, Taxonomy);
        Status = WorkCodes.Parse<GapStatus>(Request.Query["status"]);
        Priority = WorkCodes.Parse<GapPriority>(Request.Query["priority"]);

        var filter = new GapFilter(
            Filters.Text, Filters.Country, Filters.SubRegion, Filters.Capability, Filters.GcmObjective, Status, Priority, Filters.Page);
        Results = await GapQuery.SearchAsync(db, Taxonomy, filter, ct);
        if (Results.Items.Count == 0 && Results.Total > 0)
        {
            Results = await GapQuery.SearchAsync(db, Taxonomy, filter with { Page = Results.PageCount }, ct);
        }
    }

    /// <summary>The address of another page of the current search.</summary>
    public string Href(int page) => Filters.Href(
        Url.Page("/Gaps/Index")!,
        page,
        ("status", Status is { } s ? WorkCodes.Code(s) : null),
        ("priority", Priority is { } p ? WorkCodes.Code(p) : null));
}
