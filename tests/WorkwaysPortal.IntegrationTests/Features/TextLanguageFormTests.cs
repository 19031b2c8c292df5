using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Testing;
using static WorkwaysPortal.Testing.WorkTestData;

namespace WorkwaysPortal.IntegrationTests.Features;

/// <summary>
/// The "Language of this text" of the organization, gap and initiative forms: it starts on the record's language,
/// or the reader's; what is chosen is saved and shown on the record's page ("(original in Spanish)" to a reader of another language, in the reader's
/// language, the text marked with its <c>lang</c>); left out, it is detected from the text; an unknown code is
/// refused next to the field. The API tells it as <c>textLanguage</c>.
/// </summary>
public sealed class TextLanguageFormTests(PortalDatabaseFixture database) : PortalTest(database)
{
    private static List<KeyValuePair<string, string>> OrganizationForm(string? textLanguage) =>
    [
        new("Input.Name", "Asociación de Retornados"),
        new("Input.Sector", "migrant-organization"),
        new("Input.Countries", "GT"),
        new("Input.Languages", "es"),
        new("Input.Description", "Acompaña a las personas retornadas y a sus familias."),
        .. textLanguage is null ? [] : new KeyValuePair<string, string>[] { new("Input.TextLanguage", textLanguage) },
    ];

    private static List<KeyValuePair<string, string>> GapForm(string textLanguage) =>
    [
        new("Input.Title", "Logement des saisonniers"),
        new("Input.Description", "Les travailleurs saisonniers et leurs familles n'ont pas de logement."),
        new("Input.Requires", "language-training"),
        new("Input.Countries", "CA"),
        new("Input.Priority", "High"),
        new("Input.TextLanguage", textLanguage),
    ];

    private static string Selected(string html) =>
        Html.Between(html, "id=\"Input_TextLanguage\"", "</select>").Split("<option").Single(o => o.Contains("selected", StringComparison.Ordinal)).Trim();

    [Theory]
    [InlineData("en", "value=\"en\" lang=\"en\" selected=\"selected\">English")]
    [InlineData("fr", "value=\"fr\" lang=\"fr\" selected=\"selected\">Français")]
    [InlineData("pt", "value=\"pt\" lang=\"pt\" selected=\"selected\">Português")]
    public async Task A_new_organization_starts_on_the_readers_language(string culture, string selected)
    {
        var client = await SignedInAsync("delegate@example.org");

        var html = await client.GetPageAsync($"/Organizations/Register?culture={culture}");

        Assert.StartsWith(selected, Selected(html), StringComparison.Ordinal);
        Assert.Equal(4, Html.Between(html, "id=\"Input_TextLanguage\"", "</select>").Split("<option").Length - 1);
    }

    [Fact]
    public async Task The_chosen_language_is_saved_and_shown_on_the_page()
    {
        var client = await SignedInAsync("delegate@example.org");

        using var response = await client.SubmitAsync("/Organizations/Register", OrganizationForm("pt"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var organization = await Data.QueryAsync(db => db.Organizations.SingleAsync());
        Assert.Equal("pt", organization.TextLanguage);
        var page = await client.GetPageAsync($"/Organizations/{organization.Id}?culture=es");
        Assert.Contains("<p class=\"preserve-lines\" lang=\"pt\">Acompaña a las personas", page, StringComparison.Ordinal);
        Assert.Contains(">(original en portugués)</p>", page, StringComparison.Ordinal);
        Assert.StartsWith("value=\"pt\"", Selected(await client.GetPageAsync($"/Organizations/{organization.Id}/Edit?culture=en")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Left_out_the_language_is_detected_from_the_text()
    {
        var client = await SignedInAsync("delegate@example.org");

        using var response = await client.SubmitAsync("/Organizations/Register?culture=en", OrganizationForm(null));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("es", (await Data.QueryAsync(db => db.Organizations.SingleAsync())).TextLanguage);
    }

    [Fact]
    public async Task An_unknown_language_is_refused_next_to_the_field_in_the_readers_language()
    {
        var client = await SignedInAsync("delegate@example.org");

        using var response = await client.SubmitAsync("/Organizations/Register?culture=fr", OrganizationForm("de"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            "« de » n'est pas l'une des langues du portail (en, es, fr ou pt).",
            Html.FieldError(await response.Content.ReadAsStringAsync(), "Input.TextLanguage"));
        Assert.Equal(0, await Data.QueryAsync(db => db.Organizations.CountAsync()));
    }

    [Fact]
    public async Task A_gap_and_an_initiative_keep_the_chosen_language_refuse_an_unknown_one_and_the_api_tells_it()
    {
        var owner = await Data.UserAsync("owner@example.org");
        var organization = await Data.VerifiedAsync(TestData.Profile("Réseau Haïtien", countries: ["CA"]), owner.Id);
        var client = NewClient();
        await client.SignInAsync("owner@example.org", TestData.Password);

        using var refused = await client.SubmitAsync($"/Organizations/{organization.Id}/Gaps/New", GapForm("xx"));
        using var saved = await client.SubmitAsync($"/Organizations/{organization.Id}/Gaps/New", GapForm("fr"));
        using var initiative = await client.SubmitAsync($"/Organizations/{organization.Id}/Initiatives/New",
        [
            new("Input.Title", "Acolhida"),
            new("Input.Description", "Atendimento às famílias."),
            new("Input.Countries", "BR"),
            new("Input.Status", "Active"),
            new("Input.TextLanguage", "PT"),
        ]);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("\"xx\" is not one of the portal's languages (en, es, fr or pt).", Html.FieldError(await refused.Content.ReadAsStringAsync(), "Input.TextLanguage"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var gap = await Data.QueryAsync(db => db.Gaps.SingleAsync());
        Assert.Equal("fr", gap.TextLanguage);
        Assert.Equal(HttpStatusCode.Redirect, initiative.StatusCode);
        var recorded = await Data.QueryAsync(db => db.Initiatives.SingleAsync());
        Assert.Equal("pt", recorded.TextLanguage);

        var gapPage = await NewClient().GetPageAsync($"/Gaps/{gap.Id}?culture=pt");
        Assert.Contains("<h1 class=\"h3 mb-0\" lang=\"fr\">Logement des saisonniers</h1>", gapPage, StringComparison.Ordinal);
        Assert.Contains(">(original em francês)</p>", gapPage, StringComparison.Ordinal);
        Assert.Contains(">(original in Portuguese)</p>", await NewClient().GetPageAsync($"/Initiatives/{recorded.Id}?culture=en"), StringComparison.Ordinal);
        using var organizationApi = JsonDocument.Parse(await NewClient().GetPageAsync($"/api/v1/organizations/{organization.Id}"));
        Assert.Equal("en", organizationApi.RootElement.GetProperty("textLanguage").GetString());
        using var gapApi = JsonDocument.Parse(await NewClient().GetPageAsync($"/api/v1/gaps/{gap.Id}"));
        using var initiativeApi = JsonDocument.Parse(await NewClient().GetPageAsync($"/api/v1/initiatives/{recorded.Id}"));
        Assert.Equal("fr", gapApi.RootElement.GetProperty("textLanguage").GetString());
        Assert.Equal("pt", initiativeApi.RootElement.GetProperty("textLanguage").GetString());
    }

    [Fact]
    public async Task Editing_a_gap_starts_on_its_language_not_the_readers()
    {
        var owner = await Data.UserAsync("owner@example.org");
        var organization = await Data.VerifiedAsync(TestData.Profile("Réseau Haïtien"), owner.Id);
        var gap = await Data.GapAsync(organization.Id, NewGap("Logement", "Les saisonniers n'ont pas de logement.") with { TextLanguage = "fr" });
        var client = NewClient();
        await client.SignInAsync("owner@example.org", TestData.Password);

        var html = await client.GetPageAsync($"/Gaps/{gap.Id}/Edit?culture=es");

        Assert.StartsWith("value=\"fr\"", Selected(html), StringComparison.Ordinal);
    }
}
