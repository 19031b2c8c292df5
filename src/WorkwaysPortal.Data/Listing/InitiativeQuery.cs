using WorkwaysPortal.Data.Access;
using WorkwaysPortal.Domain.Initiatives;
using WorkwaysPortal.Domain.Taxonomy;
using WorkwaysPortal.Domain.Text;

namespace WorkwaysPortal.Data.Listing;

/// <summary>What someone looks for among the initiatives: the shared filters and a status.</summary>
public sealed record InitiativeFilter(ListFilter List, InitiativeStatus? Status = null);

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
    DateOnly? EndsOn,
    string TextLanguage,
    TextTranslations Translations);

/// <summary>
/// The list of initiatives shared by the initiatives page, its exports and the JSON API: initiatives
/// led by verified organizations, newest first.
/// </summary>
public static class InitiativeQuery
{
    public static ListedKind<Initiative> Kind { get; } = new(
        db => Visibility.Initiatives(db, Viewer.Anonymous),
        Countries: nameof(Initiative.Countries),
        Capabilities: nameof(Initiative.Capabilities),
        GcmObjectives: nameof(Initiative.GcmObjectives),
        Sector: null,
        [new SortKey<Initiative, DateTimeOffset>(i => i.CreatedAt, Descending: true), new SortKey<Initiative, int>(i => i.Id, Descending: true)]);

    public static Task<ListPage<InitiativeListItem>> SearchAsync(
        PortalDbContext db, TaxonomySnapshot taxonomy, InitiativeFilter filter, bool lastPageWhenBeyond, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Kind.PageAsync(
            Filtered(db, taxonomy, filter),
            filter.List,
            i => new InitiativeListItem(
                i.Id, i.Title, i.Description, i.LeadOrganizationId,
                db.Organizations.Where(o => o.Id == i.LeadOrganizationId).Select(o => o.Name).First(),
                i.Countries, i.Capabilities, i.GcmObjectives, i.Status, i.StartsOn, i.EndsOn, i.TextLanguage, i.Translations),
            lastPageWhenBeyond,
            ct);
    }

    /// <summary>Every public initiative of the search, in the order of its pages, unpaged: what the exports stream.</summary>
    public static IQueryable<Initiative> Matching(PortalDbContext db, TaxonomySnapshot taxonomy, InitiativeFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Kind.InOrder(Filtered(db, taxonomy, filter), filter.List);
    }

    private static IQueryable<Initiative> Filtered(PortalDbContext db, TaxonomySnapshot taxonomy, InitiativeFilter filter)
    {
        var query = Kind.Filtered(db, taxonomy, filter.List);
        return filter.Status is { } status ? query.Where(i => i.Status == status) : query;
    }
}
