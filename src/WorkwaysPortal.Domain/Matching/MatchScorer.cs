namespace WorkwaysPortal.Domain.Matching;

/// <summary>
/// The matching score: a weighted mean of six factors, each from 0 to 1, over the factors that the
/// target gives data for (docs/decisions/006-matching-score.md):
/// <list type="bullet">
/// <item>capability fit: the share of what the target needs that the candidate offers, counted whole where the
/// target works and less the farther away the candidate is (<see cref="MatchingOptions.ReachElsewhere"/>; a
/// candidate that only shares the region counts as far away here);</item>
/// <item>gives back (organizations only): the share of what the candidate seeks that the target offers;</item>
/// <item>geography: sharing a country (more for more of the target's countries) &gt; another country of a
/// shared named group, or an end of one of the target's corridors &gt; the same sub-region &gt; the same region
/// (Americas, Europe, …) &gt; none;</item>
/// <item>sector complementarity: from the options' table (<see cref="MatchingOptions.Complementarity"/>);</item>
/// <item>shared working language: 1 or 0;</item>
/// <item>text similarity: PostgreSQL's, counted only from <see cref="MatchingOptions.MinTextSimilarity"/> up.</item>
/// </list>
/// A candidate that offers nothing the target needs and seeks nothing it offers has its score scaled by
/// <see cref="MatchingOptions.UnrelatedScale"/>. The same values give the reasons: a factor that adds nothing has no reason, and every reason names
/// exactly the shared codes behind its value. Deterministic: ties are broken by organization id.
/// </summary>
public sealed class MatchScorer
{
    private static readonly MatchFactor[] FactorOrder = Enum.GetValues<MatchFactor>();

    private readonly MatchingOptions _options;

    public MatchScorer(MatchingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        _options = options;
        Sectors = new SectorComplementarity(options.Complementarity ?? []);
    }

    /// <summary>The sector complementarity table of the options, which the score reads.</summary>
    public SectorComplementarity Sectors { get; }

    /// <summary>The weight of a factor for this target: 0 when the target gives no data for it.</summary>
    public double WeightOf(MatchTarget target, MatchFactor factor)
    {
        ArgumentNullException.ThrowIfNull(target);
        var w = _options.Weights;
        return factor switch
        {
            MatchFactor.CapabilityFit => target.Needs.Count > 0 ? w.CapabilityFit : 0,
            MatchFactor.GivesBack => target.Kind == MatchTargetKind.Organization && target.Offers.Count > 0 ? w.GivesBack : 0,
            MatchFactor.Geography => target.Places.IsEmpty ? 0 : w.Geography,
            MatchFactor.SectorComplementarity => target.Sector is null ? 0 : w.SectorComplementarity,
            MatchFactor.SharedLanguage => target.Languages.Count > 0 ? w.SharedLanguage : 0,
            MatchFactor.TextSimilarity => target.HasText ? w.TextSimilarity : 0,
            _ => throw new ArgumentOutOfRangeException(nameof(factor)),
        };
    }

    /// <summary>The value of every factor for one candidate.</summary>
    public MatchFactors Measure(MatchTarget target, MatchCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(candidate);
        var (geography, level) = Geography(target.Places, candidate.Countries);
        var offered = target.Needs.Count == 0 ? 0 : (double)CountShared(target.Needs, candidate.Offers) / target.Needs.Count;

        // What is needed is needed around the target: an offer only in the same region (a trainer in Haiti for a
        // gap in Honduras) counts as one elsewhere, though the region adds to the geography.
        var nearness = level >= PlaceLevel.SubRegion ? geography : 0;
        return new MatchFactors(
            CapabilityFit: target.Places.HasCountries ? offered * (_options.ReachElsewhere + ((1 - _options.ReachElsewhere) * nearness)) : offered,
            GivesBack: target.Kind != MatchTargetKind.Organization || candidate.Seeks.Length == 0
                ? 0
                : (double)CountShared(candidate.Seeks, target.Offers) / candidate.Seeks.Length,
            Geography: geography,
            SectorComplementarity: target.Sector is null ? 0 : Sectors.Of(candidate.Sector, target.Sector),
            SharedLanguage: CountShared(target.Languages, candidate.Languages) > 0 ? 1 : 0,
            TextSimilarity: target.HasText ? Text(candidate.TextSimilarity) : 0);
    }

    /// <summary>The score, from 0 to 1: the weighted mean of the factors that apply to the target.</summary>
    public double Score(MatchTarget target, MatchFactors factors)
    {
        double total = 0, weights = 0;
        foreach (var factor in FactorOrder)
        {
            var weight = WeightOf(target, factor);
            weights += weight;
            total += weight * factors[factor];
        }

        if (weights <= 0)
        {
            return 0;
        }

        var score = Math.Clamp(total / weights, 0, 1);
        return IsUnrelated(target, factors) ? score * _options.UnrelatedScale : score;
    }

    /// <summary>
    /// Whether a candidate can neither help the target nor be helped by it: the target says what it needs or
    /// offers, and the candidate offers none of the one and seeks none of the other.
    /// </summary>
    public static bool IsUnrelated(MatchTarget target, MatchFactors factors)
    {
        ArgumentNullException.ThrowIfNull(target);
        var saysWhat = target.Needs.Count > 0 || (target.Kind == MatchTargetKind.Organization && target.Offers.Count > 0);
        return saysWhat && factors.CapabilityFit <= 0 && factors.GivesBack <= 0;
    }

    /// <summary>One candidate's score and reasons.</summary>
    public MatchResult Explain(MatchTarget target, MatchCandidate candidate)
    {
        var factors = Measure(target, candidate);
        return new MatchResult(candidate, Score(target, factors), factors, Reasons(target, candidate, factors));
    }

    /// <summary>
    /// The best <paramref name="top"/> candidates, best first; of equal scores the one that works nearer the target's
    /// places first (country, group or corridor, sub-region, region, elsewhere), then in order of id.
    /// </summary>
    public IReadOnlyList<MatchResult> Rank(MatchTarget target, IReadOnlyList<MatchCandidate> candidates, int top)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(candidates);
        if (top <= 0 || candidates.Count == 0)
        {
            return [];
        }

        var scored = new (double Score, PlaceLevel Level, int Index)[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            scored[i] = (Score(target, Measure(target, candidates[i])), Nearest(target.Places, candidates[i].Countries), i);
        }

        Array.Sort(scored, (a, b) =>
        {
            var byScore = b.Score.CompareTo(a.Score);
            if (byScore != 0)
            {
                return byScore;
            }

            var byLevel = b.Level.CompareTo(a.Level);
            return byLevel != 0 ? byLevel : candidates[a.Index].Id.CompareTo(candidates[b.Index].Id);
        });

        var results = new MatchResult[Math.Min(top, scored.Length)];
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = Explain(target, candidates[scored[i].Index]);
        }

        return results;
    }

    /// <summary>The level of the candidate's country nearest the places.</summary>
    private static PlaceLevel Nearest(MatchPlaces places, string[] countries)
    {
        var best = PlaceLevel.None;
        foreach (var country in countries)
        {
            var level = places.LevelOf(country);
            if (level > best)
            {
                best = level;
            }
        }

        return best;
    }

    private (double Value, PlaceLevel Level) Geography(MatchPlaces places, string[] countries)
    {
        if (places.IsEmpty)
        {
            return (0, PlaceLevel.None);
        }

        var shared = 0;
        var best = PlaceLevel.None;
        foreach (var country in countries)
        {
            var level = places.LevelOf(country);
            if (level == PlaceLevel.Country)
            {
                shared++;
            }

            if (level > best)
            {
                best = level;
            }
        }

        var near = _options.GroupOrCorridorLevel;
        var value = best switch
        {
            PlaceLevel.Country => near + ((1 - near) * Math.Min(1, (double)shared / places.Countries.Count)),
            PlaceLevel.GroupOrCorridor => near,
            PlaceLevel.SubRegion => _options.SubRegionLevel,
            PlaceLevel.Region => _options.RegionLevel,
            _ => 0,
        };
        return (value, best);
    }

    private double Text(double similarity) =>
        double.IsFinite(similarity) && similarity >= _options.MinTextSimilarity && similarity > 0 ? Math.Min(1, similarity) : 0;

    private List<MatchReason> Reasons(MatchTarget target, MatchCandidate candidate, MatchFactors factors)
    {
        double weights = 0;
        foreach (var factor in FactorOrder)
        {
            weights += WeightOf(target, factor);
        }

        var reasons = new List<MatchReason>();
        if (weights <= 0)
        {
            return reasons;
        }

        foreach (var factor in FactorOrder)
        {
            var contribution = WeightOf(target, factor) * factors[factor] / weights;
            if (contribution <= 0)
            {
                continue;
            }

            switch (factor)
            {
                case MatchFactor.CapabilityFit:
                    reasons.Add(new OffersRequired(Shared(target.Needs, candidate.Offers)) { Contribution = contribution });
                    break;
                case MatchFactor.GivesBack:
                    reasons.Add(new SeeksWhatTargetOffers(Shared(candidate.Seeks, target.Offers)) { Contribution = contribution });
                    break;
                case MatchFactor.Geography:
                    reasons.AddRange(GeographyReasons(target.Places, candidate.Countries, contribution));
                    break;
                case MatchFactor.SectorComplementarity:
                    reasons.Add(new SectorComplement(candidate.Sector, target.Sector!) { Contribution = contribution });
                    break;
                case MatchFactor.SharedLanguage:
                    reasons.Add(new SharedLanguage(Shared(target.Languages, candidate.Languages)) { Contribution = contribution });
                    break;
                case MatchFactor.TextSimilarity:
                    reasons.Add(new SimilarDescription(factors.TextSimilarity) { Contribution = contribution });
                    break;
            }
        }

        // Biggest contribution first; the factor order (and the order within geography) breaks ties.
        return [.. reasons.Select((r, i) => (r, i)).OrderByDescending(p => p.r.Contribution).ThenBy(p => p.i).Select(p => p.r)];
    }

    private static IEnumerable<MatchReason> GeographyReasons(MatchPlaces places, string[] countries, double contribution)
    {
        var best = countries.Select(places.LevelOf).DefaultIfEmpty(PlaceLevel.None).Max();
        switch (best)
        {
            case PlaceLevel.Country:
                yield return new AlsoWorksIn(Shared(places.Countries, countries)) { Contribution = contribution };
                break;
            case PlaceLevel.GroupOrCorridor:
                foreach (var group in places.Groups)
                {
                    var inGroup = Shared(countries, group.Countries);
                    if (inGroup.Count > 0)
                    {
                        yield return new SharedGroup(group.Code, inGroup) { Contribution = contribution };
                    }
                }

                foreach (var corridor in places.Corridors)
                {
                    string[] ends = [.. countries.Where(corridor.Touches)];
                    if (ends.Length > 0)
                    {
                        yield return new CorridorEnd(corridor, ends) { Contribution = contribution };
                    }
                }

                break;
            case PlaceLevel.SubRegion:
                foreach (var region in places.SubRegions)
                {
                    var inRegion = Shared(countries, region.Countries);
                    if (inRegion.Count > 0)
                    {
                        yield return new SameSubRegion(region.Code, inRegion) { Contribution = contribution };
                    }
                }

                break;
            case PlaceLevel.Region:
                foreach (var region in places.Regions)
                {
                    var inRegion = Shared(countries, region.Countries);
                    if (inRegion.Count > 0)
                    {
                        yield return new SameRegion(region.Code, inRegion) { Contribution = contribution };
                    }
                }

                break;
        }
    }

    private static int CountShared(IReadOnlyList<string> wanted, IReadOnlyList<string> available)
    {
        var count = 0;
        for (var i = 0; i < wanted.Count; i++)
        {
            for (var j = 0; j < available.Count; j++)
            {
                if (string.Equals(wanted[i], available[j], StringComparison.Ordinal))
                {
                    count++;
                    break;
                }
            }
        }

        return count;
    }

    /// <summary>The codes of <paramref name="wanted"/> that are also in <paramref name="available"/>, in the order of <paramref name="wanted"/>.</summary>
    private static IReadOnlyList<string> Shared(IReadOnlyList<string> wanted, IReadOnlyList<string> available) =>
        [.. wanted.Where(w => available.Contains(w, StringComparer.Ordinal))];
}
