using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WorkwaysPortal.Data;
using WorkwaysPortal.Data.Taxonomy;
using WorkwaysPortal.Data.Work;
using WorkwaysPortal.Domain.Initiatives;
using WorkwaysPortal.Domain.Taxonomy;
using WorkwaysPortal.Web.Infrastructure;

namespace WorkwaysPortal.Web.Pages.Initiatives;

/// <summary>The public list of initiatives: search, filters and pages of the work of verified organizations.</summary>
public sealed class IndexModel(PortalDbContext db, TaxonomyCatalog catalog) : PageModel
{
    public WorkFilters Filters { get; private set; } = WorkFilters.None;
    public InitiativeStatus? Status { get; private set; }
    public ListPage<InitiativeListItem> Results { get; private set; } = new([], 0, 1, WorkList.DefaultPageSize);
    public TaxonomySnapshot Taxonomy { get; private set; } = TaxonomySnapshot.Seed;
    public bool HasFilters => Filters.Any || Status is not null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Taxonomy = await catalog.GetAsync(ct);
        Filters = WorkFilters.Read(Request.Query, Taxonomy);
        Status = WorkCodes.Parse<InitiativeStatus>(Request.Query["status"]);

        var filter = new InitiativeFilter(
            Filters.Text, Filters.Country, Filters.SubRegion, Filters.Capability, Filters.GcmObjective, Status, Filters.Page);
        Results = await InitiativeQuery.SearchAsync(db, Taxonomy, filter, ct);
        if (Results.Items.Count == 0 && Results.Total > 0)
        {
            Results = await InitiativeQuery.SearchAsync(db, Taxonomy, filter with { Page = Results.PageCount }, ct);
        }
    }

    /// <summary>The address of another page of the current search.</summary>
    public string Href(int page) =>
        Filters.Href(Url.Page("/Initiatives/Index")!, page, ("status", Status is { } s ? WorkCodes.Code(s) : null));
}
