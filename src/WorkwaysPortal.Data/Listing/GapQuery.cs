using WorkwaysPortal.Data.Access;
using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Domain.Taxonomy;
using WorkwaysPortal.Domain.Text;

namespace WorkwaysPortal.Data.Listing;

/// <summary>What someone looks for among the gaps: the shared filters, a status and a priority.</summary>
public sealed record GapFilter(ListFilter List, GapStatus? Status = null, GapPriority? Priority = null);

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
    DateTimeOffset CreatedAt,
    string TextLanguage,
    TextTranslations Translations);

/// <summary>
/// The list of gaps shared by the gaps page, its exports and the JSON API: gaps raised by verified
/// organizations or by a session alone, newest first; the capability filter reads what a gap requires.
/// </summary>
public static class GapQuery
{
    public static ListedKind<Gap> Kind { get; } = new(
        db => Visibility.Gaps(db, Viewer.Anonymous),
        Countries: nameof(Gap.Countries),
        Capabilities: nameof(Gap.Requires),
        GcmObjectives: nameof(Gap.GcmObjectives),
        Sector: null,
        [new SortKey<Gap, DateTimeOffset>(g => g.CreatedAt, Descending: true), new SortKey<Gap, int>(g => g.Id, Descending: true)]);

    public static Task<ListPage<GapListItem>> SearchAsync(
        PortalDbContext db, TaxonomySnapshot taxonomy, GapFilter filter, bool lastPageWhenBeyond, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Kind.PageAsync(
            Filtered(db, taxonomy, filter),
            filter.List,
            g => new GapListItem(
                g.Id, g.Title, g.Description, g.Requires, g.Countries, g.GcmObjectives, g.Status, g.Priority,
                g.RaisedByOrganizationId,
                db.Organizations.Where(o => o.Id == g.RaisedByOrganizationId).Select(o => o.Name).FirstOrDefault(),
                g.CreatedAt,
                g.TextLanguage,
                g.Translations),
            lastPageWhenBeyond,
            ct);
    }

    /// <summary>Every public gap of the search, in the order of its pages, unpaged: what the exports stream.</summary>
    public static IQueryable<Gap> Matching(PortalDbContext db, TaxonomySnapshot taxonomy, GapFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Kind.InOrder(Filtered(db, taxonomy, filter), filter.List);
    }

    private static IQueryable<Gap> Filtered(PortalDbContext db, TaxonomySnapshot taxonomy, GapFilter filter)
    {
        var query = Kind.Filtered(db, taxonomy, filter.List);
        if (filter.Status is { } status)
        {
            query = query.Where(g => g.Status == status);
        }

        return filter.Priority is { } priority ? query.Where(g => g.Priority == priority) : query;
    }
}
