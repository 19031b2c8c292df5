using WorkwaysPortal.Domain;
using WorkwaysPortal.Domain.Text;

namespace WorkwaysPortal.UnitTests.Text;

public sealed class TextLanguagesTests
{
    [Theory]
    [InlineData("en", "Technical and labour training for migrants in agriculture and services, with the support of the ministries of labour.")]
    [InlineData("es", "Capacitación técnica y laboral para personas migrantes en la agricultura y los servicios, con el apoyo de los ministerios.")]
    [InlineData("fr", "Formation professionnelle des travailleurs migrants dans l'agriculture et les services, avec le soutien des ministères.")]
    [InlineData("pt", "Formação profissional de trabalhadores migrantes na agricultura e nos serviços, com o apoio dos ministérios do trabalho.")]
    [InlineData("es", "Asesoría legal gratuita a familias retornadas y a sus hijos en Honduras.")]
    [InlineData("pt", "Acolhimento de migrantes venezuelanos em Roraima e apoio à interiorização pelo país.")]
    [InlineData("fr", "Accueil des migrants haïtiens et accompagnement juridique à Port-au-Prince.")]
    [InlineData("en", "A network of shelters along the route that offers legal advice to people in transit.")]
    public void Descriptions_are_detected_in_their_language(string expected, string text) =>
        Assert.Equal(expected, TextLanguages.Detect(text));

    [Theory]
    [InlineData("en", "Skills for the labour market")]
    [InlineData("es", "Reintegración de los retornados")]
    [InlineData("fr", "Protection des travailleurs saisonniers")]
    [InlineData("pt", "Inclusão dos refugiados no mercado de trabalho")]
    public void A_short_title_is_enough_when_it_has_a_common_word(string expected, string title) =>
        Assert.Equal(expected, TextLanguages.Detect(title));

    [Theory]
    [InlineData("FORMACIÓN DE LOS TRABAJADORES Y SUS FAMILIAS", "es")]
    [InlineData("formacion de los trabajadores y sus familias", "es")]
    [InlineData("L’ÉTÉ DES SAISONNIERS ET LEURS DROITS", "fr")]
    [InlineData("Formação dos trabalhadores não registrados", "pt")]
    [InlineData("Formacao dos trabalhadores nao registrados", "pt")]
    public void Case_and_accents_do_not_matter(string text, string expected) =>
        Assert.Equal(expected, TextLanguages.Detect(text));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("OIM GMIES ACNUR 2026")]
    [InlineData("Migrantes")]
    [InlineData("de la")] // as Spanish as it is French
    [InlineData("移民 の 支援")]
    public void Texts_without_a_telling_common_word_have_no_language(string text) =>
        Assert.Null(TextLanguages.Detect(text));

    [Fact]
    public void The_title_and_the_body_count_together()
    {
        Assert.Null(TextLanguages.Detect("de la", null));
        Assert.Equal("fr", TextLanguages.Detect("de la", "des"));
        Assert.Equal("es", TextLanguages.Detect(null, "y los", ""));
    }

    [Fact]
    public void Words_longer_than_any_common_word_are_skipped_whole()
    {
        // "thethethethe…" is not "the"; the words around it still count.
        Assert.Equal("fr", TextLanguages.Detect(new string('e', 5000) + " des thethethethethethe"));
    }

    [Fact]
    public void Letters_of_other_alphabets_separate_words_as_in_the_migration()
    {
        // PostgreSQL's lower(unaccent(…)) keeps letters outside a–z as they are, and the migration splits on them.
        Assert.Equal("en", TextLanguages.Detect("Ωthe Ωand"));
    }

    [Fact]
    public void The_given_language_wins_and_is_normalized()
    {
        Assert.Equal("pt", TextLanguages.Choose(" PT ", "Training for the workers", "Skills and jobs.", ["en"]));
    }

    [Fact]
    public void An_unknown_given_language_is_refused()
    {
        var refusal = Assert.Throws<DomainRuleException>(() => TextLanguages.Choose("de", "Ausbildung", "", []));

        Assert.Equal(UserMessages.UnknownTextLanguage, refusal.Message);
        Assert.Equal("de", Assert.Single(refusal.Arguments));
    }

    [Fact]
    public void Without_a_given_language_the_detected_one_is_chosen() =>
        Assert.Equal("es", TextLanguages.Choose(null, "Red de apoyo", "Acompaña a las personas migrantes y a sus familias.", ["en"]));

    [Fact]
    public void The_description_decides_and_the_title_only_when_the_description_tells_nothing()
    {
        Assert.Equal("en", TextLanguages.Choose(
            null,
            "Sindicato dos Trabalhadores Rurais de São Paulo",
            "Union local based in Rio de Janeiro defending labour rights regardless of nationality. Advocates for rights-based migration policies.",
            ["pt", "es"]));
        Assert.Equal("fr", TextLanguages.Choose(null, "Formation des saisonniers", "OIM", ["es"]));
    }

    [Fact]
    public void Undetectable_texts_take_the_first_working_language_of_the_portal_then_english()
    {
        Assert.Equal("fr", TextLanguages.Choose("", "OIM", "Migrantes", ["ht", "FR", "en"]));
        Assert.Equal("pt", TextLanguages.Choose(null, "OIM", "", [" pt"]));
        Assert.Equal("en", TextLanguages.Choose(null, "OIM", "", ["ht", "de"]));
        Assert.Equal("en", TextLanguages.Choose(null, null, null));
    }

    [Fact]
    public void The_codes_are_the_portals_languages_english_first()
    {
        Assert.Equal(["en", "es", "fr", "pt"], TextLanguages.All);
        Assert.True(TextLanguages.IsKnown("fr"));
        Assert.False(TextLanguages.IsKnown("FR"));
        Assert.False(TextLanguages.IsKnown("ht"));
        Assert.False(TextLanguages.IsKnown(null));
    }

    [Fact]
    public void Every_common_word_is_lower_case_a_to_z()
    {
        var words = TextLanguages.StopWords.Values.SelectMany(w => w.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)).ToList();

        Assert.True(words.Count > 150);
        Assert.All(words, w => Assert.Matches("^[a-z]+$", w));
        Assert.Equal(TextLanguages.All.Order(), TextLanguages.StopWords.Keys.Order());
    }
}
