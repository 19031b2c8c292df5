using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Data.Search;

/// <summary>
/// The stored search documents (ADR 003, ADR 011): titles as written and stemmed, bodies stemmed only, in the language
/// of the record's texts, lz4-compressed.
/// </summary>
public sealed class SearchDocumentTests(PortalDatabaseFixture database) : PortalTest(database)
{
    [Fact]
    public async Task A_title_is_kept_as_written_and_a_body_only_as_stems_of_its_language()
    {
        var organization = await Data.VerifiedAsync(TestData.Profile(
            "Trabajadores Unidos", acronym: "TU", description: "Capacitación de agricultores migrantes."));
        Assert.Equal("es", organization.TextLanguage); // "de" is as Spanish as French or Portuguese: its working language decides

        var document = await Data.QueryAsync(db => db.Database
            .SqlQuery<string>($"SELECT search_vector::text AS \"Value\" FROM organizations WHERE id = {organization.Id}")
            .SingleAsync());
        var lexemes = document.Split(' ').Select(l => l[1..l.IndexOf('\'', 1)]).ToHashSet();

        Assert.Contains("trabajadores", lexemes); // the name, as written ('simple')
        Assert.Contains("trabaj", lexemes);       // its Spanish stem
        Assert.Contains("agricultor", lexemes);   // the body's Spanish stem
        Assert.Contains("capacitacion", lexemes); // unaccented
        Assert.DoesNotContain("agricultores", lexemes); // no copy of the body as written
        Assert.DoesNotContain("migrantes", lexemes);
    }

    [Theory]
    [InlineData("agricultura")]
    [InlineData("migrantes")]
    [InlineData("capacitacion")]
    [InlineData("Capacitación")]
    [InlineData("training OR agricultura")]
    public async Task Body_words_are_still_found_as_written_with_or_without_accents(string query)
    {
        await Data.VerifiedAsync(TestData.Profile(
            "Red Jesuita con Migrantes", description: "Capacitación de trabajadores migrantes en agricultura."));

        var page = await NewClient().GetPageAsync($"/api/v1/organizations?q={Uri.EscapeDataString(query)}");

        Assert.Contains("Red Jesuita con Migrantes", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_documents_are_compressed_with_lz4()
    {
        var methods = await Data.QueryAsync(db => db.Database.SqlQuery<string>($"""
            SELECT c.relname || ':' || a.attcompression::text AS "Value"
            FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
            WHERE a.attname = 'search_vector' AND c.relname IN ('organizations', 'initiatives', 'gaps') ORDER BY c.relname
            """).ToListAsync());

        Assert.Equal(["gaps:l", "initiatives:l", "organizations:l"], methods);
    }
}
