using Npgsql;

namespace WorkwaysPortal.Data.Caching;

/// <summary>
/// Reads the content counters in one small query over raw Npgsql (a primary-key table of a few rows),
/// cheap enough to run before every cached page so that no instance serves a page older than the data.
/// </summary>
public sealed class CacheVersionReader(NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyDictionary<string, long>> ReadAsync(CancellationToken ct = default)
    {
        await using var command = dataSource.CreateCommand("SELECT tag, version FROM cache_versions");
        await using var reader = await command.ExecuteReaderAsync(ct);
        var versions = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync(ct))
        {
            versions[reader.GetString(0)] = reader.GetInt64(1);
        }

        return versions;
    }
}
