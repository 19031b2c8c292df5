using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Domain.Text;
using WorkwaysPortal.Testing;
using static WorkwaysPortal.Testing.WorkTestData;

namespace WorkwaysPortal.IntegrationTests.Features;

/// <summary>
/// Translations of a record's texts (ADR 012): its delegates write them in the "Translations" section of the
/// organization, gap and initiative forms, one fieldset per other language; readers see their language when there is
/// a translation, else the original marked "(original in Spanish)" with its <c>lang</c>; a translation in the record's
/// own language or longer than the original may be is refused next to its field; the API tells them.
/// </summary>
public sealed class RecordTranslationsTests(PortalDatabaseFixture database) : PortalTest(database)
{
    private const string SpanishTitle = "Vivienda para trabajadores temporales";
    private const string SpanishDescription = "Las familias de los trabajadores temporales no encuentran vivienda cerca de las fincas.";

    private static List<KeyValuePair<string, string>> GapForm(params (string Language, string Title, string Description)[] translations) =>
    [
        new("Input.Title", SpanishTitle),
        new("Input.Description", SpanishDescription),
        new("Input.Requires", "vocational-training"),
        new("Input.Countries", "GT"),
        new("Input.Priority", "High"),
        new("Input.TextLanguage", "es"),
        .. translations.SelectMany((t, i) => new KeyValuePair<string, string>[]
        {
            new($"Input.Translations[{i}].Language", t.Language),
            new($"Input.Translations[{i}].Title", t.Title),
            new($"Input.Translations[{i}].Description", t.Description),
        }),
    ];

    private async Task<(PortalClient Client, int OrganizationId)> DelegateAsync(string email, string name)
    {
        var owner = await Data.UserAsync(email);
        var organization = await Data.VerifiedAsync(TestData.Profile(name), owner.Id);
        var client = NewClient();
        await client.SignInAsync(email, TestData.Password);
        return (client, organization.Id);
    }

    private static string[] FieldsetLanguages(string html) =>
    [
        .. System.Text.RegularExpressions.Regex.Matches(Html.Between(html, "data-testid=\"translations\"", "</section>"), "data-language=\"(?<l>[a-z]+)\"")
            .Select(m => m.Groups["l"].Value),
    ];

    [Fact]
    public async Task A_delegate_saves_translations_of_a_gap_and_each_reader_sees_their_language_or_the_marked_original()
    {
        var (client, organizationId) = await DelegateAsync("owner@example.org", "Mesa Regional");
        var gap = await Data.GapAsync(organizationId, NewGap(SpanishTitle, SpanishDescription) with { TextLanguage = "es" });

        var form = await client.GetPageAsync($"/Gaps/{gap.Id}/Edit?culture=en");
        using var saved = await client.SubmitAsync($"/Gaps/{gap.Id}/Edit", GapForm(
            ("en", "Housing for seasonal workers", "The families of seasonal workers find no housing near the farms."),
            ("fr", "Logement des travailleurs saisonniers", "Les familles des travailleurs saisonniers ne trouvent pas de logement près des exploitations."),
            ("pt", "", "")));

        Assert.Equal(["en", "fr", "pt"], FieldsetLanguages(form));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await Data.QueryAsync(db => db.Gaps.SingleAsync(g => g.Id == gap.Id));
        Assert.Equal(["en", "fr"], stored.Translations.All.Keys);
        Assert.Equal("Housing for seasonal workers", stored.Translations.In("en")!.Title);

        var english = await NewClient().GetPageAsync($"/Gaps/{gap.Id}?culture=en");
        var french = await NewClient().GetPageAsync($"/Gaps/{gap.Id}?culture=fr");
        var portuguese = await NewClient().GetPageAsync($"/Gaps/{gap.Id}?culture=pt");
        var spanish = await NewClient().GetPageAsync($"/Gaps/{gap.Id}?culture=es");

        Assert.Contains("<h1 class=\"h3 mb-0\" lang=\"en\">Housing for seasonal workers</h1>", english, StringComparison.Ordinal);
        Assert.Contains("lang=\"en\">The families of seasonal workers find no housing near the farms.</p>", english, StringComparison.Ordinal);
        Assert.Contains(">Translated from Spanish</p>", english, StringComparison.Ordinal);
        Assert.Contains("lang=\"fr\">Logement des travailleurs saisonniers</h1>", french, StringComparison.Ordinal);
        Assert.Contains(">Traduit de l&#x27;espagnol</p>", french, StringComparison.Ordinal);
        Assert.Contains($"lang=\"es\">{SpanishTitle}</h1>", portuguese, StringComparison.Ordinal);
        Assert.Contains($"lang=\"es\">{SpanishDescription}</p>", portuguese, StringComparison.Ordinal);
        Assert.Contains(">(original em espanhol)</p>", portuguese, StringComparison.Ordinal);
        Assert.Contains($"lang=\"es\">{SpanishTitle}</h1>", spanish, StringComparison.Ordinal);
        Assert.Contains(">Escrito en español</p>", spanish, StringComparison.Ordinal);
        Assert.DoesNotContain("original en", spanish, StringComparison.Ordinal);

        var list = await NewClient().GetPageAsync("/Gaps?culture=en");
        Assert.Contains("lang=\"en\">Housing for seasonal workers</a>", list, StringComparison.Ordinal);
        Assert.Contains("Translated from Spanish", list, StringComparison.Ordinal);
        var portugueseList = await NewClient().GetPageAsync("/Gaps?culture=pt");
        Assert.Contains($"lang=\"es\">{SpanishTitle}</a>", portugueseList, StringComparison.Ordinal);
        Assert.Contains("(original em espanhol)", portugueseList, StringComparison.Ordinal);

        using var api = JsonDocument.Parse(await NewClient().GetPageAsync($"/api/v1/gaps/{gap.Id}"));
        var translations = api.RootElement.GetProperty("translations");
        Assert.Equal("Logement des travailleurs saisonniers", translations.GetProperty("fr").GetProperty("title").GetString());
        Assert.False(translations.TryGetProperty("pt", out _));
    }

    [Fact]
    public async Task Emptied_fieldsets_remove_a_translation_and_the_edit_form_shows_the_saved_ones()
    {
        var (client, organizationId) = await DelegateAsync("owner@example.org", "Mesa Regional");
        var gap = await Data.GapAsync(organizationId, NewGap(SpanishTitle, SpanishDescription) with
        {
            TextLanguage = "es",
            Translations = new Dictionary<string, TextTranslation> { ["en"] = new("Housing", "No housing near the farms.") },
        });

        var form = await client.GetPageAsync($"/Gaps/{gap.Id}/Edit");
        using var saved = await client.SubmitAsync($"/Gaps/{gap.Id}/Edit", GapForm(("en", "", ""), ("fr", "Logement", "")));

        Assert.Contains("name=\"Input.Translations[0].Title\" value=\"Housing\" lang=\"en\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await Data.QueryAsync(db => db.Gaps.SingleAsync(g => g.Id == gap.Id));
        Assert.Equal(["fr"], stored.Translations.All.Keys);
        Assert.Null(stored.Translations.In("fr")!.Description);
    }

    [Fact]
    public async Task A_translation_in_the_records_own_language_or_too_long_is_refused_next_to_its_field_and_nothing_is_saved()
    {
        var (client, organizationId) = await DelegateAsync("owner@example.org", "Mesa Regional");
        var gap = await Data.GapAsync(organizationId, NewGap(SpanishTitle, SpanishDescription) with { TextLanguage = "es" });

        using var ownLanguage = await client.SubmitAsync($"/Gaps/{gap.Id}/Edit?culture=en", GapForm(("es", "Vivienda", "Otra versión.")));
        using var tooLong = await client.SubmitAsync(
            $"/Gaps/{gap.Id}/Edit?culture=en", GapForm(("en", new string('h', 201), "Fine."), ("fr", "Logement", new string('l', 4001))));

        Assert.Equal(HttpStatusCode.OK, ownLanguage.StatusCode);
        var ownHtml = await ownLanguage.Content.ReadAsStringAsync();
        // The refused fieldset is shown (Spanish first, in the order of the languages), with the message next to it.
        Assert.Equal(["en", "es", "fr", "pt"], FieldsetLanguages(ownHtml));
        Assert.Equal(
            "The original text is already in this language: a translation must be into another one.",
            Html.FieldError(ownHtml, "Input.Translations[1].Title"));
        Assert.Equal(HttpStatusCode.OK, tooLong.StatusCode);
        var longHtml = await tooLong.Content.ReadAsStringAsync();
        Assert.Equal("This text can have at most 200 characters.", Html.FieldError(longHtml, "Input.Translations[0].Title"));
        Assert.Equal("This text can have at most 4000 characters.", Html.FieldError(longHtml, "Input.Translations[1].Description"));
        Assert.Equal(0, (await Data.QueryAsync(db => db.Gaps.SingleAsync(g => g.Id == gap.Id))).Translations.Count);
    }

    [Fact]
    public async Task A_delegate_of_another_organization_cannot_edit_translations()
    {
        var (_, victimId) = await DelegateAsync("owner@example.org", "Mesa Regional");
        var victimGap = await Data.GapAsync(victimId, NewGap(SpanishTitle, SpanishDescription) with { TextLanguage = "es" });
        var (intruder, ownId) = await DelegateAsync("intruder@example.org", "Intruder Organization");
        var ownGap = await Data.GapAsync(ownId, NewGap("Intruder's gap"));
        var token = PortalClient.AntiforgeryToken(await intruder.GetPageAsync($"/Gaps/{ownGap.Id}/Edit"));

        using var get = await intruder.GetAsync($"/Gaps/{victimGap.Id}/Edit");
        using var post = await intruder.PostAsync(
            $"/Gaps/{victimGap.Id}/Edit", [.. GapForm(("en", "Hijacked", "Hijacked.")), new("__RequestVerificationToken", token)]);

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(0, (await Data.QueryAsync(db => db.Gaps.SingleAsync(g => g.Id == victimGap.Id))).Translations.Count);
    }

    [Fact]
    public async Task An_organizations_translated_name_and_description_show_in_the_directory_on_its_page_and_in_the_api()
    {
        var owner = await Data.UserAsync("owner@example.org");
        var organization = await Data.VerifiedAsync(
            TestData.Profile("Pastoral de Movilidad Humana", description: "Acompaña a las personas migrantes y a sus familias.") with { TextLanguage = "es" },
            owner.Id);
        var client = NewClient();
        await client.SignInAsync("owner@example.org", TestData.Password);

        using var saved = await client.SubmitAsync($"/Organizations/{organization.Id}/Edit",
        [
            new("Input.Name", "Pastoral de Movilidad Humana"),
            new("Input.Sector", "civil-society"),
            new("Input.Countries", "GT"),
            new("Input.Languages", "es"),
            new("Input.Description", "Acompaña a las personas migrantes y a sus familias."),
            new("Input.TextLanguage", "es"),
            new("Input.Translations[0].Language", "en"),
            new("Input.Translations[0].Title", "Human Mobility Pastoral"),
            new("Input.Translations[0].Description", "Supports migrants and their families."),
            new("Input.Translations[1].Language", "fr"),
            new("Input.Translations[1].Title", ""),
            new("Input.Translations[1].Description", "Accompagne les personnes migrantes et leurs familles."),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var english = await NewClient().GetPageAsync("/Organizations?culture=en");
        Assert.Contains("lang=\"en\">Human Mobility Pastoral</a>", english, StringComparison.Ordinal);
        Assert.Contains("lang=\"en\">Supports migrants and their families.</p>", english, StringComparison.Ordinal);
        // French: the name stays the original (no translation of it), the description is French.
        var french = await NewClient().GetPageAsync($"/Organizations/{organization.Id}?culture=fr");
        Assert.Contains("<span lang=\"es\">Pastoral de Movilidad Humana</span>", french, StringComparison.Ordinal);
        Assert.Contains("lang=\"fr\">Accompagne les personnes migrantes et leurs familles.</p>", french, StringComparison.Ordinal);
        var portuguese = await NewClient().GetPageAsync("/Organizations?culture=pt");
        Assert.Contains("lang=\"es\">Acompaña a las personas migrantes y a sus familias.</p>", portuguese, StringComparison.Ordinal);
        Assert.Contains("(original em espanhol)", portuguese, StringComparison.Ordinal);

        using var api = JsonDocument.Parse(await NewClient().GetPageAsync($"/api/v1/organizations/{organization.Id}"));
        Assert.Equal("Human Mobility Pastoral", api.RootElement.GetProperty("translations").GetProperty("en").GetProperty("title").GetString());
    }

    [Fact]
    public async Task An_initiatives_translation_shows_in_the_list_and_on_its_page()
    {
        var (client, organizationId) = await DelegateAsync("owner@example.org", "Réseau Haïtien");
        var initiative = await Data.InitiativeAsync(organizationId, NewInitiative("Accueil des familles", "Accueil des familles haïtiennes à Montréal.") with { TextLanguage = "fr" });

        using var saved = await client.SubmitAsync($"/Initiatives/{initiative.Id}/Edit",
        [
            new("Input.Title", "Accueil des familles"),
            new("Input.Description", "Accueil des familles haïtiennes à Montréal."),
            new("Input.Countries", "GT"),
            new("Input.Status", "Active"),
            new("Input.TextLanguage", "fr"),
            new("Input.Translations[0].Language", "pt"),
            new("Input.Translations[0].Title", "Acolhida das famílias"),
            new("Input.Translations[0].Description", "Acolhida das famílias haitianas em Montreal."),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("lang=\"pt\">Acolhida das famílias</a>", await NewClient().GetPageAsync("/Initiatives?culture=pt"), StringComparison.Ordinal);
        var page = await NewClient().GetPageAsync($"/Initiatives/{initiative.Id}?culture=pt");
        Assert.Contains("lang=\"pt\">Acolhida das famílias haitianas em Montreal.</p>", page, StringComparison.Ordinal);
        Assert.Contains("Traduzido do francês", page, StringComparison.Ordinal);
        var english = await NewClient().GetPageAsync($"/Initiatives/{initiative.Id}?culture=en");
        Assert.Contains("lang=\"fr\">Accueil des familles</h1>", english, StringComparison.Ordinal);
        Assert.Contains("(original in French)", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Match_results_show_a_translated_name_and_mark_an_original_in_another_language()
    {
        await Data.VerifiedAsync(TestData.Profile("Ministerio de Trabajo", "government", ["GT"], offers: ["visa-processing"]) with
        {
            TextLanguage = "es",
            Translations = new Dictionary<string, TextTranslation> { ["en"] = new("Ministry of Labour", null) },
        });

        var english = await NewClient().GetPageAsync("/Partners/Find?seeks=visa-processing&countries=GT&culture=en");
        var french = await NewClient().GetPageAsync("/Partners/Find?seeks=visa-processing&countries=GT&culture=fr");

        Assert.Equal(["Ministry of Labour"], Html.Links(english, "/Organizations/"));
        Assert.Contains("lang=\"en\">Ministry of Labour</a>", english, StringComparison.Ordinal);
        Assert.Contains("lang=\"es\">Ministerio de Trabajo</a>", french, StringComparison.Ordinal);
        Assert.Contains("(original en espagnol)", french, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_translations_of_an_api_read_are_an_empty_object_when_there_are_none()
    {
        var organization = await Data.VerifiedAsync(TestData.Profile("Casa del Migrante"));

        using var api = JsonDocument.Parse(await NewClient().GetPageAsync($"/api/v1/organizations/{organization.Id.ToString(CultureInfo.InvariantCulture)}"));

        Assert.Equal(JsonValueKind.Object, api.RootElement.GetProperty("translations").ValueKind);
        Assert.Empty(api.RootElement.GetProperty("translations").EnumerateObject());
    }
}
