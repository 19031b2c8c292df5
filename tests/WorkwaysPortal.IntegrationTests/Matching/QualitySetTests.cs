using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using WorkwaysPortal.Data.Matching;
using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Domain.Matching;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Testing;
using Xunit.Abstractions;

namespace WorkwaysPortal.IntegrationTests.Matching;

/// <summary>
/// The hand-written quality set (QualitySet.json, rationale in docs/matching.md): for each target, the
/// partners a practitioner expects in the top 5 and those that must not be there. Precision@5 of a target
/// is |top 5 ∩ expected| / min(5, |expected|); the mean over the targets must reach <see cref="Threshold"/>.
/// </summary>
public sealed class QualitySetTests(PortalDatabaseFixture database, ITestOutputHelper output) : PortalTest(database)
{
    /// <summary>The mean precision@5 the tuning split must reach (issue 13; see docs/matching.md).</summary>
    public const double Threshold = 0.9;

    /// <summary>
    /// The floor of the held-out split, which no weight or rule was tuned on: fixed with the split, before its
    /// first run, so that a change that fits the tuning split at the held-out's expense fails.
    /// </summary>
    public const double HeldOutThreshold = 0.8;

    /// <summary>
    /// How far down the pre-score's order the scorer's top 5 may be: the ten suggestions a page shows. Only text
    /// (weight 0.15 of 1) can move a candidate past the pre-score; on the set the worst rank is 8 (7 December
    /// 2026). In production the pool keeps the pre-score's best <see cref="MatchingOptions.CandidatePoolSize"/> (300).
    /// </summary>
    public const int PreScoreReach = 10;

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    [Fact]
    public async Task Mean_precision_at_5_over_the_hand_written_set_reaches_the_threshold_and_no_unwanted_partner_is_in_any_top_5()
    {
        var set = await ReadAsync();
        var (organizations, gaps) = await LoadAsync(set);
        var nameOf = organizations.ToDictionary(o => o.Value, o => o.Key);
        var neverShown = set.Organizations.Where(o => o.Status is "pending" or "rejected").Select(o => organizations[o.Key]).ToHashSet();

        var report = new StringBuilder();
        var failures = new List<string>();
        var precisions = new List<(bool HeldOut, double Precision)>();
        foreach (var target in set.Targets)
        {
            var (kind, key) = (target.Target.Split(':')[0], target.Target.Split(':')[1]);
            var all = await MatchAsync(kind, kind == "gap" ? gaps[key] : organizations[key]);
            var top5 = all.Take(5).Select(p => nameOf[p.Id]).ToList();
            var hits = top5.Count(target.Expected.Contains);
            var precision = (double)hits / Math.Min(5, target.Expected.Count);
            precisions.Add((target.HeldOut, precision));
            report.AppendLine(CultureInfo.InvariantCulture, $"{(target.HeldOut ? "[held-out] " : "")}{target.Target}: P@5 = {precision:0.00} ({hits}/{Math.Min(5, target.Expected.Count)}); top 5: {string.Join(", ", all.Take(5).Select(p => $"{nameOf[p.Id]} {p.Score:0.000}"))}");

            foreach (var unwanted in top5.Where(target.MustNot.Contains))
            {
                failures.Add($"{target.Target}: {unwanted} is in the top 5 but must not be.");
            }

            foreach (var hidden in all.Where(p => neverShown.Contains(p.Id)))
            {
                failures.Add($"{target.Target}: {nameOf[hidden.Id]} is not verified but was suggested.");
            }

            var self = kind == "gap" ? set.Gaps.Single(g => g.Key == key).RaisedBy : key;
            var partners = self is null ? [] : set.Partnerships.Where(p => p.Contains(self)).SelectMany(p => p).Where(k => k != self).ToList();
            foreach (var excluded in all.Select(p => nameOf[p.Id]).Where(k => k == self || partners.Contains(k)))
            {
                failures.Add($"{target.Target}: {excluded} is the organization itself or an existing partner but was suggested.");
            }
        }

        var tuning = precisions.Where(p => !p.HeldOut).Select(p => p.Precision).ToList();
        var heldOut = precisions.Where(p => p.HeldOut).Select(p => p.Precision).ToList();
        report.AppendLine(CultureInfo.InvariantCulture, $"Mean precision@5: tuning split {tuning.Average():0.000} over {tuning.Count} targets (threshold {Threshold:0.00}), held-out split {heldOut.Average():0.000} over {heldOut.Count} (floor {HeldOutThreshold:0.00}), all {precisions.Average(p => p.Precision):0.000}");
        output.WriteLine(report.ToString());
        Assert.True(heldOut.Count * 3 >= precisions.Count, "A third of the targets at least must be held out.");
        Assert.True(failures.Count == 0, string.Join("\n", failures) + "\n" + report);
        Assert.True(tuning.Average() >= Threshold, report.ToString());
        Assert.True(heldOut.Average() >= HeldOutThreshold, report.ToString());
    }

    /// <summary>
    /// The pre-score that picks the pool (CandidateQuery) must rank candidates as the scorer does: exactly as the
    /// scorer without its text term, and with the scorer's top 5 (text included) among its first
    /// <see cref="PreScoreReach"/>. Fails when the two stop sharing their weights or factors.
    /// </summary>
    [Fact]
    public async Task The_pre_score_orders_every_targets_candidates_as_the_scorer_does_without_text()
    {
        var set = await ReadAsync();
        var (organizations, gaps) = await LoadAsync(set);
        var nameOf = organizations.ToDictionary(o => o.Value, o => o.Key);
        await using var scope = App.Services.CreateAsyncScope();
        var matcher = scope.ServiceProvider.GetRequiredService<PartnerMatcher>();
        var scorer = scope.ServiceProvider.GetRequiredService<MatchScorer>();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<MatchingOptions>>().Value;
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();

        var failures = new List<string>();
        foreach (var t in set.Targets)
        {
            var (kind, key) = (t.Target.Split(':')[0], t.Target.Split(':')[1]);
            var (target, request) = (kind == "gap" ? await matcher.GapTargetAsync(gaps[key], default) : await matcher.OrganizationTargetAsync(organizations[key], default))!;

            // In the order of the pre-score.
            var rows = await CandidateQuery.ReadAsync(connection, request, options, default);
            var withoutText = rows.Select(r => scorer.Score(target, scorer.Measure(target, r.Candidate) with { TextSimilarity = 0 })).ToList();
            for (var i = 1; i < rows.Count; i++)
            {
                if (withoutText[i] > withoutText[i - 1] + 1e-9)
                {
                    failures.Add(FormattableString.Invariant(
                        $"{t.Target}: the pre-score puts {nameOf[rows[i - 1].Id]} ({withoutText[i - 1]:0.0000} without text) before {nameOf[rows[i].Id]} ({withoutText[i]:0.0000})."));
                }
            }

            var ranks = scorer.Rank(target, [.. rows.Select(r => r.Candidate)], 5).Select(m => rows.FindIndex(r => r.Id == m.Candidate.Id) + 1).ToList();
            output.WriteLine($"{t.Target}: {rows.Count} candidates; the scorer's top 5 are at pre-score ranks {string.Join(", ", ranks)}");
            if (ranks.Any(r => r > PreScoreReach))
            {
                failures.Add($"{t.Target}: the scorer's top 5 are at pre-score ranks {string.Join(", ", ranks)}, beyond {PreScoreReach}.");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static async Task<QualitySet> ReadAsync() =>
        JsonSerializer.Deserialize<QualitySet>(
            await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Matching", "QualitySet.json")), Json)!;

    private async Task<IReadOnlyList<SuggestedPartner>> MatchAsync(string kind, int id)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var matcher = scope.ServiceProvider.GetRequiredService<PartnerMatcher>();
        return (kind == "gap" ? await matcher.ForGapAsync(id, PartnerMatcher.MaxTop, default) : await matcher.ForOrganizationAsync(id, PartnerMatcher.MaxTop, default))!;
    }

    private async Task<(Dictionary<string, int> Organizations, Dictionary<string, int> Gaps)> LoadAsync(QualitySet set)
    {
        var organizations = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var o in set.Organizations)
        {
            var profile = new OrganizationProfile(
                o.Name, null, o.Sector, o.Countries, o.Offers, o.Seeks, o.Languages, null, o.Description, OrganizationContact.None);
            var organization = o.Status switch
            {
                "pending" => await Data.PendingAsync(profile, (await Data.UserAsync($"{o.Key}@example.org")).Id),
                "rejected" => await Data.RejectedAsync(profile),
                _ => await Data.VerifiedAsync(profile),
            };
            organizations[o.Key] = organization.Id;
        }

        foreach (var pair in set.Partnerships)
        {
            await Data.ApprovedProposalAsync(organizations[pair[0]], organizations[pair[1]]);
        }

        var gaps = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var g in set.Gaps)
        {
            var gap = await Data.GapAsync(
                g.RaisedBy is null ? null : organizations[g.RaisedBy],
                new GapDetails(g.Title, g.Description, g.Requires, g.Countries, [], GapPriority.Medium));
            gaps[g.Key] = gap.Id;
        }

        return (organizations, gaps);
    }

    private sealed record QualitySet(
        List<QualityOrganization> Organizations, List<List<string>> Partnerships, List<QualityGap> Gaps, List<QualityTarget> Targets);

    private sealed record QualityOrganization(
        string Key, string Name, string Sector, string[] Countries, string[] Offers, string[] Seeks, string[] Languages, string Description, string? Status);

    private sealed record QualityGap(string Key, string? RaisedBy, string Title, string Description, string[] Requires, string[] Countries);

    private sealed record QualityTarget(string Target, string Why, List<string> Expected, List<string> MustNot, string? Split)
    {
        public bool HeldOut => Split == "held-out";
    }
}
