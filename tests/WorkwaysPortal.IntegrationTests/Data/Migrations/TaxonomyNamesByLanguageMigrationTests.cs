using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using WorkwaysPortal.Data;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Data.Migrations;

/// <summary>
/// Migration TaxonomyNamesByLanguage on a taxonomy staff had edited, in a database of its own (the shared
/// one stays migrated): every name in the two old columns moves into the jsonb names as it was, the seed
/// terms gain French and Portuguese names beside them, and going back down restores the two columns.
/// </summary>
[Collection(PortalDatabaseCollection.Name)]
public sealed class TaxonomyNamesByLanguageMigrationTests(PortalDatabaseFixture database)
{
    private const string Before = "SavedSearchAlerts";

    [Fact]
    public async Task Names_staff_edited_survive_and_seed_terms_gain_french_and_portuguese()
    {
        var connection = await NewDatabaseAsync("workways_taxonomy_names_migration");
        await using var db = Context(connection);
        await db.GetService<IMigrator>().MigrateAsync(Before);
        await ExecuteAsync(connection, """
            UPDATE sectors SET name_en = 'Public authorities', name_es = 'Autoridades públicas' WHERE code = 'government';
            INSERT INTO country_groups (code, name_en, name_es, country_codes) VALUES ('andean', 'Andean countries', 'Países andinos', '{BO,CO,EC,PE}');
            """);

        await db.Database.MigrateAsync();

        Assert.Equal(
            """{"en": "Public authorities", "es": "Autoridades públicas", "fr": "Gouvernement", "pt": "Governo"}""",
            await ScalarAsync(connection, "SELECT names::text FROM sectors WHERE code = 'government'"));
        Assert.Equal(
            """{"en": "Andean countries", "es": "Países andinos"}""",
            await ScalarAsync(connection, "SELECT names::text FROM country_groups WHERE code = 'andean'"));
        Assert.Equal(
            "Triangle du Nord de l'Amérique centrale",
            await ScalarAsync(connection, "SELECT names ->> 'fr' FROM country_groups WHERE code = 'northern-triangle'"));
        foreach (var table in new[] { "sectors", "capabilities", "sub_regions", "countries", "working_languages", "gcm_objectives" })
        {
            Assert.Equal("0", await ScalarAsync(connection, "SELECT count(*)::text FROM " + table + " WHERE NOT names ?& array['en', 'es', 'fr', 'pt']"));
        }

        var government = await db.Sectors.AsNoTracking().SingleAsync(s => s.Code == "government");
        Assert.Equal(("Public authorities", "Gouvernement"), (government.NameIn("en"), government.NameIn("fr")));
        await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(connection, """UPDATE sectors SET names = '{"es": "Sin inglés"}' WHERE code = 'donor'"""));

        await db.GetService<IMigrator>().MigrateAsync(Before);

        Assert.Equal("Public authorities|Autoridades públicas", await ScalarAsync(connection, "SELECT name_en || '|' || name_es FROM sectors WHERE code = 'government'"));
        Assert.Equal("Andean countries|Países andinos", await ScalarAsync(connection, "SELECT name_en || '|' || name_es FROM country_groups WHERE code = 'andean'"));
    }

    private async Task<string> NewDatabaseAsync(string name)
    {
        await using (var admin = new NpgsqlConnection(database.ConnectionString))
        {
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = name, Pooling = false }.ConnectionString;
    }

    private static PortalDbContext Context(string connection)
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        DataServiceCollectionExtensions.Configure(options, connection);
        return new PortalDbContext(options.Options);
    }

    private static async Task ExecuteAsync(string connection, string sql)
    {
        await using var open = new NpgsqlConnection(connection);
        await open.OpenAsync();
        await using var command = new NpgsqlCommand(sql, open);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> ScalarAsync(string connection, string sql)
    {
        await using var open = new NpgsqlConnection(connection);
        await open.OpenAsync();
        await using var command = new NpgsqlCommand(sql, open);
        return (string)await command.ExecuteScalarAsync();
    }
}
