using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Respawn;
using Respawn.Graph;
using WorkwaysPortal.Data;
using WorkwaysPortal.Data.LocalDatabase;
using Xunit;

namespace WorkwaysPortal.Testing;

/// <summary>
/// One throwaway PostgreSQL cluster per test run, started by the same launcher as the run command,
/// migrated once; <see cref="ResetAsync"/> empties every table but the taxonomy between tests.
/// </summary>
public sealed class PortalDatabaseFixture : IAsyncLifetime
{
    private static readonly Table[] KeptTables =
    [
        "__EFMigrationsHistory", "sectors", "capabilities", "regions", "sub_regions", "countries", "country_groups",
        "corridors", "working_languages", "roles", "gcm_objectives", "cache_versions",

        // The Data Protection key ring: the shared portal keeps its cached keys across tests.
        "data_protection_keys",

        // Append-only (a trigger refuses DELETE); emptied with TRUNCATE instead.
        "audit_events",
    ];

    private LocalPostgresCluster? _cluster;
    private Respawner? _respawner;
    private readonly Dictionary<string, PortalFactory> _apps = new(StringComparer.Ordinal);

    public string ConnectionString => _cluster?.ConnectionString ?? throw new InvalidOperationException("The database is not started.");

    /// <summary>The portal over this database, started on first use and shared by the tests of the run.</summary>
    public PortalFactory App => AppIn(PortalFactory.Testing);

    /// <summary>The portal in another environment (Development, Production), over the same database.</summary>
    public PortalFactory AppIn(string environment)
    {
        if (!_apps.TryGetValue(environment, out var app))
        {
            _apps[environment] = app = new PortalFactory(ConnectionString, environment);
        }

        return app;
    }

    public async Task InitializeAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"workways-tests-{Guid.NewGuid():N}"[..24]);
        _cluster = await LocalPostgresCluster.StartAsync(
            new LocalPostgresOptions { Directory = directory, Ephemeral = true, Database = "workways_tests" },
            NullLogger.Instance);

        await using (var db = CreateDbContext())
        {
            await db.Database.MigrateAsync();
        }

        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            TablesToIgnore = KeptTables,
        });
    }

    /// <summary>Where the PostgreSQL programs of the test cluster are (pg_dump, pg_restore…).</summary>
    public string PostgresBinDirectory => _cluster?.BinDirectory ?? throw new InvalidOperationException("The database is not started.");

    public PortalDbContext CreateDbContext()
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        DataServiceCollectionExtensions.Configure(options, ConnectionString);
        return new PortalDbContext(options.Options);
    }

    /// <summary>Empties every table except the taxonomy, roles and migration history.</summary>
    public async Task ResetAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await _respawner!.ResetAsync(connection);
        await using var truncate = new NpgsqlCommand("TRUNCATE audit_events", connection);
        await truncate.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var app in _apps.Values)
        {
            await app.DisposeAsync();
        }

        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}
