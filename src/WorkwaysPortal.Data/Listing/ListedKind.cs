using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;
using WorkwaysPortal.Data.Search;
using WorkwaysPortal.Domain.Taxonomy;

namespace WorkwaysPortal.Data.Listing;

/// <summary>
/// One kind of record the portal lists (organizations, initiatives, gaps): which records the public
/// list holds, the array columns its shared filters read, and its order when no text is searched.
/// <see cref="Search"/> runs the one pipeline every list goes through: the public records, then
/// full-text search in English and Spanish (accent-insensitive, best match first), then filters on
/// GIN-indexed arrays, then a page. A new kind of listed record is one more instance of this class.
/// </summary>
/// <param name="Public">The records anyone may see (<see cref="Access.Visibility"/> for an anonymous viewer).</param>
/// <param name="Countries">The property holding the record's country codes.</param>
/// <param name="Capabilities">The property the capability filter reads (what an organization offers, a gap requires...).</param>
/// <param name="GcmObjectives">The property holding GCM objective numbers, if the kind has them.</param>
/// <param name="Sector">The property holding the sector code, if the kind has one.</param>
/// <param name="Order">The order of the list without a search, most significant key first; with a search it follows the rank.</param>
public sealed record ListedKind<T>(
    Func<PortalDbContext, IQueryable<T>> Public,
    string Countries,
    string Capabilities,
    string? GcmObjectives,
    string? Sector,
    IReadOnlyList<SortKey<T>> Order)
    where T : class
{
    /// <summary>The public records that pass the shared filters, unordered.</summary>
    public IQueryable<T> Filtered(PortalDbContext db, TaxonomySnapshot taxonomy, ListFilter filter)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(taxonomy);
        ArgumentNullException.ThrowIfNull(filter);
        var query = Public(db).AsNoTracking();
        if (SearchText.Clean(filter.Text) is { Length: > 0 } text)
        {
            query = query.Where(x => EF.Property<NpgsqlTsVector>(x, PortalSearch.VectorProperty).Matches(PortalSearch.Query(text)));
        }

        if (Sector is not null && !string.IsNullOrEmpty(filter.Sector))
        {
            var sector = filter.Sector;
            query = query.Where(x => EF.Property<string>(x, Sector) == sector);
        }

        if (!string.IsNullOrEmpty(filter.Country))
        {
            query = HavingAny(query, Countries, [filter.Country]);
        }

        if (!string.IsNullOrEmpty(filter.SubRegion))
        {
            query = HavingAny(query, Countries, [.. taxonomy.CountriesIn(filter.SubRegion)]);
        }

        if (!string.IsNullOrEmpty(filter.Capability))
        {
            query = HavingAny(query, Capabilities, [filter.Capability]);
        }

        if (GcmObjectives is not null && filter.GcmObjective is { } number)
        {
            int[] objective = [number];
            query = query.Where(x => EF.Property<int[]>(x, GcmObjectives).Any(o => objective.Contains(o)));
        }

        return query;
    }

    /// <summary>Best match first when there is text, then the kind's own order (which ends on the id, so pages never overlap).</summary>
    public IOrderedQueryable<T> InOrder(IQueryable<T> query, ListFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var ordered = SearchText.Clean(filter.Text) is { Length: > 0 } text
            ? Order[0].Then(query.OrderByDescending(x => EF.Property<NpgsqlTsVector>(x, PortalSearch.VectorProperty).Rank(PortalSearch.Query(text))))
            : Order[0].First(query);
        foreach (var key in Order.Skip(1))
        {
            ordered = key.Then(ordered);
        }

        return ordered;
    }

    /// <summary>Every public record of the search, in the order of its pages, unpaged: what the exports stream.</summary>
    public IOrderedQueryable<T> Matching(PortalDbContext db, TaxonomySnapshot taxonomy, ListFilter filter) =>
        InOrder(Filtered(db, taxonomy, filter), filter);

    /// <summary>
    /// One page of <paramref name="filtered"/> (from <see cref="Filtered"/>, maybe narrowed further), with its total.
    /// </summary>
    /// <param name="lastPageWhenBeyond">
    /// Pages show the last page when asked for one beyond it (a bookmarked address after deletions);
    /// the API answers an empty page instead.
    /// </param>
    public async Task<ListPage<TItem>> PageAsync<TItem>(
        IQueryable<T> filtered, ListFilter filter, Expression<Func<T, TItem>> select, bool lastPageWhenBeyond, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var total = await filtered.CountAsync(ct);
        var page = lastPageWhenBeyond ? Math.Min(filter.Page, ListLimits.PageCount(total, filter.PageSize)) : filter.Page;
        var items = await InOrder(filtered, filter)
            .Skip((page - 1) * filter.PageSize)
            .Take(filter.PageSize)
            .Select(select)
            .ToListAsync(ct);
        return new ListPage<TItem>(items, total, page, filter.PageSize);
    }

    private static IQueryable<T> HavingAny(IQueryable<T> query, string property, string[] codes) =>
        query.Where(x => EF.Property<string[]>(x, property).Any(c => codes.Contains(c)));
}

/// <summary>One key of a list's order (see <see cref="SortKey{T, TKey}"/>).</summary>
public abstract record SortKey<T>
{
    internal abstract IOrderedQueryable<T> First(IQueryable<T> query);

    internal abstract IOrderedQueryable<T> Then(IOrderedQueryable<T> query);
}

/// <summary>One key of a list's order, ascending or descending.</summary>
public sealed record SortKey<T, TKey>(Expression<Func<T, TKey>> Selector, bool Descending) : SortKey<T>
{
    internal override IOrderedQueryable<T> First(IQueryable<T> query) =>
        Descending ? query.OrderByDescending(Selector) : query.OrderBy(Selector);

    internal override IOrderedQueryable<T> Then(IOrderedQueryable<T> query) =>
        Descending ? query.ThenByDescending(Selector) : query.ThenBy(Selector);
}
