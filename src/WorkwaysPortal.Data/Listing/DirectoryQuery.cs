using WorkwaysPortal.Data.Access;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Taxonomy;
using WorkwaysPortal.Domain.Text;

namespace WorkwaysPortal.Data.Listing;

public sealed record DirectoryItem(
    int Id, string Name, string? Acronym, string Sector, string[] Countries, string[] Offers, string[] Seeks, string Description,
    string TextLanguage, TextTranslations Translations);

/// <summary>
/// The public directory shared by the directory page, its exports and the JSON API: verified
/// organizations by name; the capability filter reads what an organization offers.
/// </summary>
public static class DirectoryQuery
{
    public static ListedKind<Organization> Kind { get; } = new(
        db => Visibility.Organizations(db, Viewer.Anonymous),
        Countries: nameof(Organization.Countries),
        Capabilities: nameof(Organization.Offers),
        GcmObjectives: null,
        Sector: nameof(Organization.Sector),
        [new SortKey<Organization, string>(o => o.Name, Descending: false), new SortKey<Organization, int>(o => o.Id, Descending: false)]);

    public static Task<ListPage<DirectoryItem>> SearchAsync(
        PortalDbContext db, TaxonomySnapshot taxonomy, ListFilter filter, bool lastPageWhenBeyond, CancellationToken ct) =>
        Kind.PageAsync(
            Kind.Filtered(db, taxonomy, filter),
            filter,
            o => new DirectoryItem(o.Id, o.Name, o.Acronym, o.Sector, o.Countries, o.Offers, o.Seeks, o.Description, o.TextLanguage, o.Translations),
            lastPageWhenBeyond,
            ct);

    /// <summary>Every organization of the search, in the order of its pages, unpaged: what the exports stream.</summary>
    public static IQueryable<Organization> Matching(PortalDbContext db, TaxonomySnapshot taxonomy, ListFilter filter) =>
        Kind.Matching(db, taxonomy, filter);
}
