using WorkwaysPortal.Domain.Matching;
using static WorkwaysPortal.UnitTests.Matching.Build;

namespace WorkwaysPortal.UnitTests.Matching;

/// <summary>Each factor on its own, with every other factor switched off (weight 0).</summary>
public sealed class MatchScorerFactorTests
{
    private static MatchScorer Only(MatchFactor factor, Action<MatchingOptions>? configure = null) => Scorer(o =>
    {
        configure?.Invoke(o);
        o.Weights = new MatchingWeights
        {
            CapabilityFit = factor == MatchFactor.CapabilityFit ? 1 : 0,
            GivesBack = factor == MatchFactor.GivesBack ? 1 : 0,
            Geography = factor == MatchFactor.Geography ? 1 : 0,
            SectorComplementarity = factor == MatchFactor.SectorComplementarity ? 1 : 0,
            SharedLanguage = factor == MatchFactor.SharedLanguage ? 1 : 0,
            TextSimilarity = factor == MatchFactor.TextSimilarity ? 1 : 0,
        };
    });

    [Fact]
    public void Capability_fit_is_the_share_of_needs_the_candidate_offers()
    {
        var scorer = Only(MatchFactor.CapabilityFit);
        var target = Gap(requires: ["vocational-training", "language-training", "legal-aid", "job-placement"]);

        var half = scorer.Explain(target, Candidate(offers: ["language-training", "vocational-training", "health-services"]));
        var none = scorer.Explain(target, Candidate(offers: ["health-services"]));
        var all = scorer.Explain(target, Candidate(offers: ["job-placement", "legal-aid", "language-training", "vocational-training"]));

        Assert.Equal(0.5, half.Score, 12);
        var reason = Assert.IsType<OffersRequired>(Assert.Single(half.Reasons));
        Assert.Equal(["vocational-training", "language-training"], reason.Capabilities);
        Assert.Equal(0, none.Score);
        Assert.Empty(none.Reasons);
        Assert.Equal(1, all.Score, 12);
    }

    [Fact]
    public void An_offer_counts_whole_where_the_target_works_and_less_the_farther_away_it_is()
    {
        var scorer = Only(MatchFactor.CapabilityFit);
        var target = Gap(requires: ["vocational-training"], countries: ["HN"]);

        double FitIn(string country) => scorer.Explain(target, Candidate(countries: [country], offers: ["vocational-training"])).Score;

        Assert.Equal(1, FitIn("HN"), 12);
        Assert.Equal(0.2 + (0.8 * 0.6), FitIn("GT"), 12); // Northern Triangle
        Assert.Equal(0.2 + (0.8 * 0.45), FitIn("CR"), 12); // Central America
        Assert.Equal(0.2, FitIn("HT"), 12); // only the region (the Americas): as far as elsewhere, Matching:ReachElsewhere
        Assert.Equal(0.2, FitIn("DE"), 12); // nothing shared: Matching:ReachElsewhere
    }

    [Fact]
    public void Without_places_an_offer_counts_whole()
    {
        var scorer = Only(MatchFactor.CapabilityFit);

        var result = scorer.Explain(Gap(requires: ["vocational-training"]), Candidate(countries: ["HT"], offers: ["vocational-training"]));

        Assert.Equal(1, result.Score, 12);
    }

    [Fact]
    public void A_candidate_that_neither_offers_what_is_needed_nor_seeks_what_is_offered_is_scaled_down()
    {
        var scorer = Scorer();
        var target = Organization(seeks: ["vocational-training"], offers: ["research"], countries: ["GT"], languages: ["es"]);
        var unrelated = Candidate(countries: ["GT"], offers: ["health-services"], seeks: ["funding"], languages: ["es"]);
        var helpsBack = unrelated with { Seeks = ["research"] };

        var factors = scorer.Measure(target, unrelated);
        var unscaled = Scorer(o => o.UnrelatedScale = 1).Score(target, factors);

        Assert.True(MatchScorer.IsUnrelated(target, factors));
        Assert.Equal(0.6 * unscaled, scorer.Score(target, factors), 12);
        Assert.False(MatchScorer.IsUnrelated(target, scorer.Measure(target, helpsBack)));

        // A search that says only where: nothing is needed, so nothing is unrelated.
        var placesOnly = MatchTarget.ForSearch([], Geography.Around(["GT"]), false);
        Assert.False(MatchScorer.IsUnrelated(placesOnly, scorer.Measure(placesOnly, unrelated)));
    }

    [Fact]
    public void A_trainer_that_works_only_in_Haiti_is_not_in_the_top_5_for_Honduras_while_the_region_has_candidates()
    {
        var scorer = Scorer();
        var target = Gap(requires: ["vocational-training", "language-training", "job-placement"], countries: ["HN"], sector: "government", languages: ["es"]);
        string[] spanish = ["es"];
        MatchCandidate[] candidates =
        [
            Candidate(id: 1, countries: ["HT"], offers: ["vocational-training", "language-training", "job-placement"], languages: spanish),
            Candidate(id: 2, countries: ["GT"], offers: ["job-placement"], languages: spanish),
            Candidate(id: 3, countries: ["SV"], offers: ["language-training"], languages: spanish),
            Candidate(id: 4, countries: ["MX"], offers: ["vocational-training"], languages: spanish),
            Candidate(id: 5, countries: ["CR"], offers: ["job-placement"], languages: spanish),
            Candidate(id: 6, countries: ["PA"], offers: ["language-training"], languages: spanish),
        ];

        var top5 = scorer.Rank(target, candidates, 5).Select(m => m.Candidate.Id).ToList();

        Assert.DoesNotContain(1, top5);
        Assert.Contains(1, scorer.Rank(target, candidates, 6).Select(m => m.Candidate.Id));
    }

    [Fact]
    public void Giving_back_counts_what_the_candidate_seeks_that_the_target_organization_offers()
    {
        var scorer = Only(MatchFactor.GivesBack);
        var target = Organization(offers: ["data-collection", "research"]);

        var result = scorer.Explain(target, Candidate(seeks: ["research", "funding", "data-collection", "legal-aid"]));
        var nothingSought = scorer.Explain(target, Candidate(seeks: []));

        Assert.Equal(0.5, result.Score, 12);
        var reason = Assert.IsType<SeeksWhatTargetOffers>(Assert.Single(result.Reasons));
        Assert.Equal(["research", "data-collection"], reason.Capabilities);
        Assert.Equal(0, nothingSought.Score);
        Assert.Empty(nothingSought.Reasons);
    }

    [Fact]
    public void Giving_back_does_not_apply_to_gaps_or_searches()
    {
        var scorer = Scorer();
        var candidate = Candidate(seeks: ["research"], offers: ["vocational-training"]);

        Assert.Equal(0, scorer.WeightOf(Gap(requires: ["vocational-training"]), MatchFactor.GivesBack));
        Assert.Equal(0, scorer.WeightOf(MatchTarget.ForSearch(["vocational-training"], MatchPlaces.None, false), MatchFactor.GivesBack));
        Assert.DoesNotContain(scorer.Explain(Gap(requires: ["vocational-training"]), candidate).Reasons, r => r is SeeksWhatTargetOffers);
    }

    [Fact]
    public void Sharing_a_country_beats_a_shared_group_which_beats_a_shared_sub_region_which_beats_a_shared_region_which_beats_nothing()
    {
        var scorer = Only(MatchFactor.Geography, o => o.RegionLevel = 0.2);
        var target = Organization(countries: ["GT"]);

        var sameCountry = scorer.Explain(target, Candidate(countries: ["GT"])).Score;
        var sameGroup = scorer.Explain(target, Candidate(countries: ["HN"])).Score;
        var subRegion = scorer.Explain(target, Candidate(countries: ["CR"])).Score;
        var region = scorer.Explain(target, Candidate(countries: ["AR"])).Score;
        var elsewhere = scorer.Explain(target, Candidate(countries: ["DE"])).Score;

        Assert.Equal(1, sameCountry, 12);
        Assert.Equal(0.6, sameGroup, 12);
        Assert.Equal(0.45, subRegion, 12);
        Assert.Equal(0.2, region, 12);
        Assert.Equal(0, elsewhere);
    }

    [Fact]
    public void By_default_the_region_adds_nothing_but_ranks_a_candidate_there_before_an_equal_one_elsewhere()
    {
        var scorer = Scorer();
        var target = Gap(requires: ["vocational-training"], countries: ["ES"]);
        MatchCandidate[] candidates =
        [
            Candidate(id: 1, countries: ["SN"], offers: ["vocational-training"]),
            Candidate(id: 2, countries: ["CN"], offers: ["vocational-training"]),
            Candidate(id: 3, countries: ["DE"], offers: ["vocational-training"]),
            Candidate(id: 4, countries: ["PT"], offers: ["vocational-training"]),
            Candidate(id: 5, countries: ["ES"], offers: ["vocational-training"]),
        ];

        var ranked = scorer.Rank(target, candidates, 5);

        Assert.Equal([5, 4, 3, 1, 2], ranked.Select(r => r.Candidate.Id));
        Assert.Equal(ranked[3].Score, ranked[2].Score, 12);
        Assert.Equal(0, ranked[2].Factors.Geography);
    }

    [Fact]
    public void A_corridor_end_counts_like_a_shared_group()
    {
        var scorer = Only(MatchFactor.Geography);

        var result = scorer.Explain(Organization(countries: ["HT"]), Candidate(countries: ["DO", "US"]));

        Assert.Equal(0.6, result.Score, 12);
        var reason = Assert.IsType<CorridorEnd>(Assert.Single(result.Reasons));
        Assert.Equal(new CorridorKey("HT", "DO"), reason.Corridor);
        Assert.Equal(["DO"], reason.Countries);
    }

    [Fact]
    public void Sharing_more_of_the_target_s_countries_is_worth_more_but_one_shared_country_still_beats_a_group()
    {
        var scorer = Only(MatchFactor.Geography);
        var target = Gap(countries: ["GT", "HN", "SV", "MX"]);

        var one = scorer.Explain(target, Candidate(countries: ["SV"]));
        var two = scorer.Explain(target, Candidate(countries: ["HN", "GT", "US"]));

        Assert.Equal(0.6 + (0.4 * 0.25), one.Score, 12);
        Assert.Equal(0.6 + (0.4 * 0.5), two.Score, 12);
        Assert.Equal(["GT", "HN"], Assert.IsType<AlsoWorksIn>(Assert.Single(two.Reasons)).Countries);
    }

    [Fact]
    public void Geography_reasons_name_the_group_or_the_sub_region_and_the_candidate_s_countries_in_it()
    {
        var scorer = Only(MatchFactor.Geography);
        var target = Organization(countries: ["SV"]);

        var group = scorer.Explain(target, Candidate(countries: ["HN", "AR"]));
        var region = scorer.Explain(target, Candidate(countries: ["PA", "CR"]));
        var americas = Only(MatchFactor.Geography, o => o.RegionLevel = 0.2).Explain(target, Candidate(countries: ["AR", "ES"]));
        var americasByDefault = scorer.Explain(target, Candidate(countries: ["AR", "ES"]));
        var nowhere = scorer.Explain(target, Candidate(countries: ["ES"]));

        var shared = Assert.IsType<SharedGroup>(Assert.Single(group.Reasons));
        Assert.Equal("northern-triangle", shared.Group);
        Assert.Equal(["HN"], shared.Countries);
        var sameRegion = Assert.IsType<SameSubRegion>(Assert.Single(region.Reasons));
        Assert.Equal("central-america", sameRegion.SubRegion);
        Assert.Equal(["PA", "CR"], sameRegion.Countries);
        var sameAmericas = Assert.IsType<SameRegion>(Assert.Single(americas.Reasons));
        Assert.Equal("americas", sameAmericas.Region);
        Assert.Equal(["AR"], sameAmericas.Countries);
        Assert.Empty(americasByDefault.Reasons);
        Assert.Empty(nowhere.Reasons);
    }

    [Fact]
    public void A_search_for_a_group_or_a_corridor_finds_candidates_in_their_countries()
    {
        var scorer = Only(MatchFactor.Geography);
        var places = Geography.Chosen([], [], ["northern-triangle"], [new CorridorKey("VE", "CO")]);
        var search = MatchTarget.ForSearch([], places, false);

        var honduras = scorer.Explain(search, Candidate(countries: ["HN"]));
        var colombia = scorer.Explain(search, Candidate(countries: ["CO"]));
        var peru = scorer.Explain(search, Candidate(countries: ["PE"]));

        Assert.Equal("northern-triangle", Assert.IsType<SharedGroup>(Assert.Single(honduras.Reasons)).Group);
        Assert.Equal(new CorridorKey("VE", "CO"), Assert.IsType<CorridorEnd>(Assert.Single(colombia.Reasons)).Corridor);
        Assert.Equal(0.6, honduras.Score, 12);
        Assert.Equal(0.6, colombia.Score, 12);
        Assert.Equal(0, peru.Score);
    }

    [Fact]
    public void Sector_complementarity_follows_the_table_and_names_both_sectors()
    {
        var scorer = Only(MatchFactor.SectorComplementarity);
        var target = Organization(sector: "civil-society");

        var government = scorer.Explain(target, Candidate(sector: "government"));
        var academia = scorer.Explain(target, Candidate(sector: "academia"));
        var sameSector = scorer.Explain(target, Candidate(sector: "civil-society"));

        Assert.Equal(1, government.Score, 12);
        var reason = Assert.IsType<SectorComplement>(Assert.Single(government.Reasons));
        Assert.Equal(("government", "civil-society"), (reason.CandidateSector, reason.TargetSector));
        Assert.Equal(0.5, academia.Score, 12);
        Assert.Equal(0, sameSector.Score);
        Assert.Empty(sameSector.Reasons);
    }

    [Fact]
    public void Sector_complementarity_is_the_options_table_whichever_way_a_pair_is_written()
    {
        var scorer = Only(MatchFactor.SectorComplementarity, o =>
        {
            o.Complementarity["academia"]["civil-society"] = 0.25;
            o.Complementarity["trade-union"] = new() { ["donor"] = 0.75 };
        });

        Assert.Equal(0.25, scorer.Explain(Organization(sector: "civil-society"), Candidate(sector: "academia")).Score, 12);
        Assert.Equal(0.75, scorer.Explain(Organization(sector: "donor"), Candidate(sector: "trade-union")).Score, 12);
        Assert.Equal(0.75, scorer.Explain(Organization(sector: "trade-union"), Candidate(sector: "donor")).Score, 12);
        Assert.Contains(("donor", 0.75), scorer.Sectors.Complements("trade-union"));
    }

    [Fact]
    public void A_shared_working_language_counts_and_is_named()
    {
        var scorer = Only(MatchFactor.SharedLanguage);
        var target = Organization(languages: ["es", "en"]);

        var shared = scorer.Explain(target, Candidate(languages: ["pt", "en"]));
        var notShared = scorer.Explain(target, Candidate(languages: ["fr"]));

        Assert.Equal(1, shared.Score);
        Assert.Equal(["en"], Assert.IsType<SharedLanguage>(Assert.Single(shared.Reasons)).Languages);
        Assert.Equal(0, notShared.Score);
        Assert.Empty(notShared.Reasons);
    }

    [Fact]
    public void Text_similarity_counts_from_the_threshold_up()
    {
        var scorer = Only(MatchFactor.TextSimilarity);
        var target = Organization(hasText: true);

        var similar = scorer.Explain(target, Candidate(text: 0.4));
        var faint = scorer.Explain(target, Candidate(text: 0.1));
        var beyond = scorer.Explain(target, Candidate(text: 1.7));

        Assert.Equal(0.4, similar.Score, 12);
        Assert.Equal(0.4, Assert.IsType<SimilarDescription>(Assert.Single(similar.Reasons)).Similarity, 12);
        Assert.Equal(0, faint.Score);
        Assert.Empty(faint.Reasons);
        Assert.Equal(1, beyond.Score);
    }

    [Fact]
    public void Text_similarity_is_ignored_when_the_target_has_no_key_words()
    {
        var result = Scorer().Explain(Organization(seeks: ["legal-aid"], hasText: false), Candidate(offers: ["legal-aid"], text: 0.9));

        Assert.Equal(0, result.Factors.TextSimilarity);
        Assert.DoesNotContain(result.Reasons, r => r is SimilarDescription);
    }
}
