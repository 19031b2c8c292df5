using System.Net;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Infrastructure;

public sealed class LocalizationTests(PortalDatabaseFixture database) : PortalTest(database)
{
    [Fact]
    public async Task The_culture_query_parameter_shows_Spanish_and_is_remembered()
    {
        var client = NewClient();

        var spanish = await client.GetPageAsync("/Organizations?culture=es");
        var next = await client.GetPageAsync("/Account/Login");

        Assert.Contains("<html lang=\"es\">", spanish, StringComparison.Ordinal);
        Assert.Contains("Directorio de organizaciones", spanish, StringComparison.Ordinal);
        Assert.Contains("Iniciar sesión", next, StringComparison.Ordinal);
        Assert.Contains("Contraseña", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_switcher_sets_the_cookie_and_returns_to_the_page()
    {
        var client = NewClient();

        using var response = await client.SubmitAsync("/Account/Login", [new("culture", "es"), new("returnUrl", "/Organizations?q=datos&culture=en")], "/Language");
        var page = await client.GetPageAsync(response.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Organizations?q=datos", response.Headers.Location!.OriginalString);
        Assert.Contains("Directorio de organizaciones", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_switcher_never_redirects_to_another_site()
    {
        using var response = await NewClient().SubmitAsync("/Account/Login", [new("culture", "es"), new("returnUrl", "https://evil.example/")], "/Language");

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_header_switcher_reopens_the_same_search_in_the_chosen_language_and_remembers_it()
    {
        var client = NewClient();
        var english = await client.GetPageAsync("/Organizations?q=datos");

        // A GET form back to the same address, carrying the query, without an antiforgery token (cacheable).
        Assert.Contains("<form method=\"get\" action=\"/Organizations\"", english, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"q\" value=\"datos\" />", english, StringComparison.Ordinal);
        Assert.DoesNotContain("__RequestVerificationToken", english, StringComparison.Ordinal);

        var spanish = await client.GetPageAsync("/Organizations?q=datos&culture=es");
        var next = await client.GetPageAsync("/Organizations");

        Assert.Contains("Directorio de organizaciones", spanish, StringComparison.Ordinal);
        Assert.Contains("value=\"datos\"", spanish, StringComparison.Ordinal);
        Assert.Contains("Directorio de organizaciones", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validation_messages_are_in_Spanish()
    {
        var client = NewClient();
        await client.GetPageAsync("/?culture=es");

        using var response = await client.SubmitAsync("/Account/Register", [new("Input.Email", "not-an-email")]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("Escriba su nombre.", html, StringComparison.Ordinal);
        Assert.Contains("Escriba un correo electrónico válido.", html, StringComparison.Ordinal);
        Assert.Contains("Elija una contraseña.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Taxonomy_names_follow_the_language()
    {
        await Data.VerifiedAsync(TestData.Profile("Red Regional", countries: ["MX"], offers: ["legal-aid"]));

        var html = await NewClient().GetPageAsync("/Organizations?culture=es");

        Assert.Contains("México", html, StringComparison.Ordinal);
        Assert.Contains("Asistencia jurídica y asesoría para la regularización", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_browser_language_is_used_when_nothing_else_is_chosen()
    {
        var client = NewClient();
        client.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es-PE,es;q=0.9");

        var html = await client.GetPageAsync("/");

        Assert.Contains("Aliados para una migración segura, ordenada y regular", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", "Des partenaires pour une migration sûre, ordonnée et régulière", "Parcourir l")]
    [InlineData("pt", "Parceiros para uma migração segura, ordenada e regular", "Explorar o diretório")]
    public async Task The_home_page_speaks_French_and_Portuguese(string culture, string heading, string link)
    {
        var html = await NewClient().GetPageAsync($"/?culture={culture}");

        Assert.Contains($"<html lang=\"{culture}\">", html, StringComparison.Ordinal);
        Assert.Contains(heading, html, StringComparison.Ordinal);
        Assert.Contains(link, html, StringComparison.Ordinal);
        Assert.Contains("aria-pressed=\"true\">" + (culture == "fr" ? "Français" : "Português") + "</button>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", "Annuaire des organisations", "Tous les pays", "Mexique")]
    [InlineData("pt", "Diretório de organizações", "Todos os países", "México")]
    public async Task The_directory_speaks_French_and_Portuguese_and_is_remembered(string culture, string title, string filter, string country)
    {
        await Data.VerifiedAsync(TestData.Profile("Red Regional", countries: ["MX"], offers: ["legal-aid"]));
        var client = NewClient();

        var html = await client.GetPageAsync($"/Organizations?culture={culture}");
        var next = await client.GetPageAsync("/Organizations");

        Assert.Contains($"<html lang=\"{culture}\">", html, StringComparison.Ordinal);
        Assert.Contains(title, html, StringComparison.Ordinal);
        Assert.Contains(filter, html, StringComparison.Ordinal);
        Assert.Contains("Red Regional", html, StringComparison.Ordinal);
        // Taxonomy names are kept in every language: the country filter and the organization's countries are in the reader's.
        Assert.Contains(country, html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Mexico<", html, StringComparison.Ordinal);
        Assert.Matches("data-testid=\"result-count\"[^>]*>\\s*1 " + (culture == "fr" ? "organisation" : "organização") + "\\s*<", html);
        Assert.Contains($"<html lang=\"{culture}\">", next, StringComparison.Ordinal);
        Assert.Contains(title, next, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", "Saisissez votre nom.", "Saisissez une adresse e-mail valide.", "Choisissez un mot de passe.")]
    [InlineData("pt", "Digite o seu nome.", "Digite um e-mail válido.", "Escolha uma senha.")]
    public async Task Validation_messages_are_in_French_and_Portuguese(string culture, string name, string email, string password)
    {
        var client = NewClient();
        await client.GetPageAsync($"/?culture={culture}");

        using var response = await client.SubmitAsync("/Account/Register", [new("Input.Email", "not-an-email")]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains($"<html lang=\"{culture}\">", html, StringComparison.Ordinal);
        Assert.Equal(name, Html.FieldError(html, "Input.DisplayName"));
        Assert.Equal(email, Html.FieldError(html, "Input.Email"));
        Assert.Equal(password, Html.FieldError(html, "Input.Password"));
    }

    [Theory]
    [InlineData("fr-CA,fr;q=0.9", "fr")]
    [InlineData("pt-BR,pt;q=0.9", "pt")]
    public async Task A_French_or_Portuguese_browser_gets_its_language(string acceptLanguage, string language)
    {
        var client = NewClient();
        client.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);

        var html = await client.GetPageAsync("/");

        Assert.Contains($"<html lang=\"{language}\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "December 3, 2026")]
    [InlineData("es", "3 de diciembre de 2026")]
    [InlineData("fr", "3 décembre 2026")]
    [InlineData("pt", "3 de dezembro de 2026")]
    public async Task Dates_are_written_out_in_the_readers_language(string culture, string raisedOn)
    {
        var organization = await Data.VerifiedAsync(TestData.Profile("Red de Fechas", countries: ["MX"], offers: ["legal-aid"]));
        var gap = await Data.GapAsync(
            organization.Id, WorkTestData.NewGap("Asesoría legal en Tapachula", "Hace falta asesoría.", requires: ["legal-aid"]),
            new DateTimeOffset(2026, 12, 3, 15, 0, 0, TimeSpan.Zero));

        var html = await NewClient().GetPageAsync($"/Gaps/{gap.Id}?culture={culture}");

        Assert.Contains(raisedOn, html, StringComparison.Ordinal);
        Assert.DoesNotContain("12/3/2026", html, StringComparison.Ordinal);
    }
}
