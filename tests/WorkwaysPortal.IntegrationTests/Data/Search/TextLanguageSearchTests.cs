using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Data.Search;

/// <summary>
/// Search in the four languages of the portal (ADR 011): a record's texts are stemmed in the language they are
/// written in, and a query is looked up in all four, without accents. Each case's query finds its record only
/// through that language's stemmer: the words differ in a way only it undoes, in the description (which is not
/// indexed as written).
/// </summary>
public sealed class TextLanguageSearchTests(PortalDatabaseFixture database) : PortalTest(database)
{
    [Theory]
    // English: "policies" and "policy" share only their English stem.
    [InlineData("en", "Labour Mobility Forum", "Advises on labour migration policy.", "policies")]
    [InlineData("en", "Labour Mobility Forum", "Advises on labour migration policy.", "Polícies")]
    // Spanish: "trabajadoras" and "trabajador" share their Spanish stem, and "agrícola" is "agricola".
    [InlineData("es", "Mesa Regional", "Acompaña al trabajador agrícola temporal.", "trabajadoras agricolas")]
    // French: "sociaux" is the plural of "social"; "régional" is "regional".
    [InlineData("fr", "Réseau Solidarité", "Accompagnement social et régional des familles.", "sociaux regionaux")]
    [InlineData("fr", "Réseau Solidarité", "Formation professionnelle des travailleurs migrants.", "formations professionnelles")]
    // Portuguese: "atender" and "atendimento" share only their Portuguese stem; "migrantes" is "migrante".
    [InlineData("pt", "Casa do Migrante", "Atendimento jurídico para migrantes.", "atender migrante juridico")]
    public async Task A_query_finds_a_record_through_the_stems_of_its_language(string language, string name, string description, string query)
    {
        await Data.VerifiedAsync(TestData.Profile(name, description: description) with { TextLanguage = language });
        await Data.VerifiedAsync(TestData.Profile("Unrelated Association", description: "Shelters in the desert."));

        var page = await NewClient().GetPageAsync($"/api/v1/organizations?q={Uri.EscapeDataString(query)}");

        Assert.Contains(name, page, StringComparison.Ordinal);
        Assert.DoesNotContain("Unrelated Association", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "'polici'", "'policy'")]
    [InlineData("es", "'trabaj'", "'trabajador'")]
    [InlineData("fr", "'social'", "'sociaux'")]
    [InlineData("pt", "'atend'", "'atendimento'")]
    public async Task A_body_is_stemmed_in_its_language_only(string language, string stem, string notStem)
    {
        var descriptions = new Dictionary<string, string>
        {
            ["en"] = "Labour policy.",
            ["es"] = "Trabajador temporal.",
            ["fr"] = "Droits sociaux.",
            ["pt"] = "Atendimento gratuito.",
        };
        var organization = await Data.VerifiedAsync(TestData.Profile("Casa", description: descriptions[language]) with { TextLanguage = language });

        var document = await Data.QueryAsync(db => db.Database
            .SqlQuery<string>($"SELECT search_vector::text AS \"Value\" FROM organizations WHERE id = {organization.Id}")
            .SingleAsync());

        Assert.Contains(stem, document, StringComparison.Ordinal);
        Assert.DoesNotContain(notStem, document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gaps_and_initiatives_are_stemmed_in_their_language()
    {
        var organization = await Data.VerifiedAsync(TestData.Profile("Réseau Haïtien"));
        await Data.GapAsync(organization.Id, WorkTestData.NewGap("Besoin de logement", "Hébergement des travailleurs saisonniers sociaux.") with { TextLanguage = "fr" });
        await Data.InitiativeAsync(organization.Id, WorkTestData.NewInitiative("Acolhida", "Atendimento às famílias.") with { TextLanguage = "pt" });

        var gaps = await NewClient().GetPageAsync("/api/v1/gaps?q=social");
        var initiatives = await NewClient().GetPageAsync("/api/v1/initiatives?q=atender");

        Assert.Contains("Besoin de logement", gaps, StringComparison.Ordinal);
        Assert.Contains("Acolhida", initiatives, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_of_a_record_is_detected_when_nobody_gives_it()
    {
        var organization = await Data.VerifiedAsync(TestData.Profile("Réseau Solidarité", description: "Accompagnement social des familles et des travailleurs."));

        Assert.Equal("fr", organization.TextLanguage);
        var page = await NewClient().GetPageAsync("/api/v1/organizations?q=sociaux");
        Assert.Contains("Réseau Solidarité", page, StringComparison.Ordinal);
    }
}
