using Npgsql;

namespace WorkwaysPortal.IntegrationTests.Security;

/// <summary>
/// A fingerprint of every table's content (row count and an MD5 of the rows), to show that a request
/// changed nothing. The Data Protection key ring and the migration history are left out; the audit
/// trail is compared apart, because downloading an export appends a <c>data.exported</c> event by design.
/// Of the sign-in sessions only who and since when are compared: any request of a session may record
/// when it was last seen, and a sliding renewal moves its expiry. The shared rate-limit counters
/// (<c>rate_limit_windows</c>) and the wrong-password counts (<c>sign_in_throttles</c>) count refused requests too, by design, and are not compared.
/// Nor are the last-read markers of conversations (<c>conversation_reads</c>): opening a conversation records
/// how far its reader has read, as reading a mailbox does; a forged request can only mark read what its
/// victim may read anyway.
/// </summary>
public sealed record DatabaseSnapshot(IReadOnlyDictionary<string, string> Tables, IReadOnlyList<string> AuditActions)
{
    private static readonly HashSet<string> Ignored = ["data_protection_keys", "__EFMigrationsHistory", "audit_events", "rate_limit_windows", "sign_in_throttles", "conversation_reads"];

    /// <summary>The columns compared of tables that are not compared whole.</summary>
    private static readonly Dictionary<string, string> Columns = new(StringComparer.Ordinal) { ["user_sessions"] = "id, user_id, created_at" };

    public static async Task<DatabaseSnapshot> TakeAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var names = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
            connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }

        var tables = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names.Where(n => !Ignored.Contains(n)))
        {
            await using var digest = new NpgsqlCommand(
                $"SELECT count(*)::text || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM (SELECT {Columns.GetValueOrDefault(name, "*")} FROM \"{name}\") t",
                connection);
            tables[name] = (string)(await digest.ExecuteScalarAsync())!;
        }

        var audit = new List<string>();
        await using (var actions = new NpgsqlCommand("SELECT action FROM audit_events ORDER BY id", connection))
        await using (var reader = await actions.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                audit.Add(reader.GetString(0));
            }
        }

        return new DatabaseSnapshot(tables, audit);
    }

    /// <summary>The tables whose content differs from <paramref name="before"/>, and audit events added since that are not exports.</summary>
    public IReadOnlyList<string> ChangesSince(DatabaseSnapshot before, bool exportsAllowed = true)
    {
        ArgumentNullException.ThrowIfNull(before);
        var changes = Tables.Where(t => !before.Tables.TryGetValue(t.Key, out var old) || old != t.Value).Select(t => t.Key).ToList();
        var added = AuditActions.Skip(before.AuditActions.Count).Where(a => !exportsAllowed || a != "data.exported");
        changes.AddRange(added.Select(a => "audit_events: " + a));
        return changes;
    }
}
