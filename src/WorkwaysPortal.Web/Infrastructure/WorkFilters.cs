using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using WorkwaysPortal.Data.Work;
using WorkwaysPortal.Domain.Taxonomy;

namespace WorkwaysPortal.Web.Infrastructure;

/// <summary>
/// The filters that the lists of initiatives and gaps share, read leniently from the address:
/// unknown codes are dropped and the page is clamped, so a hand-edited address still shows results.
/// </summary>
public sealed record WorkFilters(
    string? Text, string? Country, string? SubRegion, string? Capability, int? GcmObjective, int Page)
{
    public static WorkFilters None { get; } = new(null, null, null, null, null, 1);

    public bool Any => Text is not null || Country is not null || SubRegion is not null || Capability is not null || GcmObjective is not null;

    public static WorkFilters Read(IQueryCollection query, TaxonomySnapshot taxonomy)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(taxonomy);
        var text = query["q"].ToString().Trim();
        if (text.Length > WorkList.MaxTextLength)
        {
            text = text[..WorkList.MaxTextLength].Trim();
        }

        var objective = int.TryParse(query["gcmObjective"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && taxonomy.IsGcmObjective(n)
            ? n
            : (int?)null;

        // "page" is also Razor Pages' own route value (the page name), so it is read from the query string itself.
        var page = long.TryParse(query["page"], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var p)
            ? (int)Math.Clamp(p, 1, WorkList.MaxPage)
            : 1;
        return new WorkFilters(
            text.Length == 0 || text.Any(c => char.IsControl(c) && !char.IsWhiteSpace(c)) ? null : text,
            Known(query["country"].ToString().ToUpperInvariant(), taxonomy.IsCountry),
            Known(query["subRegion"], taxonomy.IsSubRegion),
            Known(query["capability"].ToString().ToLowerInvariant(), taxonomy.IsCapability),
            objective,
            page);
    }

    /// <summary>The filters by their names in the address (empty ones included), as an export's audit event records them.</summary>
    public IReadOnlyList<KeyValuePair<string, string?>> Values() =>
    [
        new("q", Text), new("country", Country), new("subRegion", SubRegion), new("capability", Capability),
        new("gcmObjective", GcmObjective?.ToString(CultureInfo.InvariantCulture)),
    ];

    /// <summary>The address of a page of a list with these filters and some more (empty ones left out; no page, no page number).</summary>
    public string Href(string path, int? page, params (string Name, string? Value)[] more)
    {
        ArgumentNullException.ThrowIfNull(more);
        (string Name, string? Value)[] all =
        [
            ("q", Text), ("country", Country), ("subRegion", SubRegion), ("capability", Capability),
            ("gcmObjective", GcmObjective?.ToString(CultureInfo.InvariantCulture)),
            .. more,
            ("page", page?.ToString(CultureInfo.InvariantCulture)),
        ];
        return QueryHelpers.AddQueryString(
            path, all.Where(f => !string.IsNullOrEmpty(f.Value)).Select(f => new KeyValuePair<string, string?>(f.Name, f.Value)));
    }

    private static string? Known(string? code, Func<string, bool> isKnown) =>
        !string.IsNullOrWhiteSpace(code) && isKnown(code.Trim()) ? code.Trim() : null;
}
