using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Npgsql;

namespace WorkwaysPortal.Web.Features.Account;

/// <summary>
/// Holds back password guessing per account and client address instead of locking the account (ASVS
/// 6.3.1): after <see cref="AccountOptions.FailedSignInsBeforeDelay"/> wrong passwords for one account
/// from one address, that address waits before its next try, <see cref="AccountOptions.FirstSignInDelay"/>
/// at first and twice as long after each further failure, up to <see cref="AccountOptions.LongestSignInDelay"/>.
/// Everyone else, the owner included, signs in as usual: a stranger cannot lock anyone out.
/// </summary>
/// <remarks>
/// Counted in PostgreSQL (table <c>sign_in_throttles</c>) so that every instance of the portal holds back
/// the same address. Rows are keyed by a hash of the normalized email whether or not an account has it, so
/// an unknown address is held back exactly like a known one. A count starts again after a day without
/// failures, or at the next right password from that address; rows older than a day are pruned now and then.
/// </remarks>
public sealed class SignInThrottle(NpgsqlDataSource database, TimeProvider clock, IOptions<AccountOptions> options)
{
    private static readonly TimeSpan Memory = TimeSpan.FromDays(1);

    /// <summary>Only one notice per account in this time, however many addresses guess at it.</summary>
    private static readonly TimeSpan NoticeInterval = TimeSpan.FromHours(1);

    private const string HeldSql = """
        SELECT held_until FROM sign_in_throttles WHERE account_key = $1 AND address = $2 AND held_until > $3
        """;

    private const string CountSql = """
        INSERT INTO sign_in_throttles AS t (account_key, address, failures, last_failure_at) VALUES ($1, $2, 1, $3)
        ON CONFLICT (account_key, address) DO UPDATE
            SET failures = CASE WHEN t.last_failure_at < $3 - $4 THEN 1 ELSE t.failures + 1 END,
                held_until = CASE WHEN t.last_failure_at < $3 - $4 THEN NULL ELSE t.held_until END,
                last_failure_at = $3
        RETURNING failures
        """;

    // The notice goes out when no other address of the same account caused one within the interval.
    private const string HoldSql = """
        UPDATE sign_in_throttles AS t
        SET held_until = greatest(t.held_until, $3),
            notified_at = CASE
                WHEN $4 AND NOT EXISTS (SELECT 1 FROM sign_in_throttles o WHERE o.account_key = $1 AND o.notified_at > $5) THEN $6
                ELSE t.notified_at END
        WHERE t.account_key = $1 AND t.address = $2
        RETURNING t.notified_at IS NOT DISTINCT FROM $6
        """;

    private const string ForgetSql = "DELETE FROM sign_in_throttles WHERE account_key = $1 AND ($2::text IS NULL OR address = $2)";

    private const string PruneSql = "DELETE FROM sign_in_throttles WHERE last_failure_at < $1 AND (held_until IS NULL OR held_until < $2)";

    /// <summary>The key of an email address: a hash of its normalized form, so the table keeps no addresses.</summary>
    public static string KeyOf(string normalizedEmail)
    {
        ArgumentNullException.ThrowIfNull(normalizedEmail);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalizedEmail)));
    }

    /// <summary>How long an address waits after its <paramref name="failures"/>th wrong password in a row (zero below the threshold).</summary>
    public static TimeSpan DelayAfter(int failures, AccountOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var beyond = failures - options.FailedSignInsBeforeDelay;
        if (beyond < 0)
        {
            return TimeSpan.Zero;
        }

        // Doubling 30 times already passes any allowed longest delay (a day): stop there, before the ticks overflow.
        var delay = options.FirstSignInDelay * Math.Pow(2, Math.Min(beyond, 30));
        return delay < options.LongestSignInDelay ? delay : options.LongestSignInDelay;
    }

    /// <summary>When <paramref name="address"/> may try <paramref name="accountKey"/> again, or null when it may now.</summary>
    public async Task<DateTimeOffset?> HeldUntilAsync(string accountKey, string address, CancellationToken ct)
    {
        await using var held = database.CreateCommand(HeldSql);
        held.Parameters.Add(new NpgsqlParameter<string> { TypedValue = accountKey });
        held.Parameters.Add(new NpgsqlParameter<string> { TypedValue = address });
        held.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = clock.GetUtcNow() });
        return await held.ExecuteScalarAsync(ct) is DateTime until ? new DateTimeOffset(until, TimeSpan.Zero) : null;
    }

    /// <summary>Counts a wrong password; says how many in a row there are now and whether to tell the account's owner.</summary>
    public async Task<Failure> FailedAsync(string accountKey, string address, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var connection = await database.OpenConnectionAsync(ct);
        int failures;
        await using (var count = new NpgsqlCommand(CountSql, connection))
        {
            count.Parameters.Add(new NpgsqlParameter<string> { TypedValue = accountKey });
            count.Parameters.Add(new NpgsqlParameter<string> { TypedValue = address });
            count.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
            count.Parameters.Add(new NpgsqlParameter<TimeSpan> { TypedValue = Memory });
            failures = (int)(await count.ExecuteScalarAsync(ct))!;
        }

        if (Random.Shared.Next(256) == 0)
        {
            await using var prune = new NpgsqlCommand(PruneSql, connection);
            prune.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now - Memory });
            prune.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
            await prune.ExecuteNonQueryAsync(ct);
        }

        var delay = DelayAfter(failures, options.Value);
        if (delay == TimeSpan.Zero)
        {
            return new Failure(failures, null, NotifyOwner: false);
        }

        await using var hold = new NpgsqlCommand(HoldSql, connection);
        hold.Parameters.Add(new NpgsqlParameter<string> { TypedValue = accountKey });
        hold.Parameters.Add(new NpgsqlParameter<string> { TypedValue = address });
        hold.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now + delay });
        hold.Parameters.Add(new NpgsqlParameter<bool> { TypedValue = failures == options.Value.FailedSignInsBeforeDelay });
        hold.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now - NoticeInterval });
        hold.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
        var notify = await hold.ExecuteScalarAsync(ct) is true;
        return new Failure(failures, now + delay, notify);
    }

    /// <summary>The right password from <paramref name="address"/>: its count starts again.</summary>
    public Task SucceededAsync(string accountKey, string address, CancellationToken ct) => ForgetAsync(accountKey, address, ct);

    /// <summary>The owner chose a new password by email: every address of the account starts again.</summary>
    public Task ForgetAccountAsync(string accountKey, CancellationToken ct) => ForgetAsync(accountKey, null, ct);

    private async Task ForgetAsync(string accountKey, string? address, CancellationToken ct)
    {
        await using var forget = database.CreateCommand(ForgetSql);
        forget.Parameters.Add(new NpgsqlParameter<string> { TypedValue = accountKey });
        forget.Parameters.Add(new NpgsqlParameter { Value = (object?)address ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        await forget.ExecuteNonQueryAsync(ct);
    }

    /// <param name="Failures">Wrong passwords in a row from this address.</param>
    /// <param name="HeldUntil">When the address may try again; null when it need not wait.</param>
    /// <param name="NotifyOwner">This failure is the one that started the wait, and the owner was not told of another within the hour.</param>
    public sealed record Failure(int Failures, DateTimeOffset? HeldUntil, bool NotifyOwner);
}
