using WorkwaysPortal.Domain.Matching;
using static WorkwaysPortal.UnitTests.Matching.Build;

namespace WorkwaysPortal.UnitTests.Matching;

public sealed class MatchGeographyTests
{
    [Fact]
    public void The_places_around_a_country_are_its_groups_corridors_sub_region_and_region()
    {
        var places = Geography.Around(["GT"]);

        Assert.Equal(["GT"], places.Countries);
        Assert.Equal(["northern-triangle"], places.Groups.Select(g => g.Code));
        Assert.Equal(["GT-US", "GT-MX", "GT-CA", "GT-BZ"], places.Corridors.Select(c => c.Code));
        Assert.Equal(["central-america"], places.SubRegions.Select(r => r.Code));
        Assert.Equal(["BZ", "CA", "HN", "MX", "SV", "US"], places.NearCountries);
        Assert.Equal(["CR", "NI", "PA"], places.SubRegionCountries);
        Assert.Equal(["americas"], places.Regions.Select(r => r.Code));
        Assert.Contains("AR", places.RegionWideCountries);
        Assert.Contains("JM", places.RegionWideCountries);
        Assert.DoesNotContain("PA", places.RegionWideCountries);
        Assert.DoesNotContain("US", places.RegionWideCountries);
        Assert.DoesNotContain("ES", places.RegionWideCountries);
    }

    [Theory]
    [InlineData("GT", PlaceLevel.Country)]
    [InlineData("SV", PlaceLevel.GroupOrCorridor)]
    [InlineData("US", PlaceLevel.GroupOrCorridor)]
    [InlineData("PA", PlaceLevel.SubRegion)]
    [InlineData("AR", PlaceLevel.Region)]
    [InlineData("BR", PlaceLevel.Region)]
    [InlineData("DE", PlaceLevel.None)]
    [InlineData("ZZ", PlaceLevel.None)]
    public void Each_country_has_one_level_relative_to_the_places(string country, PlaceLevel level) =>
        Assert.Equal(level, Geography.Around(["GT"]).LevelOf(country));

    [Fact]
    public void A_search_adds_the_places_chosen_to_those_around_the_countries_chosen()
    {
        var places = Geography.Chosen(["PE"], ["caribbean"], ["northern-triangle"], [new CorridorKey("SY", "CA")]);

        Assert.Equal(["PE"], places.Countries);
        Assert.Equal(["northern-triangle"], places.Groups.Select(g => g.Code));
        Assert.Equal(["VE-PE", "SY-CA"], places.Corridors.Select(c => c.Code));
        Assert.Equal(["caribbean", "south-america"], places.SubRegions.Select(r => r.Code));
        Assert.Equal(PlaceLevel.GroupOrCorridor, places.LevelOf("SY"));
        Assert.Equal(PlaceLevel.SubRegion, places.LevelOf("JM"));
    }

    [Theory]
    [InlineData("ES", PlaceLevel.Country)]
    [InlineData("PT", PlaceLevel.SubRegion)]
    [InlineData("DE", PlaceLevel.Region)]
    [InlineData("SN", PlaceLevel.None)]
    [InlineData("US", PlaceLevel.None)]
    public void Any_country_of_the_world_has_its_sub_region_and_region(string country, PlaceLevel level)
    {
        var places = Geography.Around(["ES"]);

        Assert.Equal(level, places.LevelOf(country));
        Assert.Equal(["southern-europe"], places.SubRegions.Select(r => r.Code));
        Assert.Equal(["europe"], places.Regions.Select(r => r.Code));
        Assert.Equal(level >= PlaceLevel.SubRegion, places.IsAround(country));
    }

    [Fact]
    public void Unknown_countries_and_nothing_chosen_give_no_places()
    {
        Assert.True(Geography.Around(["ZZ"]).IsEmpty);
        Assert.True(Geography.Chosen([], [], [], []).IsEmpty);
        Assert.True(MatchPlaces.None.IsEmpty);
    }

    [Theory]
    [InlineData("gt-us", true, "GT-US")]
    [InlineData(" VE-CO ", true, "VE-CO")]
    [InlineData("GTUS", false, null)]
    [InlineData("GUA-US", false, null)]
    [InlineData("", false, null)]
    [InlineData(null, false, null)]
    public void Corridor_codes_are_two_country_codes_joined_by_a_dash(string? code, bool valid, string? parsed)
    {
        Assert.Equal(valid, CorridorKey.TryParse(code, out var corridor));
        if (valid)
        {
            Assert.Equal(parsed, corridor.Code);
        }
    }
}
