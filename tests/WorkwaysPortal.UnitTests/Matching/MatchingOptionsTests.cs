using WorkwaysPortal.Domain.Matching;

namespace WorkwaysPortal.UnitTests.Matching;

public sealed class MatchingOptionsTests
{
    [Fact]
    public void The_defaults_are_usable() => Assert.Empty(new MatchingOptions().Problems());

    [Fact]
    public void A_negative_or_not_a_number_weight_is_refused()
    {
        var options = new MatchingOptions();
        options.Weights.Geography = -0.1;
        options.Weights.TextSimilarity = double.NaN;

        var problems = options.Problems();

        Assert.Contains(problems, p => p.Contains("Matching:Weights:Geography", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Matching:Weights:TextSimilarity", StringComparison.Ordinal));
    }

    [Fact]
    public void Weights_that_are_all_zero_are_refused()
    {
        var options = new MatchingOptions
        {
            Weights = new MatchingWeights { CapabilityFit = 0, GivesBack = 0, Geography = 0, SectorComplementarity = 0, SharedLanguage = 0, TextSimilarity = 0 },
        };

        Assert.Contains(options.Problems(), p => p.Contains("must not all be zero", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0.3, 0.3)]
    [InlineData(0.7, 0.6)]
    [InlineData(0.3, 1.0)]
    [InlineData(-0.1, 0.6)]
    public void Geography_levels_must_keep_country_above_group_above_sub_region(double subRegion, double group)
    {
        var options = new MatchingOptions { SubRegionLevel = subRegion, GroupOrCorridorLevel = group };

        Assert.Contains(options.Problems(), p => p.Contains("SubRegionLevel", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(0.45)]
    [InlineData(0.5)]
    public void The_region_level_must_be_below_the_sub_region_level(double region)
    {
        var options = new MatchingOptions { RegionLevel = region };

        Assert.Contains(options.Problems(), p => p.Contains("Matching:RegionLevel", StringComparison.Ordinal));
        Assert.Empty(new MatchingOptions { RegionLevel = 0.2 }.Problems());
    }

    [Fact]
    public void Limits_out_of_range_are_refused()
    {
        var options = new MatchingOptions { MinTextSimilarity = 1, MaxKeywords = 0, CandidatePoolSize = 5, ExaminePerTier = 4 };

        Assert.Equal(4, options.Problems().Count);
    }

    [Fact]
    public void Examining_fewer_rows_in_all_than_the_first_tier_or_the_pool_is_refused()
    {
        Assert.Empty(new MatchingOptions().Problems());
        var problem = Assert.Single(new MatchingOptions { ExamineInAll = 250 }.Problems());
        Assert.Contains("Matching:ExamineInAll", problem, StringComparison.Ordinal);
        Assert.Single(new MatchingOptions { ExaminePerTier = 600, ExamineInAll = 500 }.Problems());
    }

    [Fact]
    public void A_complementarity_out_of_0_to_1_or_given_both_ways_with_different_values_is_refused()
    {
        var options = new MatchingOptions();
        options.Complementarity["academia"]["donor"] = 1.5;
        options.Complementarity["government"] = new() { ["civil-society"] = 0.5 };

        var problems = options.Problems();

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("Matching:Complementarity:academia:donor must be from 0 to 1", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Matching:Complementarity:civil-society:government is 1", StringComparison.Ordinal)
                                       && p.Contains("Matching:Complementarity:government:civil-society is 0.5", StringComparison.Ordinal));
    }

    [Fact]
    public void The_scorer_refuses_unusable_options() =>
        Assert.Throws<ArgumentException>(() => new MatchScorer(new MatchingOptions { SubRegionLevel = 0.9 }));
}
