using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using WorkwaysPortal.Data;
using WorkwaysPortal.Data.Accounts;
using WorkwaysPortal.Data.Alerts;
using WorkwaysPortal.Data.Import;
using WorkwaysPortal.Data.LocalDatabase;
using WorkwaysPortal.Data.Matching;
using WorkwaysPortal.Data.Notifications;
using WorkwaysPortal.Data.Synthetic;
using WorkwaysPortal.Domain.Alerts;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Notifications;

namespace WorkwaysPortal.Benchmarks;

/// <summary>
/// The alert load harness (issue 13's performance bar): a directory of <c>--organizations</c> (100,000) and
/// <c>--searches</c> saved searches (10,000, five per person, made from what the directory's organizations
/// seek and where they work). It times a moderator's verification (the unit of work of the review page: load
/// with the team, verify, tell the delegates, audit, save) of <c>--verify</c> pending organizations before the
/// searches exist and again with them, then one alert run over every search (<see cref="AlertRunner"/>, as
/// <c>workways alerts run --now</c>) and a second run with nothing new.
/// </summary>
internal static class AlertLoad
{
    public static async Task<int> RunAsync(string[] args)
    {
        var size = MatchingLoad.Option(args, "--organizations", 100_000);
        var searches = MatchingLoad.Option(args, "--searches", 10_000);
        var verify = MatchingLoad.Option(args, "--verify", 300);
        var existing = MatchingLoad.StringOption(args, "--directory");
        var directory = existing ?? Path.Combine(Path.GetTempPath(), $"workways-bench-{Guid.NewGuid():N}"[..24]);
        await using var cluster = await LocalPostgresCluster.StartAsync(
            new LocalPostgresOptions { Directory = directory, Ephemeral = existing is null, Database = existing is null ? "workways_bench" : "workways" },
            NullLogger.Instance);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection().Build();
        var services = new ServiceCollection();
        services.AddPortalData(cluster.ConnectionString);
        services.AddPortalMatching(configuration);
        services.AddPortalAlerts(configuration);
        services.AddPortalDataProtection("workways-benchmark");
        services.AddLogging();
        services.AddScoped<OrganizationImporter>();
        await using var provider = services.BuildServiceProvider();
        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database.MigrateAsync();
        }

        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync();
        var filled = (int)await ScalarAsync(connection, "SELECT count(*) FROM organizations");
        if (filled < size)
        {
            var fill = Stopwatch.StartNew();
            await SyntheticLoad.AddAsync(provider, connection, filled, size, SyntheticOrganizations.DefaultSeed);
            Console.WriteLine(Invariant($"filled {size:N0} organizations in {fill.Elapsed.TotalSeconds:0.0} s"));
        }

        await ExecuteAsync(connection, "DELETE FROM saved_searches; DELETE FROM alert_digests; DELETE FROM users WHERE email LIKE '%@alerts.bench'");
        var moderator = await UserAsync(provider, "moderator@alerts.bench");
        Console.WriteLine(Invariant($"Alert load harness: {await ScalarAsync(connection, "SELECT count(*) FROM organizations"):N0} organizations; load average {LoadAverage()}"));

        // Before: the verification's cost with no saved search at all.
        var pending = await PendingAsync(connection, 2 * verify);
        var without = await VerifyAsync(provider, pending[..verify], moderator);
        Console.WriteLine($"verify, no saved search:        {without}");

        var made = Stopwatch.StartNew();
        await SavedSearchesAsync(provider, connection, searches);
        Console.WriteLine(Invariant($"{await ScalarAsync(connection, "SELECT count(*) FROM saved_searches"):N0} saved searches of {await ScalarAsync(connection, "SELECT count(DISTINCT user_id) FROM saved_searches"):N0} people made in {made.Elapsed.TotalSeconds:0.0} s"));

        var with = await VerifyAsync(provider, pending[verify..], moderator);
        Console.WriteLine($"verify, with the saved searches: {with}");
        Console.WriteLine(Invariant($"ratio with/without: median {with.Median / without.Median:0.00}x, p99 {with.P99 / without.P99:0.00}x"));

        foreach (var label in new[] { Invariant($"alert run (every search; {verify} organizations verified since they were saved)"), "second alert run (nothing new)" })
        {
            await using var scope = provider.CreateAsyncScope();
            var watch = Stopwatch.StartNew();
            var result = await scope.ServiceProvider.GetRequiredService<AlertRunner>().RunAsync(ignoreSchedule: true, default);
            Console.WriteLine(Invariant($"{label}: {watch.Elapsed.TotalSeconds:0.0} s; {result.Digests:N0} digests, {result.Organizations:N0} organizations reported, {result.Searches:N0} searches run; load average {LoadAverage()}"));
        }

        // Where a run's time goes: the matcher asked about the organizations new to one search.
        var times = new List<double>();
        var verified = pending[verify..];
        await using (var scope = provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var sample = await db.SavedSearches.AsNoTracking().OrderBy(s => s.Id).Take(550).ToListAsync();
            for (var i = 0; i < sample.Count; i++)
            {
                var matcher = scope.ServiceProvider.GetRequiredService<PartnerMatcher>();
                var among = verified.Where((_, k) => (k + i) % 10 == 0).ToArray();
                var watch = Stopwatch.StartNew();
                await matcher.SearchAmongAsync(AlertRunner.ToSearch(sample[i].Criteria), among, default);
                if (i >= 50)
                {
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }
            }
        }

        Console.WriteLine(Invariant($"one search among {verify / 10} organizations: {new MatchingLoad.Timing([.. times.Order()])}"));
        return 0;
    }

    /// <summary>Verified organizations spread over the directory, put back in the queue as if just registered.</summary>
    private static async Task<int[]> PendingAsync(NpgsqlConnection connection, int count)
    {
        var ids = new List<int>();
        await using (var command = new NpgsqlCommand(
                         "SELECT id FROM organizations WHERE status = 'Verified' ORDER BY hashint4(id + 17) LIMIT @count", connection))
        {
            command.Parameters.AddWithValue("count", count);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                ids.Add(reader.GetInt32(0));
            }
        }

        await using var pend = new NpgsqlCommand(
            "UPDATE organizations SET status = 'Pending', decided_at = NULL, decided_by = NULL WHERE id = ANY(@ids)", connection);
        pend.Parameters.AddWithValue("ids", ids.ToArray());
        await pend.ExecuteNonQueryAsync();
        return [.. ids];
    }

    /// <summary>The review page's unit of work for each organization, timed one by one.</summary>
    private static async Task<MatchingLoad.Timing> VerifyAsync(ServiceProvider provider, int[] ids, Guid moderator)
    {
        var times = new List<double>();
        foreach (var id in ids)
        {
            await using var scope = provider.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var outbox = scope.ServiceProvider.GetRequiredService<NotificationOutbox>();
            var watch = Stopwatch.StartNew();
            var organization = await db.Organizations.Include(o => o.Members).SingleAsync(o => o.Id == id);
            var now = DateTimeOffset.UtcNow;
            organization.Verify(moderator, now);
            var recipients = await NotificationOutbox.DelegatesOfAsync(db, [organization.Id], default);
            await outbox.AddAsync(
                db, recipients, null,
                new NotificationContent(NotificationKinds.OrganizationVerified, organization.Name, null, null, organization.Id, $"/Organizations/{organization.Id}"),
                default);
            db.AuditEvents.Add(AuditEvent.Record(
                now, moderator, "moderator@alerts.bench", AuditActions.OrganizationVerified, AuditSubjects.Organization,
                id.ToString(CultureInfo.InvariantCulture), null, null));
            await db.SaveChangesAsync();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        // The first tenth warms up (connections, compiled queries).
        return new MatchingLoad.Timing([.. times.Skip(ids.Length / 10).Order()]);
    }

    /// <summary>
    /// Five searches per person, each for one or two things an organization of the directory seeks, in one or two
    /// of its countries, a third of them with a sector; frequencies 6 instant : 3 daily : 1 weekly; saved now (so
    /// that the organizations verified next are the news of the first run).
    /// </summary>
    private static async Task SavedSearchesAsync(ServiceProvider provider, NpgsqlConnection connection, int count)
    {
        var seeds = new List<(string[] Seeks, string[] Countries, string Sector)>();
        await using (var command = new NpgsqlCommand(
                         "SELECT seeks, countries, sector FROM organizations WHERE cardinality(seeks) > 0 AND cardinality(countries) > 0 ORDER BY hashint4(id) LIMIT @count",
                         connection))
        {
            command.Parameters.AddWithValue("count", count);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                seeds.Add((reader.GetFieldValue<string[]>(0), reader.GetFieldValue<string[]>(1), reader.GetString(2)));
            }
        }

        var savedAt = DateTimeOffset.UtcNow;
        for (var person = 0; person * 5 < count; person++)
        {
            var user = await UserAsync(provider, Invariant($"person{person}@alerts.bench"), person % 4 == 0 ? "es" : "en");
            await using var scope = provider.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            for (var i = person * 5; i < Math.Min(count, person * 5 + 5); i++)
            {
                var (seeks, countries, sector) = seeds[i % seeds.Count];
                var criteria = new SavedCriteria(
                    seeks[..Math.Min(seeks.Length, 1 + (i % 2))], countries[..Math.Min(countries.Length, 1 + (i % 2))], [], [], [],
                    i % 3 == 0 ? [sector] : [], null);
                var frequency = (i % 10) switch { < 6 => AlertFrequency.Instant, < 9 => AlertFrequency.Daily, _ => AlertFrequency.Weekly };
                db.SavedSearches.Add(SavedSearch.Create(user, Invariant($"Search {i}"), frequency, criteria, savedAt));
            }

            await db.SaveChangesAsync();
        }

        await ExecuteAsync(connection, "VACUUM (ANALYZE) saved_searches");
    }

    private static async Task<Guid> UserAsync(ServiceProvider provider, string email, string language = "en")
    {
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var user = new ApplicationUser
        {
            Id = Guid.NewGuid(),
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            DisplayName = email,
            PreferredLanguage = language,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user.Id;
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync();
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
