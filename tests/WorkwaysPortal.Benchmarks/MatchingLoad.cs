using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using WorkwaysPortal.Data;
using WorkwaysPortal.Data.Import;
using WorkwaysPortal.Data.LocalDatabase;
using WorkwaysPortal.Data.Matching;
using WorkwaysPortal.Data.Synthetic;
using WorkwaysPortal.Domain.Matching;

namespace WorkwaysPortal.Benchmarks;

/// <summary>
/// The matching load harness: a throwaway PostgreSQL cluster (the portal's own launcher, ephemeral),
/// filled by <see cref="SyntheticLoad"/> (the portal's generator and importer) in steps (10,000 then 100,000 by default); at each step, top-10
/// matches for at least 200 different organizations and 200 different gaps, timed end to end through
/// <see cref="PartnerMatcher"/> (target query, candidate query, scoring). Prints median, p95, p99 and
/// max in milliseconds, the machine's load average, the ratio between the steps and the EXPLAIN
/// (ANALYZE, BUFFERS) of the candidate query for one organization and one gap.
/// </summary>
internal static class MatchingLoad
{
    public static async Task<int> RunAsync(string[] args)
    {
        var largest = Option(args, "--organizations", 100_000);
        var targets = Option(args, "--targets", 200);
        var smallest = Option(args, "--from", Math.Max(1, largest / 10));
        var seed = Option(args, "--seed", SyntheticOrganizations.DefaultSeed);
        int[] steps = smallest < largest ? [smallest, largest] : [largest];

        // --directory: a kept local cluster (e.g. the Cli's, LocalDatabase:Directory) measured as it is, at its size.
        var existing = StringOption(args, "--directory");
        var directory = existing ?? Path.Combine(Path.GetTempPath(), $"workways-bench-{Guid.NewGuid():N}"[..24]);
        await using var cluster = await LocalPostgresCluster.StartAsync(
            new LocalPostgresOptions { Directory = directory, Ephemeral = existing is null, Database = existing is null ? "workways_bench" : "workways" },
            NullLogger.Instance);
        // --examine, --pool and --budget: the retrieval's bounds to measure (Matching:ExaminePerTier, CandidatePoolSize, ExamineInAll).
        var overrides = new Dictionary<string, string?>();
        if (StringOption(args, "--examine") is { } examine)
        {
            overrides["Matching:ExaminePerTier"] = examine;
        }

        if (StringOption(args, "--pool") is { } poolSize)
        {
            overrides["Matching:CandidatePoolSize"] = poolSize;
        }

        if (StringOption(args, "--budget") is { } budget)
        {
            overrides["Matching:ExamineInAll"] = budget;
        }

        await using var provider = Services(cluster.ConnectionString, overrides);

        // The same matcher with bounds that leave nothing out in practice: how much of its top ten the measured one finds.
        await using var reference = Services(
            cluster.ConnectionString,
            new() { ["Matching:ExaminePerTier"] = "5000", ["Matching:CandidatePoolSize"] = "5000", ["Matching:ExamineInAll"] = "10000" });
        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database.MigrateAsync();
        }

        var options = provider.GetRequiredService<IOptions<MatchingOptions>>().Value;
        Console.WriteLine(Invariant($"Matching load harness: steps {string.Join(", ", steps)} (generate organizations, seed {seed}); {targets} organization targets and {targets} gap targets per step; pool {options.CandidatePoolSize}, {options.ExaminePerTier} rows examined per tier."));
        var results = new List<(int Size, Timing Organizations, Timing Gaps)>();
        var filled = 0;
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync();
        if (existing is not null)
        {
            filled = (int)await CountAsync(connection, "organizations");
            steps = [filled];
            await SyntheticLoad.DeriveWorkAsync(connection, firstOrganizationId: 1);
        }

        foreach (var size in steps)
        {
            var fill = Stopwatch.StartNew();
            if (size > filled)
            {
                await SyntheticLoad.AddAsync(provider, connection, filled, size, seed);
                filled = size;
            }

            Console.WriteLine(Invariant($"\n== {size:N0} organizations (filled in {fill.Elapsed.TotalSeconds:0.0} s; {await CountAsync(connection, "gaps"):N0} gaps, {await CountAsync(connection, "partnership_proposals"):N0} approved partnerships)"));

            // Targets spread over the whole directory, different at each step; the first 50 of each kind only warm up.
            var organizationIds = await IdsAsync(connection, "organizations", targets + 50);
            var gapIds = await IdsAsync(connection, "gaps", targets + 50);
            var organizationTiming = await MeasureAsync(provider, organizationIds, (m, id) => m.ForOrganizationAsync(id, 10, default));
            var gapTiming = await MeasureAsync(provider, gapIds, (m, id) => m.ForGapAsync(id, 10, default));
            Console.WriteLine(Invariant($"load average (1, 5, 15 min): {LoadAverage()}"));
            Console.WriteLine($"breakdown of the organization targets (median ms): {await BreakdownAsync(provider, connection, organizationIds, options)}");
            Console.WriteLine($"organizations: {organizationTiming}");
            Console.WriteLine($"gaps:          {gapTiming}");
            Console.WriteLine(Invariant($"top 10 against exhaustive bounds: organizations {await AgreementAsync(provider, reference, organizationIds[50..], (m, id) => m.ForOrganizationAsync(id, 10, default))}; gaps {await AgreementAsync(provider, reference, gapIds[50..], (m, id) => m.ForGapAsync(id, 10, default))}"));
            results.Add((size, organizationTiming, gapTiming));

            await using var scope = provider.CreateAsyncScope();
            var matcher = scope.ServiceProvider.GetRequiredService<PartnerMatcher>();
            await ExplainAsync(connection, "organization", (await matcher.OrganizationTargetAsync(organizationIds[^1], default))!, options);
            await ExplainAsync(connection, "gap", (await matcher.GapTargetAsync(gapIds[^1], default))!, options);
        }

        if (results.Count > 1)
        {
            var (small, large) = (results[0], results[^1]);
            Console.WriteLine(Invariant($"\n== {large.Size:N0}/{small.Size:N0} ratio"));
            Console.WriteLine(Invariant($"organizations: median {large.Organizations.Median / small.Organizations.Median:0.00}x, p99 {large.Organizations.P99 / small.Organizations.P99:0.00}x"));
            Console.WriteLine(Invariant($"gaps:          median {large.Gaps.Median / small.Gaps.Median:0.00}x, p99 {large.Gaps.P99 / small.Gaps.P99:0.00}x"));
        }

        return 0;
    }

    private static ServiceProvider Services(string connectionString, Dictionary<string, string?> matching)
    {
        var services = new ServiceCollection();
        services.AddPortalData(connectionString);
        services.AddPortalMatching(new ConfigurationBuilder().AddInMemoryCollection(matching).Build());
        services.AddLogging();
        services.AddScoped<OrganizationImporter>();
        return services.BuildServiceProvider();
    }

    /// <summary>
    /// The share of the reference's top ten that the measured matcher finds, and the mean score of the measured top
    /// ten over the reference's (1: as good partners, if maybe others of the same score).
    /// </summary>
    private static async Task<string> AgreementAsync(
        ServiceProvider measured, ServiceProvider reference, int[] ids, Func<PartnerMatcher, int, Task<IReadOnlyList<SuggestedPartner>?>> match)
    {
        var (found, wanted, mineScore, bestScore) = (0, 0, 0.0, 0.0);
        foreach (var id in ids)
        {
            await using var a = measured.CreateAsyncScope();
            await using var b = reference.CreateAsyncScope();
            var mine = (await match(a.ServiceProvider.GetRequiredService<PartnerMatcher>(), id))!;
            var best = (await match(b.ServiceProvider.GetRequiredService<PartnerMatcher>(), id))!;
            wanted += best.Count;
            found += best.Count(p => mine.Any(m => m.Id == p.Id));
            mineScore += mine.Sum(p => p.Score);
            bestScore += best.Sum(p => p.Score);
        }

        return Invariant($"found {(wanted == 0 ? 1 : (double)found / wanted):0.000}, score {(bestScore == 0 ? 1 : mineScore / bestScore):0.000}");
    }

    private static async Task<Timing> MeasureAsync(ServiceProvider provider, int[] ids, Func<PartnerMatcher, int, Task<IReadOnlyList<SuggestedPartner>?>> match)
    {
        var times = new List<double>();
        for (var i = 0; i < ids.Length; i++)
        {
            await using var scope = provider.CreateAsyncScope();
            var matcher = scope.ServiceProvider.GetRequiredService<PartnerMatcher>();
            var watch = Stopwatch.StartNew();
            var partners = await match(matcher, ids[i]);
            watch.Stop();
            if (partners is null)
            {
                throw new InvalidOperationException($"No target {ids[i]}.");
            }

            if (i >= 50)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        return new Timing([.. times.Order()]);
    }

    /// <summary>Where the time goes: loading the target (EF Core), the candidate query (one round trip), scoring.</summary>
    private static async Task<string> BreakdownAsync(ServiceProvider provider, NpgsqlConnection connection, int[] ids, MatchingOptions options)
    {
        var scorer = provider.GetRequiredService<MatchScorer>();
        var (load, query, score) = (new List<double>(), new List<double>(), new List<double>());
        foreach (var id in ids)
        {
            await using var scope = provider.CreateAsyncScope();
            var matcher = scope.ServiceProvider.GetRequiredService<PartnerMatcher>();
            var watch = Stopwatch.StartNew();
            var prepared = (await matcher.OrganizationTargetAsync(id, default))!;
            load.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            var rows = await CandidateQuery.ReadAsync(connection, prepared.Request, options, default);
            query.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            scorer.Rank(prepared.Target, [.. rows.Select(r => r.Candidate)], 10);
            score.Add(watch.Elapsed.TotalMilliseconds);
        }

        static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
        return Invariant($"target {Median(load):0.0}, candidate query {Median(query):0.0}, scoring {Median(score):0.00}");
    }

    private static async Task ExplainAsync(NpgsqlConnection connection, string kind, PreparedTarget prepared, MatchingOptions options)
    {
        await using var batch = CandidateQuery.Batch(connection, prepared.Request, options, explain: true);
        await using var reader = await batch.ExecuteReaderAsync();
        Console.WriteLine(Invariant($"\n-- EXPLAIN (ANALYZE, BUFFERS) of the candidate query for one {kind} (needs: {string.Join(",", prepared.Request.Needs)}; countries: {string.Join(",", prepared.Request.Here)}; key words: {prepared.Request.Keywords.Count})"));
        while (await reader.ReadAsync())
        {
            Console.WriteLine(reader.GetString(0));
        }
    }

    private static async Task<int[]> IdsAsync(NpgsqlConnection connection, string table, int count)
    {
        // Evenly spread ids, starting from a different offset for each table size.
        await using var command = new NpgsqlCommand(
            $"SELECT id FROM (SELECT id, row_number() OVER (ORDER BY id) AS n, count(*) OVER () AS total FROM {table}) t WHERE n % greatest(1, total / @count) = 0 ORDER BY hashint4(id) LIMIT @count",
            connection);
        command.Parameters.AddWithValue("count", count);
        var ids = new List<int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetInt32(0));
        }

        return [.. ids];
    }

    private static async Task<long> CountAsync(NpgsqlConnection connection, string table)
    {
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    internal static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : fallback;
    }

    internal static string? StringOption(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    internal sealed record Timing(double[] Sorted)
    {
        public double Median => Percentile(0.5);
        public double P95 => Percentile(0.95);
        public double P99 => Percentile(0.99);

        public override string ToString() =>
            Sorted.Length == 0 ? "no measurement" : Invariant($"n={Sorted.Length}, median {Median:0.0} ms, p95 {P95:0.0} ms, p99 {P99:0.0} ms, max {Sorted[^1]:0.0} ms");

        // Nearest-rank percentile.
        private double Percentile(double p) => Sorted[Math.Clamp((int)Math.Ceiling(p * Sorted.Length) - 1, 0, Sorted.Length - 1)];
    }
}
