using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using WorkwaysPortal.Data.Listing;

namespace WorkwaysPortal.Web.Features;

/// <summary>
/// The filters every list page shares (search text, sector, sub-region, country, capability, GCM
/// objective and page), read leniently from the address: unknown codes are dropped and the page is
/// clamped, so a hand-edited address still shows results. A list whose records have no sector (or
/// no GCM objectives) does not read one.
/// </summary>
public sealed record ListFilters(
    string? Text, string? Sector, string? Country, string? SubRegion, string? Capability, int? GcmObjective, int Page)
{
    public static ListFilters None { get; } = new(null, null, null, null, null, null, 1);

    public bool Any =>
        Text is not null || Sector is not null || Country is not null || SubRegion is not null || Capability is not null || GcmObjective is not null;

    public static ListFilters Read(IQueryCollection query, TaxonomySnapshot taxonomy, bool withSector, bool withGcmObjective)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(taxonomy);
        // Control characters (a NUL from a hand-made address) are dropped, not the whole search.
        var text = new string([.. query["q"].ToString().Where(c => !char.IsControl(c) || char.IsWhiteSpace(c))]).Trim();
        if (text.Length > ListLimits.MaxTextLength)
        {
            text = text[..ListLimits.MaxTextLength].Trim();
        }

        var objective = withGcmObjective && int.TryParse(query["gcmObjective"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && taxonomy.IsGcmObjective(n)
            ? n
            : (int?)null;

        // "page" is also Razor Pages' own route value (the page name), so it is read from the query string itself.
        var page = long.TryParse(query["page"], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var p)
            ? (int)Math.Clamp(p, 1, ListLimits.MaxPage)
            : 1;
        return new ListFilters(
            text.Length == 0 ? null : text,
            withSector ? Known(query["sector"], taxonomy.IsSector) : null,
            Known(query["country"].ToString().ToUpperInvariant(), taxonomy.IsCountry),
            Known(query["subRegion"], taxonomy.IsSubRegion),
            Known(query["capability"].ToString().ToLowerInvariant(), taxonomy.IsCapability),
            objective,
            page);
    }

    /// <summary>The query of the Data layer: this page of results, or every row (page 1 of all) for an export.</summary>
    public ListFilter ToQuery(bool paged) =>
        new(Text, Country, SubRegion, Capability, GcmObjective, Sector, Page: paged ? Page : 1);

    /// <summary>The filters by their names in the address (empty ones included), as an export's audit event records them.</summary>
    public IReadOnlyList<(string Name, string? Value)> Values() =>
    [
        ("q", Text), ("sector", Sector), ("country", Country), ("subRegion", SubRegion), ("capability", Capability),
        ("gcmObjective", GcmObjective?.ToString(CultureInfo.InvariantCulture)),
    ];

    /// <summary>The address of a list with these filters and some more (empty ones left out; no page, no page number).</summary>
    public string Href(string path, int? page, params (string Name, string? Value)[] more)
    {
        ArgumentNullException.ThrowIfNull(more);
        (string Name, string? Value)[] all = [.. Values(), .. more, ("page", page?.ToString(CultureInfo.InvariantCulture))];
        return QueryHelpers.AddQueryString(
            path, all.Where(f => !string.IsNullOrEmpty(f.Value)).Select(f => new KeyValuePair<string, string?>(f.Name, f.Value)));
    }

    /// <summary>Whether these filters can be saved for alerts: a capability, a place, a sector or words (a GCM objective alone cannot).</summary>
    public bool Savable => Text is not null || Sector is not null || Country is not null || SubRegion is not null || Capability is not null;

    /// <summary>
    /// The "save this filter" page for these filters: the directory's as a partners search (what an organization offers,
    /// where it works, its sector, words), the gaps list's as a gaps search.
    /// </summary>
    public string SaveHref(Domain.Alerts.SavedSearchKind kind)
    {
        (string Name, string? Value)[] all =
        [
            ("seeks", Capability), ("countries", Country), ("subRegions", SubRegion), ("sectors", Sector), ("text", Text),
            ("kind", kind == Domain.Alerts.SavedSearchKind.Gaps ? kind.ToString() : null),
        ];
        return QueryHelpers.AddQueryString(
            "/Alerts/Save", all.Where(f => !string.IsNullOrEmpty(f.Value)).Select(f => new KeyValuePair<string, string?>(f.Name, f.Value)));
    }

    private static string? Known(string? code, Func<string, bool> isKnown) =>
        !string.IsNullOrWhiteSpace(code) && isKnown(code.Trim()) ? code.Trim() : null;
}
