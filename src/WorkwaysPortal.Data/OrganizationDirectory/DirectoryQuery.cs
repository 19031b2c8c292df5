using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;
using WorkwaysPortal.Data.Search;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Taxonomy;

namespace WorkwaysPortal.Data.OrganizationDirectory;

/// <summary>What someone looks for in the public directory. Codes are taxonomy codes.</summary>
public sealed record DirectoryFilter(
    string? Text = null,
    string? Sector = null,
    string? Country = null,
    string? SubRegion = null,
    string? Capability = null,
    int Page = 1,
    int PageSize = DirectoryFilter.DefaultPageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int MaxTextLength = 200;
}

public sealed record DirectoryItem(
    int Id, string Name, string? Acronym, string Sector, string[] Countries, string[] Offers, string[] Seeks, string Description);

public sealed record DirectoryPage(IReadOnlyList<DirectoryItem> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}

/// <summary>
/// The directory search shared by the directory page and the JSON API: verified organizations only,
/// full-text search in English and Spanish (accent-insensitive), filters on GIN-indexed arrays.
/// </summary>
public static class DirectoryQuery
{
    public static async Task<DirectoryPage> SearchAsync(PortalDbContext db, TaxonomySnapshot taxonomy, DirectoryFilter filter, CancellationToken ct)
    {
        var query = Filtered(db, taxonomy, filter);
        var total = await query.CountAsync(ct);
        var items = await InOrder(query, filter)
            .Skip((filter.Page - 1) * filter.PageSize)
            .Take(filter.PageSize)
            .Select(o => new DirectoryItem(o.Id, o.Name, o.Acronym, o.Sector, o.Countries, o.Offers, o.Seeks, o.Description))
            .ToListAsync(ct);
        return new DirectoryPage(items, total, filter.Page, filter.PageSize);
    }

    /// <summary>
    /// Every organization of the search, in the order of its pages (best match first when there is
    /// text, otherwise by name), unpaged: what the exports stream.
    /// </summary>
    public static IQueryable<Organization> Matching(PortalDbContext db, TaxonomySnapshot taxonomy, DirectoryFilter filter) =>
        InOrder(Filtered(db, taxonomy, filter), filter);

    private static IQueryable<Organization> Filtered(PortalDbContext db, TaxonomySnapshot taxonomy, DirectoryFilter filter)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(taxonomy);
        ArgumentNullException.ThrowIfNull(filter);

        var query = db.Organizations.AsNoTracking().Where(o => o.Status == VerificationStatus.Verified);
        var text = SearchText.Clean(filter.Text);
        if (!string.IsNullOrEmpty(text))
        {
            query = query.Where(o => EF.Property<NpgsqlTsVector>(o, PortalSearch.VectorProperty).Matches(PortalSearch.Query(text)));
        }

        if (!string.IsNullOrEmpty(filter.Sector))
        {
            query = query.Where(o => o.Sector == filter.Sector);
        }

        if (!string.IsNullOrEmpty(filter.Country))
        {
            string[] country = [filter.Country];
            query = query.Where(o => o.Countries.Any(c => country.Contains(c)));
        }

        if (!string.IsNullOrEmpty(filter.SubRegion))
        {
            var countries = taxonomy.CountriesIn(filter.SubRegion).ToArray();
            query = query.Where(o => o.Countries.Any(c => countries.Contains(c)));
        }

        if (!string.IsNullOrEmpty(filter.Capability))
        {
            string[] capability = [filter.Capability];
            query = query.Where(o => o.Offers.Any(c => capability.Contains(c)));
        }

        return query;
    }

    private static IOrderedQueryable<Organization> InOrder(IQueryable<Organization> query, DirectoryFilter filter)
    {
        var text = SearchText.Clean(filter.Text);
        return string.IsNullOrEmpty(text)
            ? query.OrderBy(o => o.Name).ThenBy(o => o.Id)
            : query.OrderByDescending(o => EF.Property<NpgsqlTsVector>(o, PortalSearch.VectorProperty).Rank(PortalSearch.Query(text)))
                .ThenBy(o => o.Name).ThenBy(o => o.Id);
    }
}
