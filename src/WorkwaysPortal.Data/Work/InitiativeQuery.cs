using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;
using WorkwaysPortal.Data.Search;
using WorkwaysPortal.Domain.Initiatives;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Taxonomy;

namespace WorkwaysPortal.Data.Work;

/// <summary>What someone looks for among the initiatives. Codes are taxonomy codes.</summary>
public sealed record InitiativeFilter(
    string? Text = null,
    string? Country = null,
    string? SubRegion = null,
    string? Capability = null,
    int? GcmObjective = null,
    InitiativeStatus? Status = null,
    int Page = 1,
    int PageSize = WorkList.DefaultPageSize);

public sealed record InitiativeListItem(
    int Id,
    string Title,
    string Description,
    int LeadOrganizationId,
    string LeadOrganizationName,
    string[] Countries,
    string[] Capabilities,
    int[] GcmObjectives,
    InitiativeStatus Status,
    DateOnly? StartsOn,
    DateOnly? EndsOn);

/// <summary>
/// The list of initiatives shared by the initiatives page and the JSON API: only initiatives led
/// by verified organizations are public; full-text search in English and Spanish
/// (accent-insensitive) and filters on GIN-indexed arrays, newest first.
/// </summary>
public static class InitiativeQuery
{
    /// <summary>The initiatives anyone may see.</summary>
    public static IQueryable<Initiative> Public(PortalDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Initiatives.AsNoTracking().Where(i =>
            db.Organizations.Any(o => o.Id == i.LeadOrganizationId && o.Status == VerificationStatus.Verified));
    }

    public static async Task<ListPage<InitiativeListItem>> SearchAsync(
        PortalDbContext db, TaxonomySnapshot taxonomy, InitiativeFilter filter, CancellationToken ct)
    {
        var query = Filtered(db, taxonomy, filter);
        var total = await query.CountAsync(ct);
        var items = await InOrder(query, filter)
            .Skip((filter.Page - 1) * filter.PageSize)
            .Take(filter.PageSize)
            .Select(i => new InitiativeListItem(
                i.Id, i.Title, i.Description, i.LeadOrganizationId,
                db.Organizations.Where(o => o.Id == i.LeadOrganizationId).Select(o => o.Name).First(),
                i.Countries, i.Capabilities, i.GcmObjectives, i.Status, i.StartsOn, i.EndsOn))
            .ToListAsync(ct);
        return new ListPage<InitiativeListItem>(items, total, filter.Page, filter.PageSize);
    }

    /// <summary>
    /// Every public initiative of the search, in the order of its pages (best match first when there is
    /// text, otherwise newest first), unpaged: what the exports stream.
    /// </summary>
    public static IQueryable<Initiative> Matching(PortalDbContext db, TaxonomySnapshot taxonomy, InitiativeFilter filter) =>
        InOrder(Filtered(db, taxonomy, filter), filter);

    private static IQueryable<Initiative> Filtered(PortalDbContext db, TaxonomySnapshot taxonomy, InitiativeFilter filter)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(taxonomy);
        ArgumentNullException.ThrowIfNull(filter);

        var query = Public(db);
        var text = SearchText.Clean(filter.Text);
        var hasText = !string.IsNullOrEmpty(text);
        if (hasText)
        {
            query = query.Where(i => EF.Property<NpgsqlTsVector>(i, PortalSearch.VectorProperty).Matches(PortalSearch.Query(text!)));
        }

        if (!string.IsNullOrEmpty(filter.Country))
        {
            string[] country = [filter.Country];
            query = query.Where(i => i.Countries.Any(c => country.Contains(c)));
        }

        if (!string.IsNullOrEmpty(filter.SubRegion))
        {
            var countries = taxonomy.CountriesIn(filter.SubRegion).ToArray();
            query = query.Where(i => i.Countries.Any(c => countries.Contains(c)));
        }

        if (!string.IsNullOrEmpty(filter.Capability))
        {
            string[] capability = [filter.Capability];
            query = query.Where(i => i.Capabilities.Any(c => capability.Contains(c)));
        }

        if (filter.GcmObjective is { } number)
        {
            int[] objective = [number];
            query = query.Where(i => i.GcmObjectives.Any(o => objective.Contains(o)));
        }

        if (filter.Status is { } status)
        {
            query = query.Where(i => i.Status == status);
        }

        return query;
    }

    private static IOrderedQueryable<Initiative> InOrder(IQueryable<Initiative> query, InitiativeFilter filter)
    {
        var text = SearchText.Clean(filter.Text);
        var hasText = !string.IsNullOrEmpty(text);
        return hasText
            ? query.OrderByDescending(i => EF.Property<NpgsqlTsVector>(i, PortalSearch.VectorProperty).Rank(PortalSearch.Query(text!)))
                .ThenByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id)
            : query.OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id);
    }
}
