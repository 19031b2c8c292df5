using WorkwaysPortal.Domain;
using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Domain.Initiatives;
using WorkwaysPortal.Domain.Taxonomy;
using WorkwaysPortal.Domain.Text;

namespace WorkwaysPortal.UnitTests.Text;

public sealed class TextTranslationsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    private static GapDetails Details(string? language, Dictionary<string, TextTranslation>? translations = null) =>
        new("Vivienda", "Las familias no encuentran vivienda.", ["vocational-training"], ["GT"], [], GapPriority.High, language, translations);

    [Fact]
    public void Blank_translations_unknown_languages_and_blank_texts_are_left_out_and_texts_are_tidied()
    {
        var translations = new TextTranslations(new Dictionary<string, TextTranslation>
        {
            [" FR "] = new("  Logement ", ""),
            ["pt"] = new(" ", null),
            ["de"] = new("Wohnung", "Text."),
        });

        Assert.Equal(["fr"], translations.All.Keys);
        Assert.Equal(new TextTranslation("Logement", null), translations.In("fr-CA"));
        Assert.Null(translations.In("pt"));
    }

    [Fact]
    public void They_go_to_json_and_back_unchanged()
    {
        var translations = new TextTranslations(new Dictionary<string, TextTranslation> { ["fr"] = new("Logement", "Les familles n'ont pas de logement.") });

        var json = translations.ToJson();

        Assert.Equal("{\"fr\":{\"title\":\"Logement\",\"description\":\"Les familles n'ont pas de logement.\"}}", json);
        Assert.Equal(translations, TextTranslations.FromJson(json));
        Assert.Equal(TextTranslations.Empty, TextTranslations.FromJson("{}"));
    }

    [Fact]
    public void The_rules_refuse_the_records_own_language_an_unknown_one_and_texts_longer_than_the_originals()
    {
        var errors = WorkRules.Check(
            Details("es", new()
            {
                ["es"] = new("Otra", null),
                ["de"] = new("Wohnung", null),
                ["en"] = new(new string('h', WorkRules.TitleMaxLength + 1), "Line\u0007"),
                ["fr"] = new("Deux\nlignes", null),
                ["pt"] = new("", ""),
            }),
            TaxonomySnapshot.Seed);

        Assert.Equal(
            [
                "translations.es.title: " + UserMessages.TranslationInOwnLanguage,
                "translations.de: " + UserMessages.UnknownTextLanguage,
                "translations.en.title: " + UserMessages.TextTooLong,
                "translations.en.description: " + UserMessages.TextNotPlain,
                "translations.fr.title: " + UserMessages.TextNotOneLine,
            ],
            errors.Select(e => $"{e.Field}: {e.Message}"));
    }

    [Fact]
    public void Without_a_given_language_the_detected_one_is_the_records_own()
    {
        var errors = WorkRules.Check(Details(null, new() { ["es"] = new("Otra", null) }), TaxonomySnapshot.Seed);

        Assert.Equal("translations.es.title", Assert.Single(errors).Field);
    }

    [Fact]
    public void An_update_without_translations_keeps_them_and_one_with_them_replaces_them()
    {
        var gap = Gap.Raise(1, Details("es", new() { ["en"] = new("Housing", null) }), null, Now);

        gap.Update(Details("es"), Now);
        var kept = gap.Translations;
        gap.Update(Details("es", new() { ["en"] = new("", ""), ["fr"] = new("Logement", null) }), Now);

        Assert.Equal(["en"], kept.All.Keys);
        Assert.Equal(["fr"], gap.Translations.All.Keys);
    }

    [Fact]
    public void A_translation_into_the_language_the_record_comes_to_be_written_in_is_dropped()
    {
        var gap = Gap.Raise(1, Details("es", new() { ["en"] = new("Housing", "No housing.") }), null, Now);

        gap.Update(Details("en") with { Title = "Housing", Description = "The families find no housing." }, Now);

        Assert.Equal(0, gap.Translations.Count);
    }

    [Theory]
    [InlineData("fr", "fr")]
    [InlineData(null, "en")]
    public void A_gap_or_an_initiative_whose_texts_tell_nothing_is_in_its_organizations_language(string? organizationLanguage, string expected)
    {
        // "Vivienda" and "Acogida" have none of the common words the detector counts.
        var gap = Gap.Raise(1, Details(null) with { Title = "Vivienda", Description = "Vivienda.", OrganizationLanguage = organizationLanguage }, null, Now);
        var initiative = Initiative.Record(
            1, new InitiativeDetails("Acogida", "Acogida.", ["GT"], [], [], InitiativeStatus.Active, null, null, [], OrganizationLanguage: organizationLanguage), null, Now);

        Assert.Equal(expected, gap.TextLanguage);
        Assert.Equal(expected, initiative.TextLanguage);
    }

    [Fact]
    public void Texts_that_tell_their_language_win_over_the_organizations()
    {
        var gap = Gap.Raise(1, Details(null) with { OrganizationLanguage = "fr" }, null, Now);

        Assert.Equal("es", gap.TextLanguage);
    }
}
