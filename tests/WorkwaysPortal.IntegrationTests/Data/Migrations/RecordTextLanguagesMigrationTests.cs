using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using WorkwaysPortal.Data;
using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Domain.Initiatives;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Text;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Data.Migrations;

/// <summary>
/// Migration RecordTextLanguages in a database of its own (the shared one stays migrated): every organization, gap
/// and initiative is kept and gets the language the Domain's detector gives its texts (the migration runs the same
/// rule in SQL), or its organization's first working language among the portal's, or English; the stored documents
/// are stemmed in it. Going back down removes the languages and restores the English and Spanish documents.
/// </summary>
[Collection(PortalDatabaseCollection.Name)]
public sealed class RecordTextLanguagesMigrationTests(PortalDatabaseFixture database)
{
    private const string Before = "TaxonomyNamesByLanguage";

    private const string Saisonniers = "SELECT name FROM organizations WHERE search_vector @@ to_tsquery('simple', 'saisonniers')";

    private static readonly (string Name, string Description, string[] Languages, string Expected)[] Organizations =
    [
        ("Labour Mobility Forum", "Advises the ministries on the policies of labour migration.", ["es"], "en"),
        ("Mesa Regional", "Acompaña a los trabajadores agrícolas y a sus familias.", ["en"], "es"),
        ("Réseau Solidarité", "Accompagnement social des familles et des travailleurs saisonniers.", ["es"], "fr"),
        ("Casa do Migrante", "Atendimento jurídico e acolhida dos migrantes venezuelanos em Roraima.", ["es"], "pt"),
        ("OIM Haïti", "Migrantes", ["ht", "fr"], "fr"),
        ("GMIES", "OIM ACNUR", ["de"], "en"),
        ("Fórum de la Red", "de la", ["ht", "pt", "es"], "pt"),
    ];

    [Fact]
    public async Task Every_row_is_kept_with_the_language_the_detector_gives_and_its_documents_in_it()
    {
        var connection = await NewDatabaseAsync("workways_text_languages_migration");
        await using var db = Context(connection);
        await db.Database.MigrateAsync();
        var now = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
        var organizations = Organizations
            .Select(o => Organization.Imported(TestData.Profile(o.Name, description: o.Description) with { Languages = o.Languages }, now))
            .ToList();
        db.Organizations.AddRange(organizations);
        await db.SaveChangesAsync();
        int Id(string name) => organizations.Single(o => o.Name == name).Id;
        db.Gaps.AddRange(
            Gap.Raise(Id("OIM Haïti"), WorkTestData.NewGap("OIM", "Logement"), null, now),
            Gap.Raise(null, WorkTestData.NewGap("GMIES", "OIM"), null, now),
            Gap.Raise(Id("Mesa Regional"), WorkTestData.NewGap("Vivienda", "Falta vivienda para los trabajadores y sus familias."), null, now));
        db.Initiatives.AddRange(
            Initiative.Record(Id("Fórum de la Red"), WorkTestData.NewInitiative("Acolhida", "Moradia"), null, now),
            Initiative.Record(Id("GMIES"), WorkTestData.NewInitiative("Formation", "Formation professionnelle des travailleurs."), null, now));
        await db.SaveChangesAsync();

        await db.GetService<IMigrator>().MigrateAsync(Before);
        Assert.Equal("0", await ScalarAsync(connection, "SELECT count(*)::text FROM information_schema.columns WHERE column_name = 'text_language'"));
        await db.Database.MigrateAsync();

        var rows = await RowsAsync(connection, "SELECT name, description, array_to_string(languages, ','), text_language FROM organizations ORDER BY id");
        Assert.Equal(Organizations.Select(o => (o.Name, o.Expected)), rows.Select(r => (r[0], r[3])));
        Assert.All(rows, r => Assert.Equal(TextLanguages.Choose(null, r[0], r[1], r[2].Split(',')), r[3]));
        Assert.Equal(
            ["fr", "en", "es"],
            (await RowsAsync(connection, "SELECT text_language FROM gaps ORDER BY id")).Select(r => r[0]));
        Assert.Equal(
            ["pt", "fr"],
            (await RowsAsync(connection, "SELECT text_language FROM initiatives ORDER BY id")).Select(r => r[0]));

        // The documents are in each record's language, and every one is indexed again.
        Assert.Equal("Réseau Solidarité", await ScalarAsync(connection, "SELECT name FROM organizations WHERE search_vector @@ portal_search_query('sociaux')"));
        Assert.Equal("Casa do Migrante", await ScalarAsync(connection, "SELECT name FROM organizations WHERE search_vector @@ portal_search_query('atender')"));
        Assert.Equal("Formation", await ScalarAsync(connection, "SELECT title FROM initiatives WHERE search_vector @@ portal_search_query('formations professionnelles')"));
        Assert.Equal("0", await ScalarAsync(connection, "SELECT (count(*) FILTER (WHERE search_vector IS NULL))::text FROM organizations"));
        Assert.Empty(await RowsAsync(connection, Saisonniers)); // French only: 'saisonni'

        Assert.Equal(
            ["ix_gaps_search_vector", "ix_initiatives_search_vector", "ix_organizations_search_vector"],
            (await RowsAsync(connection, "SELECT indexname FROM pg_indexes WHERE indexname LIKE '%search_vector' ORDER BY indexname")).Select(r => r[0]));
        db.ChangeTracker.Clear();
        Assert.Equal("fr", (await db.Organizations.AsNoTracking().SingleAsync(o => o.Name == "Réseau Solidarité")).TextLanguage);

        await db.GetService<IMigrator>().MigrateAsync(Before);

        Assert.Equal("7|3|2", await ScalarAsync(connection, "SELECT (SELECT count(*) FROM organizations) || '|' || (SELECT count(*) FROM gaps) || '|' || (SELECT count(*) FROM initiatives)"));
        Assert.Equal("0", await ScalarAsync(connection, "SELECT count(*)::text FROM information_schema.columns WHERE column_name = 'text_language'"));
        Assert.Equal("Mesa Regional", await ScalarAsync(connection, "SELECT name FROM organizations WHERE search_vector @@ portal_search_query('trabajadoras')"));
        Assert.Equal("Réseau Solidarité", await ScalarAsync(connection, Saisonniers)); // the Spanish "stem" of a French word
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

    private static async Task<string> ScalarAsync(string connection, string sql)
    {
        await using var open = new NpgsqlConnection(connection);
        await open.OpenAsync();
        await using var command = new NpgsqlCommand(sql, open);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<List<string[]>> RowsAsync(string connection, string sql)
    {
        await using var open = new NpgsqlConnection(connection);
        await open.OpenAsync();
        await using var command = new NpgsqlCommand(sql, open);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return rows;
    }
}
