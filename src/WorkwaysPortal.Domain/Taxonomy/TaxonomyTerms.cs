namespace WorkwaysPortal.Domain.Taxonomy;

/// <summary>A taxonomy term with a stable code and its names by language.</summary>
public abstract class TaxonomyTerm
{
    public string Code { get; init; } = "";

    /// <summary>The names by language code; every term has an English one.</summary>
    public LocalizedNames Names { get; set; } = LocalizedNames.Empty;

    /// <summary>The name in the given language, or the English one when the term has none in it.</summary>
    public string NameIn(string language) => Names.In(language);
}

/// <summary>What kind of actor an organization is: civil society, government, union, …</summary>
public sealed class Sector : TaxonomyTerm
{
    public int SortOrder { get; set; }
}

/// <summary>Something an organization offers or seeks: job placement, legal aid, data collection, …</summary>
public sealed class Capability : TaxonomyTerm
{
    public int SortOrder { get; set; }
}

/// <summary>A UN M49 region (Americas, Europe, Africa, Asia, Oceania), the widest place the matching knows.</summary>
public sealed class Region : TaxonomyTerm
{
    public int SortOrder { get; set; }
}

/// <summary>A UN M49 sub-region (Central America, Caribbean, Western Europe, …), in one region.</summary>
public sealed class SubRegion : TaxonomyTerm
{
    public int SortOrder { get; set; }

    public string RegionCode { get; set; } = "";
}

/// <summary>A country by its ISO 3166-1 alpha-2 code, placed in one sub-region.</summary>
public sealed class Country : TaxonomyTerm
{
    public string SubRegionCode { get; set; } = "";
}

/// <summary>A named group of countries that staff can edit, e.g. the Northern Triangle.</summary>
public sealed class CountryGroup : TaxonomyTerm
{
    public string[] CountryCodes { get; set; } = [];
}

/// <summary>A migration corridor from an origin country to a destination country.</summary>
public sealed class Corridor
{
    public string OriginCode { get; init; } = "";
    public string DestinationCode { get; init; } = "";
}

/// <summary>A language an organization works in (ISO 639-1).</summary>
public sealed class WorkingLanguage : TaxonomyTerm
{
    public int SortOrder { get; set; }
}
