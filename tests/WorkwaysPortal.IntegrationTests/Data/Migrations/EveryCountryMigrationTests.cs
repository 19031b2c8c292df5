using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using WorkwaysPortal.Data;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Data.Migrations;

/// <summary>
/// Migration EveryCountry on a database with the 56 countries of before, one of them renamed, in a database of its
/// own: every ISO 3166-1 country arrives, the countries and sub-regions already there keep their names (Syria stays
/// in Western Asia), every sub-region gets its region, and going back down leaves the countries of before.
/// </summary>
[Collection(PortalDatabaseCollection.Name)]
public sealed class EveryCountryMigrationTests(PortalDatabaseFixture database)
{
    private const string Before = "TaxonomyNamesByLanguage";

    [Fact]
    public async Task Every_country_arrives_and_the_rows_of_before_keep_their_names()
    {
        var connection = await NewDatabaseAsync("workways_every_country_migration");
        await using var db = Context(connection);
        await db.GetService<IMigrator>().MigrateAsync(Before);
        await ExecuteAsync(connection, """
            UPDATE countries SET names = names || '{"en": "United States of America"}' WHERE code = 'US';
            UPDATE sub_regions SET names = names || '{"fr": "Antilles"}' WHERE code = 'caribbean';
            """);
        Assert.Equal("56", await ScalarAsync(connection, "SELECT count(*)::text FROM countries"));

        await db.Database.MigrateAsync();

        Assert.Equal("249", await ScalarAsync(connection, "SELECT count(*)::text FROM countries"));
        Assert.Equal("United States of America", await ScalarAsync(connection, "SELECT names ->> 'en' FROM countries WHERE code = 'US'"));
        Assert.Equal("Antilles", await ScalarAsync(connection, "SELECT names ->> 'fr' FROM sub_regions WHERE code = 'caribbean'"));
        Assert.Equal("western-asia|asia", await ScalarAsync(connection, "SELECT c.sub_region_code || '|' || s.region_code FROM countries c JOIN sub_regions s ON s.code = c.sub_region_code WHERE c.code = 'SY'"));
        Assert.Equal("Allemagne|western-europe", await ScalarAsync(connection, "SELECT (names ->> 'fr') || '|' || sub_region_code FROM countries WHERE code = 'DE'"));
        Assert.Equal("caribbean|americas|3", await ScalarAsync(connection, "SELECT code || '|' || region_code || '|' || sort_order FROM sub_regions WHERE code = 'caribbean'"));
        Assert.Equal("0", await ScalarAsync(connection, "SELECT count(*)::text FROM countries WHERE NOT names ?& array['en', 'es', 'fr', 'pt']"));
        Assert.Equal(249, await db.Countries.CountAsync());

        await ExecuteAsync(connection, "INSERT INTO corridors (origin_code, destination_code) VALUES ('SN', 'ES')");
        await db.GetService<IMigrator>().MigrateAsync(Before);

        Assert.Equal("56", await ScalarAsync(connection, "SELECT count(*)::text FROM countries"));
        Assert.Equal("United States of America", await ScalarAsync(connection, "SELECT names ->> 'en' FROM countries WHERE code = 'US'"));
        Assert.Equal("0", await ScalarAsync(connection, "SELECT count(*)::text FROM corridors WHERE origin_code = 'SN'"));
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
