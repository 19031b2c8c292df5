using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Cli;

/// <summary>
/// The import format's optional translation fields (ADR 012): <c>name_fr</c>, <c>description_fr</c>… in CSV columns or
/// JSON properties. A row with any replaces the organization's translations, a row with none keeps them; a translation
/// in the row's own language is refused with its row and field; files without them stay valid.
/// </summary>
[Collection(PortalDatabaseCollection.Name)]
public sealed class ImportTranslationsTests(PortalDatabaseFixture database) : CliTest(database)
{
    [Fact]
    public async Task A_csv_and_a_json_file_import_translations_and_search_finds_them()
    {
        var csv = await WriteFileAsync("organizations.csv",
            "name,sector,countries,description,language,name_en,description_en,description_fr\n" +
            "Pastoral de Movilidad Humana,faith-based,GT,Acompaña a las personas migrantes.,es,Human Mobility Pastoral,Supports migrants.,Accompagnement social des migrants.\n" +
            "Mesa Regional,civil-society,HN,Coordina a las organizaciones.,es,,,\n");
        var json = await WriteFileAsync("more.json", """
            [ { "name": "Casa do Migrante", "sector": "civil-society", "countries": ["BR"], "description": "Atendimento aos migrantes.",
                "description_es": "Atención a las personas migrantes." } ]
            """);

        var first = await RunAsync("import", "organizations", csv);
        var second = await RunAsync("import", "organizations", json);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        await using var db = Database.CreateDbContext();
        var pastoral = await db.Organizations.SingleAsync(o => o.Name == "Pastoral de Movilidad Humana");
        Assert.Equal(["en", "fr"], pastoral.Translations.All.Keys);
        Assert.Equal("Human Mobility Pastoral", pastoral.Translations.In("en")!.Title);
        Assert.Equal(0, (await db.Organizations.SingleAsync(o => o.Name == "Mesa Regional")).Translations.Count);
        var casa = await db.Organizations.SingleAsync(o => o.Name == "Casa do Migrante");
        Assert.Equal("pt", casa.TextLanguage);
        Assert.Equal("Atención a las personas migrantes.", casa.Translations.In("es")!.Description);
        // The bulk COPY writes the translations, and the stored document stems the French one ("sociaux" finds "social").
        Assert.Equal(
            ["Pastoral de Movilidad Humana"],
            await db.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM organizations WHERE search_vector @@ portal_search_query('sociaux')").ToListAsync());
    }

    [Fact]
    public async Task Reimporting_without_translations_keeps_them_and_with_them_replaces_them()
    {
        var with = await WriteFileAsync("with.csv",
            "name,sector,countries,description,language,name_en\n" +
            "Mesa Regional,civil-society,HN,Coordina a las organizaciones.,es,Regional Roundtable\n");
        var without = await WriteFileAsync("without.csv",
            "name,sector,countries,description,language\n" +
            "Mesa Regional,civil-society,HN,Coordina a las organizaciones de la región.,es\n");
        var replaced = await WriteFileAsync("replaced.csv",
            "name,sector,countries,description,language,name_fr\n" +
            "Mesa Regional,civil-society,HN,Coordina a las organizaciones de la región.,es,Table régionale\n");

        await RunAsync("import", "organizations", with);
        await RunAsync("import", "organizations", without);
        await using (var db = Database.CreateDbContext())
        {
            var kept = await db.Organizations.SingleAsync();
            Assert.Equal("Coordina a las organizaciones de la región.", kept.Description);
            Assert.Equal("Regional Roundtable", kept.Translations.In("en")!.Title);
        }

        await RunAsync("import", "organizations", replaced);
        await using (var db = Database.CreateDbContext())
        {
            Assert.Equal(["fr"], (await db.Organizations.SingleAsync()).Translations.All.Keys);
        }
    }

    [Fact]
    public async Task A_translation_in_the_rows_own_language_is_refused_with_its_row_and_field()
    {
        var file = await WriteFileAsync("organizations.csv",
            "name,sector,countries,description,language,description_es\n" +
            "Mesa Regional,civil-society,HN,Coordina a las organizaciones.,es,Otra versión.\n");

        var result = await RunAsync("import", "organizations", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(
            $"{file}: row 2: description_es: The original text is already in this language: a translation must be into another one.",
            result.Stderr,
            StringComparison.Ordinal);
    }
}
