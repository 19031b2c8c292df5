namespace WorkwaysPortal.Domain.Matching;

/// <summary>What suggestions are for: an organization, a gap, or someone searching on the "Find partners" page.</summary>
public enum MatchTargetKind
{
    Organization = 0,
    Gap = 1,
    Search = 2,
}

/// <summary>
/// The target of a match, as the scorer sees it. A factor that the target gives no data for (no
/// working languages, no sector, no text, …) is left out of the score altogether rather than counted
/// as zero, so the score of a gap raised in a session is not held down by the missing sector.
/// </summary>
public sealed record MatchTarget
{
    private MatchTarget(
        MatchTargetKind kind, IReadOnlyList<string> needs, IReadOnlyList<string> offers, MatchPlaces places,
        string? sector, IReadOnlyList<string> languages, bool hasText)
    {
        Kind = kind;
        Needs = needs;
        Offers = offers;
        Places = places;
        Sector = string.IsNullOrEmpty(sector) ? null : sector;
        Languages = languages;
        HasText = hasText;
    }

    public MatchTargetKind Kind { get; }

    /// <summary>What the organization seeks, the gap requires, or the searcher seeks.</summary>
    public IReadOnlyList<string> Needs { get; }

    /// <summary>What the target organization offers (empty for gaps and searches).</summary>
    public IReadOnlyList<string> Offers { get; }

    public MatchPlaces Places { get; }

    /// <summary>The target's sector (a gap's is its organization's); null when unknown.</summary>
    public string? Sector { get; }

    public IReadOnlyList<string> Languages { get; }

    /// <summary>Whether the target has key words, so candidates carry a text similarity.</summary>
    public bool HasText { get; }

    public static MatchTarget ForOrganization(
        IReadOnlyList<string> seeks, IReadOnlyList<string> offers, MatchPlaces places, string sector, IReadOnlyList<string> languages, bool hasText) =>
        new(MatchTargetKind.Organization, seeks, offers, places, sector, languages, hasText);

    /// <summary>A gap; <paramref name="sector"/> and <paramref name="languages"/> are those of its organization, if any.</summary>
    public static MatchTarget ForGap(
        IReadOnlyList<string> requires, MatchPlaces places, string? sector, IReadOnlyList<string> languages, bool hasText) =>
        new(MatchTargetKind.Gap, requires, [], places, sector, languages, hasText);

    /// <summary>
    /// A search: what the searcher seeks and where. Sectors chosen in a search restrict the candidates
    /// (retrieval), they are not a factor of the score.
    /// </summary>
    public static MatchTarget ForSearch(IReadOnlyList<string> seeks, MatchPlaces places, bool hasText) =>
        new(MatchTargetKind.Search, seeks, [], places, null, [], hasText);
}

/// <summary>
/// A verified organization that might be suggested, with the text similarity PostgreSQL measured
/// between its description and the target's key words (0–1).
/// </summary>
public sealed record MatchCandidate(
    int Id, string Sector, string[] Countries, string[] Offers, string[] Seeks, string[] Languages, double TextSimilarity);

/// <summary>The value of each factor for one candidate, each from 0 to 1.</summary>
public readonly record struct MatchFactors(
    double CapabilityFit, double GivesBack, double Geography, double SectorComplementarity, double SharedLanguage, double TextSimilarity)
{
    public double this[MatchFactor factor] => factor switch
    {
        MatchFactor.CapabilityFit => CapabilityFit,
        MatchFactor.GivesBack => GivesBack,
        MatchFactor.Geography => Geography,
        MatchFactor.SectorComplementarity => SectorComplementarity,
        MatchFactor.SharedLanguage => SharedLanguage,
        MatchFactor.TextSimilarity => TextSimilarity,
        _ => throw new ArgumentOutOfRangeException(nameof(factor)),
    };
}

/// <summary>A scored candidate: its score (0–1), the factor values it came from, and the reasons.</summary>
public sealed record MatchResult(MatchCandidate Candidate, double Score, MatchFactors Factors, IReadOnlyList<MatchReason> Reasons);
