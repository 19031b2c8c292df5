using System.Runtime.CompilerServices;
using WorkwaysPortal.Domain.Taxonomy;

namespace WorkwaysPortal.Domain.Matching;

/// <summary>A migration corridor by its ends' country codes; written <c>GT-US</c> in addresses and the API.</summary>
public readonly record struct CorridorKey(string Origin, string Destination)
{
    public string Code => $"{Origin}-{Destination}";

    public bool Touches(string country) => Origin == country || Destination == country;

    public static bool TryParse(string? code, out CorridorKey corridor)
    {
        corridor = default;
        var parts = (code ?? "").Trim().ToUpperInvariant().Split('-');
        if (parts.Length != 2 || parts[0].Length != 2 || parts[1].Length != 2)
        {
            return false;
        }

        corridor = new CorridorKey(parts[0], parts[1]);
        return true;
    }
}

/// <summary>A named group, a sub-region or a region, with its countries.</summary>
public sealed record PlaceArea(string Code, IReadOnlyList<string> Countries);

/// <summary>
/// The places a target is about, resolved against the taxonomy: its own countries (a candidate working
/// in one of them shares a country), the named groups and migration corridors around them (a candidate
/// in another country of the group, or at the other end of a corridor, counts less), their
/// sub-regions (less again) and their regions (least). Build it with <see cref="MatchGeography.Around"/>
/// or <see cref="MatchGeography.Chosen"/>.
/// </summary>
public sealed class MatchPlaces
{
    internal MatchPlaces(
        IReadOnlyList<string> countries, IReadOnlyList<PlaceArea> groups, IReadOnlyList<CorridorKey> corridors, IReadOnlyList<PlaceArea> subRegions,
        IReadOnlyList<PlaceArea> regions)
    {
        Countries = countries;
        Groups = groups;
        Corridors = corridors;
        SubRegions = subRegions;
        Regions = regions;
        var near = new List<string>();
        foreach (var country in groups.SelectMany(g => g.Countries).Concat(corridors.SelectMany(c => new[] { c.Origin, c.Destination })))
        {
            if (!countries.Contains(country) && !near.Contains(country))
            {
                near.Add(country);
            }
        }

        NearCountries = [.. near.Order(StringComparer.Ordinal)];
        SubRegionCountries =
        [
            .. subRegions.SelectMany(r => r.Countries).Where(c => !countries.Contains(c) && !near.Contains(c)).Distinct().Order(StringComparer.Ordinal),
        ];
        RegionWideCountries =
        [
            .. regions.SelectMany(r => r.Countries)
                .Where(c => !countries.Contains(c) && !near.Contains(c) && !SubRegionCountries.Contains(c))
                .Distinct()
                .Order(StringComparer.Ordinal),
        ];
        foreach (var country in RegionWideCountries)
        {
            _levelOf[country] = PlaceLevel.Region;
        }

        foreach (var country in SubRegionCountries)
        {
            _levelOf[country] = PlaceLevel.SubRegion;
        }

        foreach (var country in NearCountries)
        {
            _levelOf[country] = PlaceLevel.GroupOrCorridor;
        }

        foreach (var country in countries)
        {
            _levelOf[country] = PlaceLevel.Country;
        }
    }

    private readonly Dictionary<string, PlaceLevel> _levelOf = new(StringComparer.Ordinal);

    public static MatchPlaces None { get; } = new([], [], [], [], []);

    /// <summary>The countries themselves: a candidate that works in one of them shares a country.</summary>
    public IReadOnlyList<string> Countries { get; }

    public IReadOnlyList<PlaceArea> Groups { get; }

    public IReadOnlyList<CorridorKey> Corridors { get; }

    public IReadOnlyList<PlaceArea> SubRegions { get; }

    /// <summary>The UN M49 regions of the places (Americas, Europe, …).</summary>
    public IReadOnlyList<PlaceArea> Regions { get; }

    /// <summary>Countries of the groups and corridor ends, other than <see cref="Countries"/>.</summary>
    public IReadOnlyList<string> NearCountries { get; }

    /// <summary>Countries of the sub-regions, other than <see cref="Countries"/> and <see cref="NearCountries"/>.</summary>
    public IReadOnlyList<string> SubRegionCountries { get; }

    /// <summary>Countries of the regions, other than those of the levels above.</summary>
    public IReadOnlyList<string> RegionWideCountries { get; }

    public bool IsEmpty => Countries.Count == 0 && Groups.Count == 0 && Corridors.Count == 0 && SubRegions.Count == 0 && Regions.Count == 0;

    /// <summary>Whether any country is near these places at all: without one, nothing is far away either.</summary>
    public bool HasCountries => Countries.Count + NearCountries.Count + SubRegionCountries.Count + RegionWideCountries.Count > 0;

    /// <summary>How close a country is to these places: one of the countries, near them, in their sub-regions, in their regions, or none.</summary>
    public PlaceLevel LevelOf(string country) => _levelOf.TryGetValue(country, out var level) ? level : PlaceLevel.None;

    /// <summary>
    /// Whether a country is around these places: one of them, near them or in their sub-regions. A country that only
    /// shares their region (Brazil for Guatemala) scores a little for geography but is not where something is sought.
    /// </summary>
    public bool IsAround(string country) => LevelOf(country) >= PlaceLevel.SubRegion;
}

/// <summary>How close a candidate's country is to the target's places, from the farthest.</summary>
public enum PlaceLevel
{
    None = 0,
    Region = 1,
    SubRegion = 2,
    GroupOrCorridor = 3,
    Country = 4,
}

/// <summary>The geography of the taxonomy as the matching needs it: groups, corridors, sub-regions and regions of countries.</summary>
public sealed class MatchGeography
{
    private static readonly ConditionalWeakTable<TaxonomySnapshot, MatchGeography> Cache = [];

    private readonly Dictionary<string, string> _subRegionOf;
    private readonly Dictionary<string, string> _regionOf;
    private readonly IReadOnlyList<PlaceArea> _groups;
    private readonly IReadOnlyList<PlaceArea> _subRegions;
    private readonly IReadOnlyList<PlaceArea> _regions;
    private readonly IReadOnlyList<CorridorKey> _corridors;

    /// <param name="subRegions">The sub-regions with their regions; without them (or for a sub-region not among them) a country has no region.</param>
    public MatchGeography(IEnumerable<Country> countries, IEnumerable<CountryGroup> groups, IEnumerable<Corridor> corridors, IEnumerable<SubRegion>? subRegions = null)
    {
        ArgumentNullException.ThrowIfNull(countries);
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(corridors);
        var all = countries.ToList();
        _subRegionOf = all.ToDictionary(c => c.Code, c => c.SubRegionCode, StringComparer.Ordinal);
        var regionOfSubRegion = (subRegions ?? []).Where(s => s.RegionCode.Length > 0).ToDictionary(s => s.Code, s => s.RegionCode, StringComparer.Ordinal);
        _regionOf = all.Where(c => regionOfSubRegion.ContainsKey(c.SubRegionCode))
            .ToDictionary(c => c.Code, c => regionOfSubRegion[c.SubRegionCode], StringComparer.Ordinal);
        _regions =
        [
            .. _regionOf.GroupBy(p => p.Value, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new PlaceArea(g.Key, [.. g.Select(p => p.Key).Order(StringComparer.Ordinal)])),
        ];
        _subRegions =
        [
            .. all.GroupBy(c => c.SubRegionCode, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new PlaceArea(g.Key, [.. g.Select(c => c.Code).Order(StringComparer.Ordinal)])),
        ];
        _groups = [.. groups.OrderBy(g => g.Code, StringComparer.Ordinal).Select(g => new PlaceArea(g.Code, [.. g.CountryCodes.Order(StringComparer.Ordinal)]))];
        _corridors = [.. corridors.Select(c => new CorridorKey(c.OriginCode, c.DestinationCode))];
    }

    /// <summary>The geography of a taxonomy snapshot, built once per snapshot.</summary>
    public static MatchGeography From(TaxonomySnapshot taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        return Cache.GetValue(taxonomy, t => new MatchGeography(t.Countries, t.CountryGroups, t.Corridors, t.SubRegions));
    }

    public IReadOnlyList<CorridorKey> Corridors => _corridors;

    public bool IsCorridor(CorridorKey corridor) => _corridors.Contains(corridor);

    public bool IsGroup(string code) => _groups.Any(g => g.Code == code);

    /// <summary>The places around an organization's or a gap's countries.</summary>
    public MatchPlaces Around(IReadOnlyCollection<string> countries)
    {
        ArgumentNullException.ThrowIfNull(countries);
        return Chosen(countries, [], [], []);
    }

    /// <summary>
    /// The places someone chose in a search: the countries, plus the named groups, corridors and
    /// sub-regions they picked and those around the countries they picked, and the regions of those
    /// countries and sub-regions. Unknown codes are ignored.
    /// </summary>
    public MatchPlaces Chosen(
        IReadOnlyCollection<string> countries, IReadOnlyCollection<string> subRegions, IReadOnlyCollection<string> groups, IReadOnlyCollection<CorridorKey> corridors)
    {
        ArgumentNullException.ThrowIfNull(countries);
        ArgumentNullException.ThrowIfNull(subRegions);
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(corridors);
        string[] exact = [.. countries.Where(_subRegionOf.ContainsKey).Distinct(StringComparer.Ordinal)];
        var chosenSubRegions = subRegions.Concat(exact.Select(c => _subRegionOf[c])).ToHashSet(StringComparer.Ordinal);
        var chosenRegions = _subRegions.Where(r => chosenSubRegions.Contains(r.Code))
            .SelectMany(r => r.Countries)
            .Where(_regionOf.ContainsKey)
            .Select(c => _regionOf[c])
            .ToHashSet(StringComparer.Ordinal);
        return new MatchPlaces(
            exact,
            [.. _groups.Where(g => groups.Contains(g.Code) || g.Countries.Any(exact.Contains))],
            [.. _corridors.Where(c => corridors.Contains(c) || exact.Any(c.Touches))],
            [.. _subRegions.Where(r => chosenSubRegions.Contains(r.Code))],
            [.. _regions.Where(r => chosenRegions.Contains(r.Code))]);
    }
}
