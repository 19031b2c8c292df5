using Microsoft.AspNetCore.OutputCaching;
using WorkwaysPortal.Data.Listing;
using WorkwaysPortal.Documents.Tables;
using WorkwaysPortal.Web.Exports;
using WorkwaysPortal.Web.Infrastructure.Caching;

namespace WorkwaysPortal.Web.Features.Organizations;

/// <summary>The public directory: search, filters and pages of verified organizations.</summary>
[OutputCache(PolicyName = PublicPageCache.Directory)]
public sealed class IndexModel(PortalReads reads, TaxonomyCatalog catalog, IStringLocalizer<SharedResource> t)
    : ListPageModel<DirectoryItem>(catalog)
{
    protected override string PagePath => "/Organizations/Index";

    protected override bool HasSector => true;

    protected override bool HasGcmObjectives => false;

    protected override Task<ListPage<DirectoryItem>> SearchAsync(ListFilter filter, CancellationToken ct) =>
        DirectoryQuery.SearchAsync(reads.Context, Taxonomy, filter, lastPageWhenBeyond: true, ct);

    /// <summary>Verified organizations only; contact details only for moderators, staff and administrators (<see cref="ExportRules"/>).</summary>
    protected override IActionResult Export(ExportFormat format, ListFilter filter)
    {
        var withContacts = ExportRules.MayExportContacts(User);
        return Export(
            format, ExportDatasets.Organizations, t["Organizations"], ExportTables.Organizations(t, Taxonomy, PortalCultures.Current, withContacts),
            DirectoryQuery.Matching(reads.Context, Taxonomy, filter)
                .Select(o => new OrganizationExportRow(
                    o.Id, o.Name, o.Acronym, o.Sector, o.Countries, o.Offers, o.Seeks, o.Languages, o.Website, o.Description,
                    withContacts ? o.ContactName : null, withContacts ? o.ContactEmail : null, withContacts ? o.ContactPhone : null))
                .AsAsyncEnumerable(),
            withContacts);
    }
}
