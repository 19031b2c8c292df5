using WorkwaysPortal.Domain.Alerts;
using WorkwaysPortal.Domain.Matching;
using WorkwaysPortal.Web.Features.Partners;

namespace WorkwaysPortal.Web.Features.Alerts;

/// <summary>A saved search shown to people: its criteria in words, its frequency, and the Find partners address that runs it.</summary>
public static class SavedSearchText
{
    /// <summary>The summary of a search of its kind: a gaps search says it watches gaps ("New gaps: Language training · Honduras").</summary>
    public static string Summary(SavedSearchKind kind, SavedCriteria criteria, TaxonomySnapshot taxonomy, IStringLocalizer t, string language)
    {
        ArgumentNullException.ThrowIfNull(t);
        var summary = Summary(criteria, taxonomy, t, language);
        return kind == SavedSearchKind.Gaps ? t["New gaps: {0}", summary] : summary;
    }

    /// <summary>"Language training · Honduras, Guatemala · “nurses”", in the UI language.</summary>
    public static string Summary(SavedCriteria criteria, TaxonomySnapshot taxonomy, IStringLocalizer t, string language)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(taxonomy);
        var parts = new List<string>();
        void Add(IEnumerable<string> names)
        {
            var list = MatchReasonText.List(names, t);
            if (list.Length > 0)
            {
                parts.Add(list);
            }
        }

        Add(criteria.Seeks.Select(c => taxonomy.CapabilityName(c, language)));
        Add(criteria.Countries.Select(c => taxonomy.CountryName(c, language)));
        Add(criteria.SubRegions.Select(r => taxonomy.SubRegionName(r, language)));
        Add(criteria.Groups.Select(g => taxonomy.CountryGroups.FirstOrDefault(x => x.Code == g)?.NameIn(language) ?? g));
        Add(criteria.Corridors.Select(c => CorridorKey.TryParse(c, out var k)
            ? $"{taxonomy.CountryName(k.Origin, language)} → {taxonomy.CountryName(k.Destination, language)}"
            : c));
        Add(criteria.Sectors.Select(s => taxonomy.SectorName(s, language)));
        if (!string.IsNullOrWhiteSpace(criteria.Text))
        {
            parts.Add($"“{criteria.Text}”");
        }

        return string.Join(" · ", parts);
    }

    public static string Frequency(AlertFrequency frequency, IStringLocalizer t, SavedSearchKind kind = SavedSearchKind.Partners)
    {
        ArgumentNullException.ThrowIfNull(t);
        return frequency switch
        {
            AlertFrequency.Instant when kind == SavedSearchKind.Gaps => t["As soon as a gap is raised"],
            AlertFrequency.Instant => t["As soon as a partner registers"],
            AlertFrequency.Daily => t["Once a day"],
            _ => t["Once a week"],
        };
    }

    /// <summary>Where the search runs: Find partners, or the gaps list with its filter.</summary>
    public static string RunUrl(SavedSearchKind kind, SavedCriteria criteria)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        if (kind != SavedSearchKind.Gaps)
        {
            return FindUrl(criteria);
        }

        var query = new List<KeyValuePair<string, string?>>
        {
            new("q", criteria.Text),
            new("capability", (criteria.Seeks.Count > 0 ? criteria.Seeks[0] : null)),
            new("country", (criteria.Countries.Count > 0 ? criteria.Countries[0] : null)),
            new("subRegion", (criteria.SubRegions.Count > 0 ? criteria.SubRegions[0] : null)),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/Gaps", query.Where(p => !string.IsNullOrEmpty(p.Value)));
    }

    /// <summary>The address of Find partners that runs the search.</summary>
    public static string FindUrl(SavedCriteria criteria)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var query = new List<KeyValuePair<string, string?>>();
        void Add(string name, IEnumerable<string> values) => query.AddRange(values.Select(v => new KeyValuePair<string, string?>(name, v)));
        Add("seeks", criteria.Seeks);
        Add("countries", criteria.Countries);
        Add("subRegions", criteria.SubRegions);
        Add("groups", criteria.Groups);
        Add("corridors", criteria.Corridors);
        Add("sectors", criteria.Sectors);
        if (!string.IsNullOrWhiteSpace(criteria.Text))
        {
            query.Add(new("text", criteria.Text));
        }

        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/Partners/Find", query);
    }
}
