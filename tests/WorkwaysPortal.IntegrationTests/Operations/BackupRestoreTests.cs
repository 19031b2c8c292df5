using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using WorkwaysPortal.Data.Seed;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Operations;

/// <summary>
/// The backup procedure of docs/operations.md, run for real: pg_dump of a database holding the demo
/// data, pg_restore into an empty database, and every table comes back with the same rows.
/// </summary>
public sealed class BackupRestoreTests(PortalDatabaseFixture database) : PortalTest(database)
{
    [Fact]
    public async Task A_pg_dump_restored_with_pg_restore_gives_back_every_row()
    {
        await using (var scope = App.Services.CreateAsyncScope())
        {
            await DemoSeeder.SeedAsync(scope.ServiceProvider, CancellationToken.None);
        }

        var source = new NpgsqlConnectionStringBuilder(Database.ConnectionString);
        var restoredName = $"restore_{Guid.NewGuid():N}";
        var restored = new NpgsqlConnectionStringBuilder(Database.ConnectionString) { Database = restoredName, Pooling = false };
        var dump = Path.Combine(Path.GetTempPath(), $"{restoredName}.dump");
        try
        {
            await RunAsync("pg_dump", source, ["--format=custom", "--no-owner", $"--file={dump}", source.Database!]);
            await ExecuteAsync(source.ConnectionString, $"CREATE DATABASE \"{restoredName}\"");
            await RunAsync("pg_restore", source, ["--no-owner", "--exit-on-error", $"--dbname={restoredName}", dump]);

            var before = await CountRowsAsync(source.ConnectionString);
            var after = await CountRowsAsync(restored.ConnectionString);

            Assert.True(before["organizations"] >= 15, "the demo data should be there before the backup");
            Assert.True(before["audit_events"] > 0);
            Assert.Equal(before, after);
            Assert.Equal(
                await ScalarAsync(source.ConnectionString, "SELECT string_agg(name || ':' || status || ':' || array_to_string(countries, ','), '|' ORDER BY id) FROM organizations"),
                await ScalarAsync(restored.ConnectionString, "SELECT string_agg(name || ':' || status || ':' || array_to_string(countries, ','), '|' ORDER BY id) FROM organizations"));
            var searchable = (long)(await ScalarAsync(restored.ConnectionString, "SELECT count(*) FROM organizations WHERE search_vector @@ portal_search_query('migracion')"))!;
            Assert.True(searchable > 0, "the restored search columns and functions should work");
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(source.ConnectionString, $"DROP DATABASE IF EXISTS \"{restoredName}\" WITH (FORCE)");
            File.Delete(dump);
        }
    }

    private async Task RunAsync(string tool, NpgsqlConnectionStringBuilder connection, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(Database.PostgresBinDirectory, tool))
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var argument in (string[])[$"--host={connection.Host}", $"--port={connection.Port}", $"--username={connection.Username}", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PGPASSWORD"] = connection.Password;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {await error}");
    }

    private static async Task<Dictionary<string, long>> CountRowsAsync(string connectionString)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM \"{table}\"", connection);
            counts[table] = (long)(await count.ExecuteScalarAsync())!;
        }

        return counts;
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
