using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;
using WorkwaysPortal.Data.Search;
using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Taxonomy;

namespace WorkwaysPortal.Data.Work;

/// <summary>What someone looks for among the gaps. Codes are taxonomy codes.</summary>
public sealed record GapFilter(
    string? Text = null,
    string? Country = null,
    string? SubRegion = null,
    string? Capability = null,
    int? GcmObjective = null,
    GapStatus? Status = null,
    GapPriority? Priority = null,
    int Page = 1,
    int PageSize = WorkList.DefaultPageSize);

public sealed record GapListItem(
    int Id,
    string Title,
    string Description,
    string[] Requires,
    string[] Countries,
    int[] GcmObjectives,
    GapStatus Status,
    GapPriority Priority,
    int? OrganizationId,
    string? OrganizationName,
    DateTimeOffset CreatedAt);

/// <summary>
/// The list of gaps shared by the gaps page and the JSON API: only gaps raised by verified
/// organizations or by no organization (a session) are public; full-text search in English and
/// Spanish (accent-insensitive) and filters on GIN-indexed arrays, newest first.
/// </summary>
public static class GapQuery
{
    /// <summary>The gaps anyone may see.</summary>
    public static IQueryable<Gap> Public(PortalDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Gaps.AsNoTracking().Where(g =>
            g.RaisedByOrganizationId == null
            || db.Organizations.Any(o => o.Id == g.RaisedByOrganizationId && o.Status == VerificationStatus.Verified));
    }

    public static async Task<ListPage<GapListItem>> SearchAsync(PortalDbContext db, TaxonomySnapshot taxonomy, GapFilter filter, CancellationToken ct)
    {
        var query = Filtered(db, taxonomy, filter);
        var total = await query.CountAsync(ct);
        var items = await InOrder(query, filter)
            .Skip((filter.Page - 1) * filter.PageSize)
            .Take(filter.PageSize)
            .Select(g => new GapListItem(
                g.Id, g.Title, g.Description, g.Requires, g.Countries, g.GcmObjectives, g.Status, g.Priority,
                g.RaisedByOrganizationId,
                db.Organizations.Where(o => o.Id == g.RaisedByOrganizationId).Select(o => o.Name).FirstOrDefault(),
                g.CreatedAt))
            .ToListAsync(ct);
        return new ListPage<GapListItem>(items, total, filter.Page, filter.PageSize);
    }

    /// <summary>
    /// Every public gap of the search, in the order of its pages (best match first when there is
    /// text, otherwise newest first), unpaged: what the exports stream.
    /// </summary>
    public static IQueryable<Gap> Matching(PortalDbContext db, TaxonomySnapshot taxonomy, GapFilter filter) =>
        InOrder(Filtered(db, taxonomy, filter), filter);

    private static IQueryable<Gap> Filtered(PortalDbContext db, TaxonomySnapshot taxonomy, GapFilter filter)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(taxonomy);
        ArgumentNullException.ThrowIfNull(filter);

        var query = Public(db);
        var text = SearchText.Clean(filter.Text);
        var hasText = !string.IsNullOrEmpty(text);
        if (hasText)
        {
            query = query.Where(g => EF.Property<NpgsqlTsVector>(g, PortalSearch.VectorProperty).Matches(PortalSearch.Query(text!)));
        }

        if (!string.IsNullOrEmpty(filter.Country))
        {
            string[] country = [filter.Country];
            query = query.Where(g => g.Countries.Any(c => country.Contains(c)));
        }

        if (!string.IsNullOrEmpty(filter.SubRegion))
        {
            var countries = taxonomy.CountriesIn(filter.SubRegion).ToArray();
            query = query.Where(g => g.Countries.Any(c => countries.Contains(c)));
        }

        if (!string.IsNullOrEmpty(filter.Capability))
        {
            string[] capability = [filter.Capability];
            query = query.Where(g => g.Requires.Any(c => capability.Contains(c)));
        }

        if (filter.GcmObjective is { } number)
        {
            int[] objective = [number];
            query = query.Where(g => g.GcmObjectives.Any(o => objective.Contains(o)));
        }

        if (filter.Status is { } status)
        {
            query = query.Where(g => g.Status == status);
        }

        if (filter.Priority is { } priority)
        {
            query = query.Where(g => g.Priority == priority);
        }

        return query;
    }

    private static IOrderedQueryable<Gap> InOrder(IQueryable<Gap> query, GapFilter filter)
    {
        var text = SearchText.Clean(filter.Text);
        var hasText = !string.IsNullOrEmpty(text);
        return hasText
            ? query.OrderByDescending(g => EF.Property<NpgsqlTsVector>(g, PortalSearch.VectorProperty).Rank(PortalSearch.Query(text!)))
                .ThenByDescending(g => g.CreatedAt).ThenByDescending(g => g.Id)
            : query.OrderByDescending(g => g.CreatedAt).ThenByDescending(g => g.Id);
    }
}
