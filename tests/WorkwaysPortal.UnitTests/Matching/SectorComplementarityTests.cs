using WorkwaysPortal.Domain.Matching;
using WorkwaysPortal.Domain.Taxonomy;

namespace WorkwaysPortal.UnitTests.Matching;

public sealed class SectorComplementarityTests
{
    private static readonly SectorComplementarity Table = new(SectorComplementarity.DefaultTable());

    [Fact]
    public void The_table_is_symmetric_and_between_0_and_1_for_every_seed_sector()
    {
        foreach (var a in SeedTaxonomy.Sectors)
        {
            foreach (var b in SeedTaxonomy.Sectors)
            {
                Assert.Equal(Table.Of(a.Code, b.Code), Table.Of(b.Code, a.Code));
                Assert.InRange(Table.Of(a.Code, b.Code), 0, 1);
            }
        }
    }

    [Theory]
    [InlineData("civil-society", "government")]
    [InlineData("government", "international-organization")]
    [InlineData("employers-organization", "trade-union")]
    [InlineData("government", "trade-union")]
    [InlineData("migrant-organization", "employers-organization")]
    public void The_multi_stakeholder_core_complements_strongly(string a, string b) =>
        Assert.Equal(SectorComplementarity.Strong, Table.Of(a, b));

    [Theory]
    [InlineData("civil-society")]
    [InlineData("trade-union")]
    [InlineData("donor")]
    [InlineData("academia")]
    public void A_sector_does_not_complement_itself(string sector) => Assert.Equal(0, Table.Of(sector, sector));

    [Fact]
    public void Governments_of_origin_and_destination_complement_each_other_moderately() =>
        Assert.Equal(SectorComplementarity.Moderate, Table.Of("government", "government"));

    [Fact]
    public void Unknown_sectors_complement_nothing() => Assert.Equal(0, Table.Of("guild", "government"));

    [Fact]
    public void The_strong_complements_of_a_sector_come_first()
    {
        var complements = Table.Complements("trade-union");

        Assert.Equal(
            [("civil-society", 1.0), ("employers-organization", 1.0), ("government", 1.0), ("international-organization", 1.0), ("migrant-organization", 1.0)],
            complements.Take(5));
        Assert.Contains(("academia", SectorComplementarity.Moderate), complements);
        Assert.DoesNotContain(complements, c => c.Sector == "trade-union");
    }

    [Fact]
    public void The_options_default_to_the_table_and_each_gets_its_own_copy()
    {
        var options = new MatchingOptions();
        options.Complementarity["government"]["trade-union"] = 0;

        Assert.Equal(SectorComplementarity.Strong, new MatchingOptions().Complementarity["government"]["trade-union"]);
        Assert.Equal(SectorComplementarity.Strong, Table.Of("government", "trade-union"));
        Assert.Equal(0, new SectorComplementarity(options.Complementarity).Of("trade-union", "government"));
    }
}
