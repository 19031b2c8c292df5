using System.Text.Json;
using WorkwaysPortal.Domain.Taxonomy;

namespace WorkwaysPortal.UnitTests.Taxonomy;

public sealed class LocalizedNamesTests
{
    [Fact]
    public void A_term_with_a_german_name_shows_it_to_german_readers_with_no_code_for_german()
    {
        // What the database would hold after staff or a migration add a fifth language: data, nothing else.
        var sector = new Sector { Code = "government", Names = LocalizedNames.FromJson("""{"en": "Government", "es": "Gobierno", "de": "Regierung"}""") };
        var taxonomy = new TaxonomySnapshot([sector], [], [], [], [], [], []);

        Assert.Equal("Regierung", sector.NameIn("de"));
        Assert.Equal("Regierung", taxonomy.SectorName("government", "de"));
        Assert.Equal("Regierung", sector.NameIn("de-AT"));
        Assert.Equal("Gobierno", sector.NameIn("es"));
    }

    [Fact]
    public void A_language_without_a_name_falls_back_to_english()
    {
        var names = LocalizedNames.FromJson("""{"en": "Donor", "es": "Donante"}""");

        Assert.Equal("Donor", names.In("fr"));
        Assert.Equal("Donor", names.In("pt"));
        Assert.Null(names.Exactly("fr"));
        Assert.Equal("", LocalizedNames.Empty.In("en"));
    }

    [Fact]
    public void The_seed_taxonomy_names_every_term_in_french_and_portuguese()
    {
        var taxonomy = TaxonomySnapshot.Seed;

        Assert.Equal("Société civile", taxonomy.SectorName("civil-society", "fr"));
        Assert.Equal("Sociedade civil", taxonomy.SectorName("civil-society", "pt"));
        Assert.Equal("Aide humanitaire", taxonomy.CapabilityName("humanitarian-assistance", "fr"));
        Assert.Equal("Assistência humanitária", taxonomy.CapabilityName("humanitarian-assistance", "pt"));
        Assert.Equal("Haïti", taxonomy.CountryName("HT", "fr"));
        Assert.Equal("Brasil", taxonomy.CountryName("BR", "pt"));
        Assert.Equal("Caraïbes", taxonomy.SubRegionName("caribbean", "fr"));
        Assert.Equal("Crioulo haitiano", taxonomy.LanguageName("ht", "pt"));
        Assert.StartsWith("Sauver des vies", taxonomy.GcmObjectiveName(8, "fr"), StringComparison.Ordinal);

        IEnumerable<LocalizedNames> all =
        [
            .. SeedTaxonomy.Sectors.Select(t => t.Names), .. SeedTaxonomy.Capabilities.Select(t => t.Names),
            .. SeedTaxonomy.SubRegions.Select(t => t.Names), .. SeedTaxonomy.Countries.Select(t => t.Names),
            .. SeedTaxonomy.CountryGroups.Select(t => t.Names), .. SeedTaxonomy.Languages.Select(t => t.Names),
            .. SeedTaxonomy.GcmObjectives.Select(o => o.Names),
        ];
        Assert.All(all, names => Assert.Equal(["en", "es", "fr", "pt"], names.All.Keys));
    }

    [Fact]
    public void Names_are_stored_as_one_json_object_and_read_back_equal()
    {
        var names = LocalizedNames.Of("Mexico", "México", "Mexique", "México").With("de", "Mexiko");

        var json = names.ToJson();

        Assert.Equal("""{"de":"Mexiko","en":"Mexico","es":"México","fr":"Mexique","pt":"México"}""", json);
        Assert.Equal(names, LocalizedNames.FromJson(json));
        Assert.Equal(names.GetHashCode(), LocalizedNames.FromJson(json).GetHashCode());
        Assert.Equal(names, JsonSerializer.Deserialize<LocalizedNames>(JsonSerializer.Serialize(names)));
    }

    [Fact]
    public void Setting_a_blank_name_removes_the_language_and_leaves_the_original_as_it_was()
    {
        var names = LocalizedNames.Of("Donor", "Donante", "Bailleur de fonds", "Doador");

        var edited = names.With("pt", " ").With("es", "Donantes");

        Assert.Equal(["en", "es", "fr"], edited.All.Keys);
        Assert.Equal("Donantes", edited.In("es"));
        Assert.Equal("Doador", names.In("pt"));
        Assert.NotEqual(names, edited);
    }
}
