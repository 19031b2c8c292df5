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
        IEnumerable<GcmObjective>? gcmObjectives = null)
    {
        Sectors = [.. sectors.OrderBy(s => s.SortOrder)];
        Capabilities = [.. capabilities.OrderBy(c => c.SortOrder)];
        SubRegions = [.. subRegions.OrderBy(s => s.SortOrder)];
        Countries = [.. countries.OrderBy(c => c.Names.In(LocalizedNames.Fallback), StringComparer.Ordinal)];
        CountryGroups = [.. countryGroups.OrderBy(g => g.Names.In(LocalizedNames.Fallback), StringComparer.Ordinal)];
        Corridors = [.. corridors];
        Languages = [.. languages.OrderBy(l => l.SortOrder)];
        GcmObjectives = [.. (gcmObjectives ?? SeedTaxonomy.GcmObjectives).OrderBy(o => o.Number)];
        _byCode = new Dictionary<(Kind, string), TaxonomyTerm>();
        foreach (var s in Sectors) _byCode[(Kind.Sector, s.Code)] = s;
        foreach (var c in Capabilities) _byCode[(Kind.Capability, c.Code)] = c;
        foreach (var r in SubRegions) _byCode[(Kind.SubRegion, r.Code)] = r;
        foreach (var c in Countries) _byCode[(Kind.Country, c.Code)] = c;
        foreach (var g in CountryGroups) _byCode[(Kind.CountryGroup, g.Code)] = g;
        foreach (var l in Languages) _byCode[(Kind.Language, l.Code)] = l;
    }

    private enum Kind
    {
        Sector,
        Capability,
        SubRegion,
        Country,
        CountryGroup,
        Language,
    }

    private readonly Dictionary<(Kind, string), TaxonomyTerm> _byCode;

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
        SeedTaxonomy.CountryGroups, SeedTaxonomy.Corridors, SeedTaxonomy.Languages, SeedTaxonomy.GcmObjectives);

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
    public string CountryName(string code, string language) => Name(Kind.Country, code, language);
    public string LanguageName(string code, string language) => Name(Kind.Language, code, language);

    /// <summary>The countries of a sub-region.</summary>
    public IReadOnlyList<string> CountriesIn(string subRegion) =>
        [.. Countries.Where(c => c.SubRegionCode == subRegion).Select(c => c.Code)];

    private string Name(Kind kind, string code, string language) =>
        _byCode.TryGetValue((kind, code), out var term) ? term.NameIn(language) : code;
}
