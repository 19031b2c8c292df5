using WorkwaysPortal.Domain.Taxonomy;

namespace WorkwaysPortal.UnitTests.Taxonomy;

public sealed class SeedTaxonomyTests
{
    [Fact]
    public void The_specification_sectors_and_capabilities_are_all_there()
    {
        Assert.Equal(11, SeedTaxonomy.Sectors.Count);
        Assert.Equal(20, SeedTaxonomy.Capabilities.Count);
        Assert.Contains(SeedTaxonomy.Sectors, s => s.Code == "employers-organization");
        Assert.Contains(SeedTaxonomy.Capabilities, c => c.Code == "coordination-platform");
    }

    [Fact]
    public void Every_country_belongs_to_a_known_sub_region_and_codes_are_unique()
    {
        var regions = SeedTaxonomy.SubRegions.Select(r => r.Code).ToHashSet();

        Assert.All(SeedTaxonomy.Countries, c => Assert.Contains(c.SubRegionCode, regions));
        Assert.Equal(SeedTaxonomy.Countries.Count, SeedTaxonomy.Countries.Select(c => c.Code).Distinct().Count());
        Assert.All(SeedTaxonomy.Countries, c => Assert.Matches("^[A-Z]{2}$", c.Code));
    }

    [Fact]
    public void Corridors_and_groups_only_use_known_countries()
    {
        var countries = SeedTaxonomy.Countries.Select(c => c.Code).ToHashSet();

        Assert.Equal(20, SeedTaxonomy.Corridors.Count);
        Assert.All(SeedTaxonomy.Corridors, c => Assert.True(countries.Contains(c.OriginCode) && countries.Contains(c.DestinationCode)));
        Assert.All(SeedTaxonomy.CountryGroups.SelectMany(g => g.CountryCodes), c => Assert.Contains(c, countries));
        Assert.Equal(["GT", "HN", "SV"], SeedTaxonomy.CountryGroups.Single(g => g.Code == "northern-triangle").CountryCodes);
    }

    [Fact]
    public void The_snapshot_names_terms_in_both_languages_and_lists_sub_regions()
    {
        var taxonomy = TaxonomySnapshot.Seed;

        Assert.Equal("México", taxonomy.CountryName("MX", "es"));
        Assert.Equal("Mexico", taxonomy.CountryName("MX", "en"));
        Assert.Equal("XX", taxonomy.CountryName("XX", "en"));
        Assert.Equal(["BZ", "CR", "SV", "GT", "HN", "MX", "NI", "PA"], taxonomy.CountriesIn("central-america"));
    }
}
