using WorkwaysPortal.Domain.Matching;
using WorkwaysPortal.Domain.Taxonomy;
using static WorkwaysPortal.UnitTests.Matching.Build;

namespace WorkwaysPortal.UnitTests.Matching;

public sealed class MatchScorerTests
{
    private static readonly string[] Capabilities = [.. SeedTaxonomy.Capabilities.Select(c => c.Code)];
    private static readonly string[] Sectors = [.. SeedTaxonomy.Sectors.Select(s => s.Code)];
    private static readonly string[] Countries = ["GT", "HN", "SV", "MX", "US", "CA", "CR", "NI", "PA", "CO", "VE", "PE", "EC", "CL", "AR", "HT", "DO", "CU", "SY", "BR"];
    private static readonly string[] Languages = ["es", "en", "fr", "pt", "ht"];

    [Fact]
    public void A_candidate_that_fits_on_every_factor_scores_1_and_one_that_fits_on_none_scores_0()
    {
        var scorer = Scorer();
        var target = Organization(
            seeks: ["legal-aid"], offers: ["research"], countries: ["GT"], sector: "civil-society", languages: ["es"], hasText: true);

        var perfect = scorer.Explain(target, Candidate(
            sector: "government", countries: ["GT"], offers: ["legal-aid"], seeks: ["research"], languages: ["es"], text: 1));
        var nothing = scorer.Explain(target, Candidate(
            sector: "civil-society", countries: ["DE"], offers: ["funding"], seeks: ["funding"], languages: ["fr"], text: 0));

        Assert.Equal(1, perfect.Score, 12);
        Assert.Equal(0, nothing.Score);
        Assert.Empty(nothing.Reasons);
    }

    [Fact]
    public void Factors_the_target_gives_no_data_for_are_left_out_rather_than_counted_as_zero()
    {
        var scorer = Scorer();

        // A gap raised in a session: no sector, no languages, no text. Only capability fit and geography apply.
        var gap = Gap(requires: ["vocational-training"], countries: ["GT"]);
        var result = scorer.Explain(gap, Candidate(offers: ["vocational-training"], countries: ["GT"], sector: "government", languages: ["es"]));

        Assert.Equal(1, result.Score, 12);
        Assert.Equal(0, scorer.WeightOf(gap, MatchFactor.SectorComplementarity));
        Assert.Equal(0, scorer.WeightOf(gap, MatchFactor.SharedLanguage));
        Assert.Equal(0, scorer.WeightOf(gap, MatchFactor.TextSimilarity));
        Assert.Equal([MatchFactor.CapabilityFit, MatchFactor.Geography], result.Reasons.Select(r => r.Factor).Distinct());
    }

    [Fact]
    public void The_score_is_the_weighted_mean_of_the_factors()
    {
        var scorer = Scorer();
        var target = Organization(seeks: ["legal-aid", "job-placement"], countries: ["GT"], sector: "civil-society", languages: ["es"], hasText: true);

        // Half the needs offered in a country of the same group (0.5 x (0.2 + 0.8 x 0.6)), geography 0.6 (Honduras:
        // Northern Triangle), sector 0.5 (academia), language 1, text 0.3; no offers, so no giving back.
        var result = scorer.Explain(target, Candidate(sector: "academia", countries: ["HN"], offers: ["legal-aid"], languages: ["es"], text: 0.3));

        var capability = 0.5 * (0.2 + (0.8 * 0.6));
        var expected = ((0.45 * capability) + (0.15 * 0.6) + (0.05 * 0.5) + (0.05 * 1) + (0.15 * 0.3)) / (0.45 + 0.15 + 0.05 + 0.05 + 0.15);
        Assert.Equal(expected, result.Score, 12);
        Assert.Equal(result.Score, result.Reasons.Sum(r => r.Contribution), 12);
    }

    [Fact]
    public void A_factor_with_weight_zero_gives_no_reason_even_when_its_value_is_positive()
    {
        var scorer = Scorer(o => o.Weights.SharedLanguage = 0);
        var result = scorer.Explain(Organization(languages: ["es"], countries: ["GT"]), Candidate(languages: ["es"], countries: ["GT"]));

        Assert.Equal(1, result.Factors.SharedLanguage);
        Assert.DoesNotContain(result.Reasons, r => r is SharedLanguage);
        Assert.Contains(result.Reasons, r => r is AlsoWorksIn);
    }

    [Fact]
    public void Reasons_are_listed_biggest_contribution_first()
    {
        var scorer = Scorer();
        var target = Organization(seeks: ["legal-aid"], countries: ["GT"], sector: "civil-society", languages: ["es"]);

        var result = scorer.Explain(target, Candidate(offers: ["legal-aid"], countries: ["HN"], sector: "government", languages: ["es"]));

        Assert.Equal(
            [typeof(OffersRequired), typeof(SharedGroup), typeof(SectorComplement), typeof(SharedLanguage)],
            result.Reasons.Select(r => r.GetType()));
        Assert.True(result.Reasons.Zip(result.Reasons.Skip(1)).All(p => p.First.Contribution >= p.Second.Contribution));
    }

    [Fact]
    public void Ranking_is_best_first_and_equal_scores_are_ordered_by_id()
    {
        var scorer = Scorer();
        var target = Gap(requires: ["legal-aid"], countries: ["PE"]);
        MatchCandidate[] candidates =
        [
            Candidate(id: 30, offers: ["legal-aid"], countries: ["PE"]),
            Candidate(id: 7, offers: ["legal-aid"], countries: ["CL"]),
            Candidate(id: 12, offers: ["legal-aid"], countries: ["PE"]),
            Candidate(id: 3, offers: ["research"], countries: ["PE"]),
            Candidate(id: 20, offers: ["legal-aid"], countries: ["PE"]),
        ];

        var ranked = scorer.Rank(target, candidates, 10);
        var reversed = scorer.Rank(target, [.. candidates.Reverse()], 10);

        Assert.Equal([12, 20, 30, 7, 3], ranked.Select(r => r.Candidate.Id));
        Assert.Equal(ranked.Select(r => (r.Candidate.Id, r.Score)), reversed.Select(r => (r.Candidate.Id, r.Score)));
        Assert.Equal([12, 20], scorer.Rank(target, candidates, 2).Select(r => r.Candidate.Id));
    }

    [Fact]
    public void Ranking_nothing_or_asking_for_nothing_gives_nothing()
    {
        var scorer = Scorer();
        Assert.Empty(scorer.Rank(Gap(requires: ["legal-aid"]), [], 10));
        Assert.Empty(scorer.Rank(Gap(requires: ["legal-aid"]), [Candidate(offers: ["legal-aid"])], 0));
    }

    [Fact]
    public void Scores_stay_between_0_and_1_and_are_the_same_every_time_for_random_cases()
    {
        var random = new Random(20261125);
        var scorer = Scorer();
        for (var i = 0; i < 2000; i++)
        {
            var target = RandomTarget(random);
            var candidate = RandomCandidate(random, i);

            var first = scorer.Explain(target, candidate);
            var second = scorer.Explain(target, candidate with { });

            Assert.InRange(first.Score, 0, 1);
            Assert.Equal(first.Score, second.Score);
            Assert.Equal(first.Reasons.Select(r => r.GetType()), second.Reasons.Select(r => r.GetType()));
        }
    }

    [Fact]
    public void For_random_cases_each_factor_has_a_reason_exactly_when_it_adds_to_the_score_and_the_reason_is_true_of_the_data()
    {
        var random = new Random(4);
        var scorer = Scorer();
        for (var i = 0; i < 2000; i++)
        {
            var target = RandomTarget(random);
            var candidate = RandomCandidate(random, i);
            var result = scorer.Explain(target, candidate);

            foreach (var factor in Enum.GetValues<MatchFactor>())
            {
                var adds = scorer.WeightOf(target, factor) * result.Factors[factor] > 0;
                Assert.True(adds == result.Reasons.Any(r => r.Factor == factor), $"Case {i}: {factor} adds {adds}, reasons: {string.Join(", ", result.Reasons)}");
            }

            foreach (var reason in result.Reasons)
            {
                Assert.True(IsTrue(reason, target, candidate), $"Case {i}: {reason} is not true of the data.");
            }
        }
    }

    private static bool IsTrue(MatchReason reason, MatchTarget target, MatchCandidate candidate) => reason switch
    {
        OffersRequired r => r.Capabilities.Count > 0 && r.Capabilities.All(c => target.Needs.Contains(c) && candidate.Offers.Contains(c))
                            && target.Needs.Where(candidate.Offers.Contains).Count() == r.Capabilities.Count,
        SeeksWhatTargetOffers r => r.Capabilities.Count > 0 && r.Capabilities.All(c => target.Offers.Contains(c) && candidate.Seeks.Contains(c)),
        AlsoWorksIn r => r.Countries.Count > 0 && r.Countries.All(c => target.Places.Countries.Contains(c) && candidate.Countries.Contains(c)),
        SharedGroup r => r.Countries.Count > 0
                         && target.Places.Groups.Single(g => g.Code == r.Group).Countries.Intersect(target.Places.Countries).Any()
                         && r.Countries.All(c => candidate.Countries.Contains(c) && !target.Places.Countries.Contains(c)),
        CorridorEnd r => r.Countries.Count > 0 && target.Places.Countries.Any(r.Corridor.Touches)
                         && r.Countries.All(c => candidate.Countries.Contains(c) && r.Corridor.Touches(c) && !target.Places.Countries.Contains(c)),
        SameSubRegion r => r.Countries.Count > 0
                           && r.Countries.All(c => candidate.Countries.Contains(c)
                                                   && TaxonomySnapshot.Seed.Countries.Single(x => x.Code == c).SubRegionCode == r.SubRegion)
                           && target.Places.Countries.Any(c => TaxonomySnapshot.Seed.Countries.Single(x => x.Code == c).SubRegionCode == r.SubRegion),
        SameRegion r => r.Countries.Count > 0
                        && r.Countries.All(c => candidate.Countries.Contains(c) && RegionOf(c) == r.Region)
                        && target.Places.Countries.Any(c => RegionOf(c) == r.Region)
                        && !candidate.Countries.Any(c => target.Places.IsAround(c)),
        SectorComplement r => r.CandidateSector == candidate.Sector && r.TargetSector == target.Sector
                              && Scorer().Sectors.Of(r.CandidateSector, r.TargetSector) > 0,
        SharedLanguage r => r.Languages.Count > 0 && r.Languages.All(l => target.Languages.Contains(l) && candidate.Languages.Contains(l)),
        SimilarDescription r => target.HasText && r.Similarity >= new MatchingOptions().MinTextSimilarity
                                && Math.Abs(r.Similarity - Math.Min(1, candidate.TextSimilarity)) < 1e-12,
        _ => false,
    };

    private static string RegionOf(string country)
    {
        var subRegion = TaxonomySnapshot.Seed.Countries.Single(x => x.Code == country).SubRegionCode;
        return TaxonomySnapshot.Seed.SubRegions.Single(s => s.Code == subRegion).RegionCode;
    }

    private static MatchTarget RandomTarget(Random random)
    {
        var countries = Pick(random, Countries, random.Next(0, 4));
        return random.Next(3) switch
        {
            0 => Organization(
                seeks: Pick(random, Capabilities, random.Next(0, 5)), offers: Pick(random, Capabilities, random.Next(0, 5)),
                countries: countries, sector: Sectors[random.Next(Sectors.Length)], languages: Pick(random, Languages, random.Next(0, 3)),
                hasText: random.Next(2) == 0),
            1 => Gap(
                requires: Pick(random, Capabilities, random.Next(0, 4)), countries: countries,
                sector: random.Next(3) == 0 ? null : Sectors[random.Next(Sectors.Length)],
                languages: Pick(random, Languages, random.Next(0, 2)), hasText: random.Next(2) == 0),
            _ => MatchTarget.ForSearch(Pick(random, Capabilities, random.Next(0, 4)), Geography.Around(countries), random.Next(2) == 0),
        };
    }

    private static MatchCandidate RandomCandidate(Random random, int id) => Candidate(
        id: id,
        sector: Sectors[random.Next(Sectors.Length)],
        countries: Pick(random, Countries, random.Next(1, 5)),
        offers: Pick(random, Capabilities, random.Next(0, 6)),
        seeks: Pick(random, Capabilities, random.Next(0, 5)),
        languages: Pick(random, Languages, random.Next(0, 3)),
        text: Math.Round(random.NextDouble() * 1.2, 3));

    private static string[] Pick(Random random, string[] from, int count) =>
        [.. from.OrderBy(_ => random.Next()).Take(count)];
}
