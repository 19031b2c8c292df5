using Microsoft.AspNetCore.OutputCaching;
using WorkwaysPortal.Data.Listing;
using WorkwaysPortal.Documents.Tables;
using WorkwaysPortal.Web.Exports;
using WorkwaysPortal.Web.Infrastructure.Caching;

namespace WorkwaysPortal.Web.Features.Organizations;

/// <summary>The public directory: search, filters and pages of verified organizations.</summary>
[OutputCache(PolicyName = PublicPageCache.Directory)]
public sealed class IndexModel(PortalDbContext db, TaxonomyCatalog catalog, IStringLocalizer<SharedResource> t)
    : ListPageModel<DirectoryItem>(catalog)
{
    protected override string PagePath => "/Organizations/Index";

    protected override bool HasSector => true;

    protected override bool HasGcmObjectives => false;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await ReadFiltersAsync(ct);
        Results = await DirectoryQuery.SearchAsync(db, Taxonomy, Filters.ToQuery(paged: true), lastPageWhenBeyond: true, ct);
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
        var rows = DirectoryQuery.Matching(db, Taxonomy, Filters.ToQuery(paged: false))
            .Select(o => new OrganizationExportRow(
                o.Id, o.Name, o.Acronym, o.Sector, o.Countries, o.Offers, o.Seeks, o.Languages, o.Website, o.Description,
                withContacts ? o.ContactName : null, withContacts ? o.ContactEmail : null, withContacts ? o.ContactPhone : null))
            .AsAsyncEnumerable();
        return Export(
            exportFormat, ExportDatasets.Organizations, t["Organizations"],
            ExportTables.Organizations(t, Taxonomy, PortalCultures.Current, withContacts), rows, withContacts);
    }
}
