using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WorkwaysPortal.Data.Matching;
using WorkwaysPortal.Domain.Matching;

namespace WorkwaysPortal.IntegrationTests.Matching;

/// <summary>The matching options as configuration gives them: the sector complementarity table over its default.</summary>
public sealed class MatchingServicesTests
{
    [Fact]
    public void Configured_complementarity_changes_and_adds_pairs_and_keeps_the_rest_of_the_default_table()
    {
        using var services = Services(new()
        {
            ["Matching:Complementarity:academia:donor"] = "0",
            ["Matching:Complementarity:trade-union:donor"] = "0.75",
        });

        var sectors = services.GetRequiredService<MatchScorer>().Sectors;

        Assert.Equal(0, sectors.Of("donor", "academia"));
        Assert.Equal(0.75, sectors.Of("donor", "trade-union"));
        Assert.Equal(SectorComplementarity.Strong, sectors.Of("government", "civil-society"));
        Assert.Equal(SectorComplementarity.Moderate, sectors.Of("academia", "government"));
    }

    [Fact]
    public void A_complementarity_out_of_range_is_refused_with_the_setting_named()
    {
        using var services = Services(new() { ["Matching:Complementarity:academia:donor"] = "2" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<MatchingOptions>>().Value);
        Assert.Contains("Matching:Complementarity:academia:donor must be from 0 to 1", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddPortalMatching(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();
}
