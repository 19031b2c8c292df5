using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WorkwaysPortal.Data;
using WorkwaysPortal.Data.OrganizationDirectory;
using WorkwaysPortal.Data.Taxonomy;
using WorkwaysPortal.Documents.Tables;
using WorkwaysPortal.Domain.Taxonomy;
using WorkwaysPortal.Web.Exports;
using WorkwaysPortal.Web.Infrastructure;
using WorkwaysPortal.Web.Infrastructure.Caching;

namespace WorkwaysPortal.Web.Features.Organizations;

/// <summary>The public directory: search, filters and pages of verified organizations.</summary>
[OutputCache(PolicyName = PublicPageCache.Directory)]
public sealed class IndexModel(PortalDbContext db, TaxonomyCatalog catalog, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sector { get; set; }
    [BindProperty(SupportsGet = true)] public string? Country { get; set; }
    [BindProperty(SupportsGet = true)] public string? SubRegion { get; set; }
    [BindProperty(SupportsGet = true)] public string? Capability { get; set; }

    public DirectoryPage Results { get; private set; } = new([], 0, 1, DirectoryFilter.DefaultPageSize);
    public TaxonomySnapshot Taxonomy { get; private set; } = TaxonomySnapshot.Seed;
    public bool HasFilters { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await ReadFiltersAsync(ct);
        // "page" is also Razor Pages' own route value (the page name), so it is read from the query string itself.
        var page = int.TryParse(Request.Query["page"], out var p) ? Math.Clamp(p, 1, 1_000_000) : 1;

        var filter = new DirectoryFilter(Query, Sector, Country, SubRegion, Capability, page);
        Results = await DirectoryQuery.SearchAsync(db, Taxonomy, filter, ct);
        if (Results.Items.Count == 0 && Results.Total > 0)
        {
            Results = await DirectoryQuery.SearchAsync(db, Taxonomy, filter with { Page = Results.PageCount }, ct);
        }
    }

    /// <summary>
    /// The whole search (every page) as CSV or Excel: verified organizations only, contact details
    /// only for moderators, staff and administrators (<see cref="ExportRules"/>).
    /// </summary>
    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (ExportCells.Parse(format) is not { } exportFormat)
        {
            return NotFound();
        }

        await ReadFiltersAsync(ct);
        var withContacts = ExportRules.MayExportContacts(User);
        var rows = DirectoryQuery.Matching(db, Taxonomy, new DirectoryFilter(Query, Sector, Country, SubRegion, Capability))
            .Select(o => new OrganizationExportRow(
                o.Id, o.Name, o.Acronym, o.Sector, o.Countries, o.Offers, o.Seeks, o.Languages, o.Website, o.Description,
                withContacts ? o.ContactName : null, withContacts ? o.ContactEmail : null, withContacts ? o.ContactPhone : null))
            .AsAsyncEnumerable();
        var request = new ExportRequest(ExportDatasets.Organizations, exportFormat, FilterValues(), withContacts);
        return new ExportResult<OrganizationExportRow>(
            request, t["Organizations"], ExportTables.Organizations(t, Taxonomy, PortalCultures.Current, withContacts), rows);
    }

    /// <summary>The address of a download of the current search.</summary>
    public string ExportHref(string format) =>
        QueryHelpers.AddQueryString(
            Url.Page("/Organizations/Index", "Export")!,
            [.. FilterValues().Where(p => !string.IsNullOrEmpty(p.Value)), new("format", format)]);

    private async Task ReadFiltersAsync(CancellationToken ct)
    {
        Taxonomy = await catalog.GetAsync(ct);

        // Unknown codes or a page out of range are ignored or clamped: a hand-edited address still shows results.
        Query = Query is { Length: > DirectoryFilter.MaxTextLength } ? Query[..DirectoryFilter.MaxTextLength] : Query?.Trim();
        Sector = Known(Sector, Taxonomy.IsSector);
        Country = Known(Country?.ToUpperInvariant(), Taxonomy.IsCountry);
        SubRegion = Known(SubRegion, Taxonomy.IsSubRegion);
        Capability = Known(Capability, Taxonomy.IsCapability);
        HasFilters = !string.IsNullOrEmpty(Query) || Sector is not null || Country is not null || SubRegion is not null || Capability is not null;
    }

    private List<KeyValuePair<string, string?>> FilterValues() =>
    [
        new("q", Query),
        new("sector", Sector),
        new("country", Country),
        new("subRegion", SubRegion),
        new("capability", Capability),
    ];

    /// <summary>The address of another page of the current search.</summary>
    public string Href(int page)
    {
        var query = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["q"] = Query,
            ["sector"] = Sector,
            ["country"] = Country,
            ["subRegion"] = SubRegion,
            ["capability"] = Capability,
            ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return QueryHelpers.AddQueryString(
            Url.Page("/Organizations/Index")!,
            query.Where(p => !string.IsNullOrEmpty(p.Value)));
    }

    private static string? Known(string? code, Func<string, bool> isKnown) =>
        !string.IsNullOrWhiteSpace(code) && isKnown(code.Trim()) ? code.Trim() : null;
}
