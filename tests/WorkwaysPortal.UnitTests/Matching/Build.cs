using WorkwaysPortal.Domain.Matching;
using WorkwaysPortal.Domain.Taxonomy;

namespace WorkwaysPortal.UnitTests.Matching;

/// <summary>Small hand-built targets and candidates over the seed taxonomy.</summary>
internal static class Build
{
    public static MatchGeography Geography { get; } = MatchGeography.From(TaxonomySnapshot.Seed);

    public static MatchScorer Scorer(Action<MatchingOptions>? configure = null)
    {
        var options = new MatchingOptions();
        configure?.Invoke(options);
        return new MatchScorer(options);
    }

    public static MatchTarget Organization(
        string[]? seeks = null, string[]? offers = null, string[]? countries = null, string sector = "civil-society",
        string[]? languages = null, bool hasText = false) =>
        MatchTarget.ForOrganization(seeks ?? [], offers ?? [], Geography.Around(countries ?? []), sector, languages ?? [], hasText);

    public static MatchTarget Gap(
        string[]? requires = null, string[]? countries = null, string? sector = null, string[]? languages = null, bool hasText = false) =>
        MatchTarget.ForGap(requires ?? [], Geography.Around(countries ?? []), sector, languages ?? [], hasText);

    public static MatchCandidate Candidate(
        int id = 1, string sector = "civil-society", string[]? countries = null, string[]? offers = null, string[]? seeks = null,
        string[]? languages = null, double text = 0) =>
        new(id, sector, countries ?? [], offers ?? [], seeks ?? [], languages ?? [], text);
}
