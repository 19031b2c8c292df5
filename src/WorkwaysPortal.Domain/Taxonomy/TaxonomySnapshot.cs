namespace WorkwaysPortal.Domain.Taxonomy;

/// <summary>
/// The taxonomy as it stands in the database at one moment: what codes exist and what they are
/// called. Validation and display read it; it is cheap to keep for the lifetime of a request.
/// </summary>
public sealed class TaxonomySnapshot
{
    public TaxonomySnapshot(
        IEnumerable<Sector> sectors,
        IEnumerable<Capability> capabilities,
        IEnumerable<SubRegion> subRegions,
        IEnumerable<Country> countries,
        IEnumerable<CountryGroup> countryGroups,
        IEnumerable<Corridor> corridors,
        IEnumerable<WorkingLanguage> languages,
        IEnumerable<GcmObjective>? gcmObjectives = null,
        IEnumerable<Region>? regions = null)
    {
        Regions = [.. (regions ?? SeedTaxonomy.Regions).OrderBy(r => r.SortOrder)];
        Sectors = [.. sectors.OrderBy(s => s.SortOrder)];
        Capabilities = [.. capabilities.OrderBy(c => c.SortOrder)];
        SubRegions = [.. subRegions.OrderBy(s => s.SortOrder)];
        Countries = [.. countries.OrderBy(c => c.Names.In(LocalizedNames.Fallback), StringComparer.Ordinal)];
        CountryGroups = [.. countryGroups.OrderBy(g => g.Names.In(LocalizedNames.Fallback), StringComparer.Ordinal)];
        Corridors = [.. corridors];
        Languages = [.. languages.OrderBy(l => l.SortOrder)];
        GcmObjectives = [.. (gcmObjectives ?? SeedTaxonomy.GcmObjectives).OrderBy(o => o.Number)];
        _byCode = new Dictionary<(Kind, string), TaxonomyTerm>();
        foreach (var r in Regions) _byCode[(Kind.Region, r.Code)] = r;
        foreach (var s in Sectors) _byCode[(Kind.Sector, s.Code)] = s;
        foreach (var c in Capabilities) _byCode[(Kind.Capability, c.Code)] = c;
        foreach (var r in SubRegions) _byCode[(Kind.SubRegion, r.Code)] = r;
        foreach (var c in Countries) _byCode[(Kind.Country, c.Code)] = c;
        foreach (var g in CountryGroups) _byCode[(Kind.CountryGroup, g.Code)] = g;
        foreach (var l in Languages) _byCode[(Kind.Language, l.Code)] = l;
    }

    private enum Kind
    {
        Region,
        Sector,
        Capability,
        SubRegion,
        Country,
        CountryGroup,
        Language,
    }

    private readonly Dictionary<(Kind, string), TaxonomyTerm> _byCode;

    /// <summary>The UN M49 regions, in their order (the Americas first).</summary>
    public IReadOnlyList<Region> Regions { get; }

    public IReadOnlyList<Sector> Sectors { get; }
    public IReadOnlyList<Capability> Capabilities { get; }
    public IReadOnlyList<SubRegion> SubRegions { get; }
    public IReadOnlyList<Country> Countries { get; }
    public IReadOnlyList<CountryGroup> CountryGroups { get; }
    public IReadOnlyList<Corridor> Corridors { get; }
    public IReadOnlyList<WorkingLanguage> Languages { get; }
    public IReadOnlyList<GcmObjective> GcmObjectives { get; }

    public static TaxonomySnapshot Seed { get; } = new(
        SeedTaxonomy.Sectors, SeedTaxonomy.Capabilities, SeedTaxonomy.SubRegions, SeedTaxonomy.Countries,
        SeedTaxonomy.CountryGroups, SeedTaxonomy.Corridors, SeedTaxonomy.Languages, SeedTaxonomy.GcmObjectives, SeedTaxonomy.Regions);

    public bool IsSector(string code) => _byCode.ContainsKey((Kind.Sector, code));
    public bool IsCapability(string code) => _byCode.ContainsKey((Kind.Capability, code));
    public bool IsSubRegion(string code) => _byCode.ContainsKey((Kind.SubRegion, code));
    public bool IsCountry(string code) => _byCode.ContainsKey((Kind.Country, code));
    public bool IsLanguage(string code) => _byCode.ContainsKey((Kind.Language, code));

    public bool IsGcmObjective(int number) => GcmObjectives.Any(o => o.Number == number);

    public string GcmObjectiveName(int number, string language) =>
        GcmObjectives.FirstOrDefault(o => o.Number == number)?.NameIn(language) ?? number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string SectorName(string code, string language) => Name(Kind.Sector, code, language);
    public string CapabilityName(string code, string language) => Name(Kind.Capability, code, language);
    public string SubRegionName(string code, string language) => Name(Kind.SubRegion, code, language);
    public string RegionName(string code, string language) => Name(Kind.Region, code, language);
    public string CountryName(string code, string language) => Name(Kind.Country, code, language);
    public string LanguageName(string code, string language) => Name(Kind.Language, code, language);

    /// <summary>The countries of a sub-region.</summary>
    public IReadOnlyList<string> CountriesIn(string subRegion) =>
        [.. Countries.Where(c => c.SubRegionCode == subRegion).Select(c => c.Code)];

    /// <summary>The sub-regions of a region, in their order.</summary>
    public IReadOnlyList<SubRegion> SubRegionsIn(string region) => [.. SubRegions.Where(s => s.RegionCode == region)];

    /// <summary>
    /// The countries grouped as pickers list them: by sub-region in the taxonomy's order (the Americas first,
    /// then Europe, Africa, Asia and Oceania), each sorted by its name in <paramref name="language"/>.
    /// </summary>
    public IReadOnlyList<(SubRegion SubRegion, IReadOnlyList<Country> Countries)> CountriesBySubRegion(string language) =>
        _bySubRegion.GetOrAdd(language, GroupBySubRegion);

    // Built once per language for the life of the snapshot: a page may hold several pickers (a session's participants).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<(SubRegion SubRegion, IReadOnlyList<Country> Countries)>> _bySubRegion =
        new(StringComparer.Ordinal);

    private IReadOnlyList<(SubRegion SubRegion, IReadOnlyList<Country> Countries)> GroupBySubRegion(string language)
    {
        var order = Regions.Select((r, i) => (r.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);
        var compare = StringComparer.Create(CultureOf(language), ignoreCase: true);
        return
        [
            .. SubRegions
                .OrderBy(s => order.GetValueOrDefault(s.RegionCode, int.MaxValue))
                .ThenBy(s => s.SortOrder)
                .Select(s => (s, (IReadOnlyList<Country>)[.. Countries.Where(c => c.SubRegionCode == s.Code).OrderBy(c => c.NameIn(language), compare)]))
                .Where(g => g.Item2.Count > 0),
        ];
    }

    private static System.Globalization.CultureInfo CultureOf(string language)
    {
        try
        {
            return System.Globalization.CultureInfo.GetCultureInfo(language);
        }
        catch (System.Globalization.CultureNotFoundException)
        {
            return System.Globalization.CultureInfo.InvariantCulture;
        }
    }

    private string Name(Kind kind, string code, string language) =>
        _byCode.TryGetValue((kind, code), out var term) ? term.NameIn(language) : code;
}
