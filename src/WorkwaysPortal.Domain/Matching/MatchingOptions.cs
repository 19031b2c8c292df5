using System.Globalization;

namespace WorkwaysPortal.Domain.Matching;

/// <summary>
/// How suggested partners are scored and retrieved (configuration section <c>Matching</c>). The
/// formula is explained in docs/decisions/006-matching-score.md; the defaults are its values.
/// </summary>
public sealed class MatchingOptions
{
    public const string Section = "Matching";

    /// <summary>How much each factor counts. Only the ratios matter: the score divides by their sum.</summary>
    public MatchingWeights Weights { get; set; } = new();

    /// <summary>
    /// Sector complementarity (section <c>Matching:Complementarity</c>): for a sector, the sectors it complements
    /// and how much, from 0 to 1; a pair counts both ways and pairs not listed are worth 0. The default is the
    /// table of docs/decisions/006-matching-score.md (<see cref="SectorComplementarity.DefaultTable"/>);
    /// configuration changes or adds pairs to it (<c>Matching:Complementarity:academia:donor = 0</c> removes one).
    /// </summary>
    public Dictionary<string, Dictionary<string, double>> Complementarity { get; set; } = SectorComplementarity.DefaultTable();

    /// <summary>
    /// Geography value of a candidate that shares no country with the target but works in a country of
    /// a shared named group, or at an end of one of the target's migration corridors. Sharing a country
    /// is always worth more (see <see cref="MatchGeography"/>).
    /// </summary>
    public double GroupOrCorridorLevel { get; set; } = 0.6;

    /// <summary>Geography value of a candidate that only shares a UN M49 sub-region with the target.</summary>
    public double SubRegionLevel { get; set; } = 0.45;

    /// <summary>
    /// Geography value of a candidate that only shares a UN M49 region with the target (Americas, Europe, Africa,
    /// Asia, Oceania): a German partner for a Spanish target, a Brazilian one for a Guatemalan target. Whatever its
    /// value, of two candidates with the same score the one in the target's region ranks first (the nearer level
    /// breaks ties). It is 0 by default: the portal's partners are in the Americas, which sub-regions, groups and
    /// corridors already divide, and a continent-wide value lifts far-away candidates above the ones practitioners
    /// expect (QualitySetTests: at 0.2 the tuning split falls to 0.89 and a Guatemalan institute enters Chilean
    /// employers' top 5; docs/matching.md).
    /// </summary>
    public double RegionLevel { get; set; }

    /// <summary>
    /// How much an offer counts where it is not needed: the capability fit (the share of the needs a candidate
    /// offers) is multiplied by this value plus the rest of the way to 1 in proportion to the geography value,
    /// so an offer in the target's own countries counts whole and the same offer where the two share no place
    /// counts this much. What is needed is needed somewhere (issue 13: a trainer that works only in Haiti is not
    /// a partner for training in Honduras while one in the region exists).
    /// </summary>
    public double ReachElsewhere { get; set; } = 0.2;

    /// <summary>
    /// Scale of the score of a candidate that offers nothing the target needs and seeks nothing it offers, when
    /// the target says what it needs or offers: sharing a place, a sector or a language alone makes a weak
    /// suggestion, which should come after those that can help.
    /// </summary>
    public double UnrelatedScale { get; set; } = 0.6;

    /// <summary>
    /// Text similarity (0–1, from PostgreSQL) below which descriptions do not count as similar: almost every
    /// description in the directory shares a word or two with any other.
    /// </summary>
    public double MinTextSimilarity { get; set; } = 0.15;

    /// <summary>How many key words of the target's description are looked for in candidates' descriptions.</summary>
    public int MaxKeywords { get; set; } = 16;

    /// <summary>How many candidates PostgreSQL hands to the scorer (the best by a cheap pre-score).</summary>
    public int CandidatePoolSize { get; set; } = 300;

    /// <summary>
    /// How many rows the first retrieval tier (offers what is needed, where the target works) examines at
    /// most; each other tier examines a third of that, so the cost of a match stays bounded however large
    /// the directory grows.
    /// </summary>
    public int ExaminePerTier { get; set; } = 300;

    /// <summary>
    /// How many rows are examined in all. The tiers run in order of value and stop once this many are found, so
    /// with the defaults (300 + 100) a target whose own places hold enough organizations that offer what it needs
    /// and seek what it offers never pays for the wider tiers (nearby countries, anywhere): their bitmaps are the
    /// largest, and at 100,000 organizations they cost as much as the rest of the query (docs/benchmarks.md).
    /// </summary>
    public int ExamineInAll { get; set; } = 400;

    /// <summary>Every problem with the options, as sentences for the start-up error; empty when they are usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        var weights = Weights ?? new MatchingWeights();
        foreach (var (factor, value) in weights.All)
        {
            if (!double.IsFinite(value) || value < 0)
            {
                problems.Add(Invariant($"Matching:Weights:{factor} must be a number of zero or more (it is {value})."));
            }
        }

        if (weights.All.All(w => double.IsFinite(w.Value) && w.Value >= 0) && weights.All.Sum(w => w.Value) <= 0)
        {
            problems.Add("Matching:Weights must not all be zero.");
        }

        problems.AddRange(SectorComplementarity.Problems(Complementarity ?? []));

        if (!(RegionLevel >= 0 && RegionLevel < SubRegionLevel && SubRegionLevel < GroupOrCorridorLevel && GroupOrCorridorLevel < 1))
        {
            problems.Add(Invariant(
                $"Matching:RegionLevel, Matching:SubRegionLevel and Matching:GroupOrCorridorLevel must satisfy 0 <= RegionLevel < SubRegionLevel < GroupOrCorridorLevel < 1 (they are {RegionLevel}, {SubRegionLevel} and {GroupOrCorridorLevel}): a shared country must count more than a shared group or corridor, that more than a shared sub-region, and that more than a shared region."));
        }

        if (!(ReachElsewhere >= 0 && ReachElsewhere <= 1))
        {
            problems.Add(Invariant($"Matching:ReachElsewhere must be from 0 to 1 (it is {ReachElsewhere})."));
        }

        if (!(UnrelatedScale > 0 && UnrelatedScale <= 1))
        {
            problems.Add(Invariant($"Matching:UnrelatedScale must be more than 0 and at most 1 (it is {UnrelatedScale})."));
        }

        if (!(MinTextSimilarity >= 0 && MinTextSimilarity < 1))
        {
            problems.Add(Invariant($"Matching:MinTextSimilarity must be from 0 up to (not including) 1 (it is {MinTextSimilarity})."));
        }

        if (MaxKeywords is < 1 or > 64)
        {
            problems.Add(Invariant($"Matching:MaxKeywords must be from 1 to 64 (it is {MaxKeywords})."));
        }

        if (CandidatePoolSize is < 10 or > 5000)
        {
            problems.Add(Invariant($"Matching:CandidatePoolSize must be from 10 to 5000 (it is {CandidatePoolSize})."));
        }

        if (ExaminePerTier < 30 || ExaminePerTier > 100_000 || 2 * ExaminePerTier < CandidatePoolSize)
        {
            problems.Add(Invariant($"Matching:ExaminePerTier must be from 30 to 100000 and at least half of Matching:CandidatePoolSize (it is {ExaminePerTier})."));
        }

        if (ExamineInAll < ExaminePerTier || ExamineInAll < CandidatePoolSize || ExamineInAll > 200_000)
        {
            problems.Add(Invariant($"Matching:ExamineInAll must be at least Matching:ExaminePerTier and Matching:CandidatePoolSize, and at most 200000 (it is {ExamineInAll})."));
        }

        return problems;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The weight of each factor of the score (section <c>Matching:Weights</c>).</summary>
public sealed class MatchingWeights
{
    /// <summary>What the target seeks (or the gap requires) that the candidate offers.</summary>
    public double CapabilityFit { get; set; } = 0.45;

    /// <summary>What the candidate seeks that the target organization offers: the alliance gives something back.</summary>
    public double GivesBack { get; set; } = 0.20;

    /// <summary>Same country, shared named group or corridor, same sub-region.</summary>
    public double Geography { get; set; } = 0.15;

    /// <summary>Complementary sectors (a government and a civil-society organization, employers and unions, …).</summary>
    public double SectorComplementarity { get; set; } = 0.05;

    /// <summary>A working language in common.</summary>
    public double SharedLanguage { get; set; } = 0.05;

    /// <summary>Similar descriptions (PostgreSQL full-text rank of the target's key words).</summary>
    public double TextSimilarity { get; set; } = 0.15;

    /// <summary>The weight of one factor.</summary>
    public double this[MatchFactor factor] => All.Single(w => w.Factor == factor).Value;

    /// <summary>Every factor's weight; the factors' names are the settings' names.</summary>
    public IEnumerable<(MatchFactor Factor, double Value)> All =>
    [
        (MatchFactor.CapabilityFit, CapabilityFit),
        (MatchFactor.GivesBack, GivesBack),
        (MatchFactor.Geography, Geography),
        (MatchFactor.SectorComplementarity, SectorComplementarity),
        (MatchFactor.SharedLanguage, SharedLanguage),
        (MatchFactor.TextSimilarity, TextSimilarity),
    ];
}
