using Npgsql;

namespace WorkwaysPortal.Data.Caching;

/// <summary>
/// Reads the content counters in one small query over raw Npgsql (a primary-key table of a few rows),
/// cheap enough to run before every cached page so that no instance serves a page older than the data.
/// </summary>
public sealed class CacheVersionReader(NpgsqlDataSource dataSource)
{
    /// <summary>The counters on the primary.</summary>
    public Task<IReadOnlyDictionary<string, long>> ReadAsync(CancellationToken ct = default) => ReadAsync(dataSource, ct);

    /// <summary>
    /// The counters where <paramref name="source"/> reads: a cached page takes them from the database its
    /// content comes from (<see cref="PortalReads.DataSource"/>), so that a standby behind the primary never
    /// stores its older page under the primary's newer counters.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, long>> ReadAsync(NpgsqlDataSource source, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        await using var command = source.CreateCommand("SELECT tag, version FROM cache_versions");
        await using var reader = await command.ExecuteReaderAsync(ct);
        var versions = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync(ct))
        {
            versions[reader.GetString(0)] = reader.GetInt64(1);
        }

        return versions;
    }
}
