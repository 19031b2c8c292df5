using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Domain.Text;
using WorkwaysPortal.Testing;
using static WorkwaysPortal.Testing.WorkTestData;

namespace WorkwaysPortal.IntegrationTests.Data.Search;

/// <summary>
/// Search finds a record by any of its translations (ADR 012): each translation is stemmed in its own language, beside
/// the record's own texts in theirs, without accents. Each query word appears only in the translation, and in a form
/// that only the translation's stemmer brings back to it.
/// </summary>
public sealed class TranslationSearchTests(PortalDatabaseFixture database) : PortalTest(database)
{
    [Theory]
    // A Spanish gap translated into French: "sociaux" is the plural of "social"; "régional" is "regional".
    [InlineData("es", "fr", "Accompagnement social et régional des familles.", "sociaux regionaux")]
    // A French gap translated into English: "policies" and "policy" share only their English stem.
    [InlineData("fr", "en", "Advice on labour migration policy.", "policies")]
    // A Portuguese gap translated into Spanish: "trabajadoras" and "trabajador" share their Spanish stem; "agrícola" is "agricola".
    [InlineData("pt", "es", "Acompaña al trabajador agrícola temporal.", "trabajadoras agricolas")]
    // An English gap translated into Portuguese: "atender" and "atendimento" share only their Portuguese stem.
    [InlineData("en", "pt", "Atendimento jurídico para migrantes.", "atender juridico")]
    public async Task A_gap_is_found_by_a_word_that_only_its_translation_has(string own, string language, string translation, string query)
    {
        var organization = await Data.VerifiedAsync(TestData.Profile("Mesa Regional"));
        await Data.GapAsync(organization.Id, NewGap("Brecha 17", "Texto original sin esas palabras.") with
        {
            TextLanguage = own,
            Translations = new Dictionary<string, TextTranslation> { [language] = new(null, translation) },
        });
        await Data.GapAsync(organization.Id, NewGap("Unrelated gap", "Shelters in the desert."));

        var found = await NewClient().GetPageAsync("/api/v1/gaps?q=" + Uri.EscapeDataString(query));

        Assert.Contains("Brecha 17", found, StringComparison.Ordinal);
        Assert.DoesNotContain("Unrelated gap", found, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_translation_the_same_query_finds_nothing()
    {
        var organization = await Data.VerifiedAsync(TestData.Profile("Mesa Regional"));
        await Data.GapAsync(organization.Id, NewGap("Brecha 17", "Texto original sin esas palabras.") with { TextLanguage = "es" });

        var page = await NewClient().GetPageAsync("/api/v1/gaps?q=sociaux");

        Assert.DoesNotContain("Brecha 17", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_organization_and_an_initiative_are_found_by_their_translated_name_and_title()
    {
        var organization = await Data.VerifiedAsync(TestData.Profile("Pastoral de Movilidad Humana") with
        {
            TextLanguage = "es",
            Translations = new Dictionary<string, TextTranslation> { ["en"] = new("Human Mobility Pastoral", "Supports migrants.") },
        });
        await Data.InitiativeAsync(organization.Id, NewInitiative("Acogida", "Acogida de familias.") with
        {
            TextLanguage = "es",
            Translations = new Dictionary<string, TextTranslation> { ["fr"] = new("Hébergement des familles", null) },
        });

        var organizations = await NewClient().GetPageAsync("/api/v1/organizations?q=mobility");
        var initiatives = await NewClient().GetPageAsync("/api/v1/initiatives?q=hebergements");

        Assert.Contains("Pastoral de Movilidad Humana", organizations, StringComparison.Ordinal);
        Assert.Contains("Acogida", initiatives, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_translation_is_stemmed_in_its_own_language_only()
    {
        var organization = await Data.VerifiedAsync(TestData.Profile("Casa", description: "Trabajador temporal.") with
        {
            TextLanguage = "es",
            Translations = new Dictionary<string, TextTranslation> { ["fr"] = new(null, "Droits sociaux.") },
        });

        var document = await Data.QueryAsync(db => db.Database
            .SqlQuery<string>($"SELECT search_vector::text AS \"Value\" FROM organizations WHERE id = {organization.Id}")
            .SingleAsync());

        Assert.Contains("'social'", document, StringComparison.Ordinal);
        Assert.DoesNotContain("'sociaux'", document, StringComparison.Ordinal);
        Assert.Contains("'trabaj'", document, StringComparison.Ordinal);
    }
}
