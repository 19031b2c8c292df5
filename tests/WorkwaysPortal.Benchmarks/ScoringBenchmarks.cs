using BenchmarkDotNet.Attributes;
using WorkwaysPortal.Domain.Matching;
using WorkwaysPortal.Domain.Taxonomy;

namespace WorkwaysPortal.Benchmarks;

/// <summary>
/// The scoring core alone (no database): ranking a full candidate pool (300, the default
/// <see cref="MatchingOptions.CandidatePoolSize"/>) for an organization and for a gap, and explaining one
/// candidate. Candidates are deterministic pseudo-random profiles over the seed taxonomy.
/// </summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private MatchScorer _scorer = null!;
    private MatchTarget _organization = null!;
    private MatchTarget _gap = null!;
    private MatchCandidate[] _candidates = [];

    [Params(300)]
    public int Candidates { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var geography = MatchGeography.From(TaxonomySnapshot.Seed);
        string[] capabilities = [.. SeedTaxonomy.Capabilities.Select(c => c.Code)];
        string[] sectors = [.. SeedTaxonomy.Sectors.Select(s => s.Code)];
        string[] countries = ["GT", "HN", "SV", "MX", "US", "CA", "CO", "PE", "VE", "EC", "CL", "CR", "HT", "DO", "AR", "BR"];
        string[] Pick(string[] from, int count) => [.. from.OrderBy(_ => random.Next()).Take(count)];

        _scorer = new MatchScorer(new MatchingOptions());
        _organization = MatchTarget.ForOrganization(
            ["vocational-training", "data-collection", "skills-assessment"], ["visa-processing", "job-placement"],
            geography.Around(["GT"]), "government", ["es"], hasText: true);
        _gap = MatchTarget.ForGap(
            ["vocational-training", "language-training", "legal-aid"], geography.Around(["GT", "HN", "SV"]), "civil-society", ["es"], hasText: true);
        _candidates =
        [
            .. Enumerable.Range(1, Candidates).Select(id => new MatchCandidate(
                id, sectors[random.Next(sectors.Length)], Pick(countries, 1 + random.Next(3)), Pick(capabilities, 2 + random.Next(4)),
                Pick(capabilities, 1 + random.Next(3)), random.Next(4) == 0 ? ["es", "en"] : ["es"], random.NextDouble() * 0.6)),
        ];
    }

    [Benchmark]
    public IReadOnlyList<MatchResult> RankForOrganization() => _scorer.Rank(_organization, _candidates, 10);

    [Benchmark]
    public IReadOnlyList<MatchResult> RankForGap() => _scorer.Rank(_gap, _candidates, 10);

    [Benchmark]
    public MatchResult ExplainOne() => _scorer.Explain(_organization, _candidates[0]);
}
