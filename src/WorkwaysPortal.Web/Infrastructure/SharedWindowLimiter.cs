using System.Threading.RateLimiting;
using Npgsql;

namespace WorkwaysPortal.Web.Infrastructure;

/// <summary>
/// A fixed window counted in PostgreSQL (table <c>rate_limit_windows</c>), so that every instance of the
/// portal counts against the same limit: with two instances behind a balancer, ten sign-ins a minute
/// stay ten, not twenty. One upsert per counted request; the table is unlogged (a crash of the database
/// forgets the counts, which only ever lets a few more requests through) and windows older than a day
/// are pruned now and then.
/// </summary>
/// <remarks>
/// The count needs the database, so <see cref="AttemptAcquire"/> never grants: ASP.NET Core's
/// middleware then calls <see cref="AcquireAsync"/>, which counts. (A request that also passes the
/// API-wide limiter, an in-memory fixed window, is counted there twice: harmless, as the match search's
/// own limit is a tenth of the API's.)
/// </remarks>
public sealed class SharedWindowLimiter(NpgsqlDataSource database, TimeProvider clock, string key, int permitLimit, TimeSpan window) : RateLimiter
{
    private const string CountSql = """
        INSERT INTO rate_limit_windows AS w (key, window_start, hits) VALUES ($1, $2, 1)
        ON CONFLICT (key, window_start) DO UPDATE SET hits = w.hits + 1
        RETURNING hits
        """;

    private const string PruneSql = "DELETE FROM rate_limit_windows WHERE window_start < $1";

    private long _lastUsed = clock.GetTimestamp();

    public override TimeSpan? IdleDuration => clock.GetElapsedTime(Interlocked.Read(ref _lastUsed));

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount) =>
        permitCount == 0 ? WindowLease.Granted : WindowLease.AskTheDatabase;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        if (permitCount == 0)
        {
            return WindowLease.Granted;
        }

        Interlocked.Exchange(ref _lastUsed, clock.GetTimestamp());
        var now = clock.GetUtcNow();
        var start = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % window.Ticks), TimeSpan.Zero);
        int hits;
        await using (var count = database.CreateCommand(CountSql))
        {
            count.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
            count.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = start });
            hits = (int)(await count.ExecuteScalarAsync(cancellationToken))!;
        }

        if (Random.Shared.Next(256) == 0)
        {
            await using var prune = database.CreateCommand(PruneSql);
            prune.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now.AddDays(-1) });
            await prune.ExecuteNonQueryAsync(cancellationToken);
        }

        return hits <= permitLimit ? WindowLease.Granted : new WindowLease(false, start + window - now);
    }

    /// <summary>Holds nothing to release (a fixed window never gives permits back), so instances are shared.</summary>
    private sealed class WindowLease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly WindowLease Granted = new(true, null);

        /// <summary>Not granted without a count: the middleware goes on to <see cref="AcquireAsyncCore"/>.</summary>
        public static readonly WindowLease AskTheDatabase = new(false, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            if (retryAfter is { } wait && metadataName == MetadataName.RetryAfter.Name)
            {
                metadata = wait;
                return true;
            }

            metadata = null;
            return false;
        }
    }
}
