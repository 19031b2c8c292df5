using System.Net;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Organizations;

public sealed class IndexTests(PortalDatabaseFixture database) : PortalTest(database)
{
    [Theory]
    [InlineData("Asuncion", "Red de Acogida de Asunción")]
    [InlineData("migracion", "Observatorio de la Migración")]
    [InlineData("MIGRACIÓN", "Observatorio de la Migración")]
    [InlineData("work visas", "Visa Pathways Council")]
    public async Task Search_is_full_text_and_accent_insensitive(string query, string expected)
    {
        await Data.VerifiedAsync(TestData.Profile("Red de Acogida de Asunción", countries: ["PY"], description: "Acogida de personas refugiadas en Paraguay."));
        await Data.VerifiedAsync(TestData.Profile("Observatorio de la Migración", description: "Datos sobre movilidad laboral."));
        await Data.VerifiedAsync(TestData.Profile("Visa Pathways Council", description: "Processes work visas for seasonal workers."));

        var html = await NewClient().GetPageAsync($"/Organizations?q={Uri.EscapeDataString(query)}");

        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.Matches("data-testid=\"result-count\"[^>]*>\\s*1 organization\\s*<", html);
    }

    [Theory]
    [InlineData("fr", "Syndicat", "Représentation des travailleurs et droits du travail", "Évaluation des compétences et reconnaissance des qualifications", "Haïti")]
    [InlineData("pt", "Sindicato", "Representação de trabalhadores e direitos trabalhistas", "Avaliação de competências e reconhecimento de qualificações", "Haiti")]
    [InlineData("es", "Sindicato", "Representación de trabajadores y derechos laborales", "Evaluación de competencias y reconocimiento de títulos", "Haití")]
    public async Task The_directory_and_the_organization_page_name_the_taxonomy_in_the_readers_language(
        string culture, string sector, string offer, string seek, string country)
    {
        var organization = await Data.VerifiedAsync(TestData.Profile(
            "Syndicat des travailleurs migrants", sector: "trade-union", countries: ["HT"], offers: ["worker-representation"], seeks: ["skills-assessment"]));

        var directory = WebUtility.HtmlDecode(await NewClient().GetPageAsync("/Organizations?culture=" + culture));
        var details = WebUtility.HtmlDecode(await NewClient().GetPageAsync($"/Organizations/{organization.Id}?culture=" + culture));

        Assert.Contains(sector + " ·", directory, StringComparison.Ordinal);
        Assert.Contains($"<span class=\"badge badge-offer me-1\">{offer}</span>", directory, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"skills-assessment\">{seek}</option>", directory, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"HT\">{country}</option>", directory, StringComparison.Ordinal);
        Assert.Contains($"<p class=\"text-body-secondary\">{sector}</p>", details, StringComparison.Ordinal);
        Assert.Contains($"<span class=\"badge badge-offer\">{offer}</span>", details, StringComparison.Ordinal);
        Assert.Contains($"<span class=\"badge badge-seek\">{seek}</span>", details, StringComparison.Ordinal);
        Assert.DoesNotContain("Worker representation", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_narrow_by_sector_country_sub_region_and_capability()
    {
        await Data.VerifiedAsync(TestData.Profile("Union of Guatemala", sector: "trade-union", countries: ["GT"], offers: ["worker-representation"]));
        await Data.VerifiedAsync(TestData.Profile("Lima Refugee Desk", countries: ["PE"], offers: ["legal-aid"]));
        await Data.VerifiedAsync(TestData.Profile("Toronto Employers", sector: "employers-organization", countries: ["CA"], offers: ["job-placement"]));
        var client = NewClient();

        var bySector = await client.GetPageAsync("/Organizations?sector=trade-union");
        var byCountry = await client.GetPageAsync("/Organizations?country=PE");
        var bySubRegion = await client.GetPageAsync("/Organizations?subRegion=northern-america");
        var byCapability = await client.GetPageAsync("/Organizations?capability=legal-aid");

        Assert.Contains("Union of Guatemala", bySector, StringComparison.Ordinal);
        Assert.DoesNotContain("Lima Refugee Desk", bySector, StringComparison.Ordinal);
        Assert.Contains("Lima Refugee Desk", byCountry, StringComparison.Ordinal);
        Assert.DoesNotContain("Toronto Employers", byCountry, StringComparison.Ordinal);
        Assert.Contains("Toronto Employers", bySubRegion, StringComparison.Ordinal);
        Assert.DoesNotContain("Union of Guatemala", bySubRegion, StringComparison.Ordinal);
        Assert.Contains("Lima Refugee Desk", byCapability, StringComparison.Ordinal);
        Assert.DoesNotContain("Toronto Employers", byCapability, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pending_and_rejected_organizations_are_not_listed()
    {
        var delegateUser = await Data.UserAsync("someone@example.org");
        await Data.PendingAsync(TestData.Profile("Waiting Association"), delegateUser.Id);
        await Data.VerifiedAsync(TestData.Profile("Listed Association"));

        var html = await NewClient().GetPageAsync("/Organizations");

        Assert.Contains("Listed Association", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Waiting Association", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_page_through_twenty_at_a_time()
    {
        for (var i = 1; i <= 45; i++)
        {
            await Data.VerifiedAsync(TestData.Profile($"Organization {i:D2}"));
        }

        var client = NewClient();
        var first = await client.GetPageAsync("/Organizations");
        var third = await client.GetPageAsync("/Organizations?page=3");

        Assert.Contains("Organization 01", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Organization 21", first, StringComparison.Ordinal);
        Assert.Contains("Organization 41", third, StringComparison.Ordinal);
        Assert.Contains("Organization 45", third, StringComparison.Ordinal);
        Assert.DoesNotContain("Organization 40", third, StringComparison.Ordinal);
        Assert.Contains("Page 3 of 3", third, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Organizations?page=0")]
    [InlineData("/Organizations?page=-5")]
    [InlineData("/Organizations?page=10000")]
    [InlineData("/Organizations?page=99999999999999")]
    [InlineData("/Organizations?page=abc&sector=nonsense&country=ZZ&capability=%00")]
    public async Task Out_of_range_pages_and_unknown_filters_still_show_the_directory(string url)
    {
        await Data.VerifiedAsync(TestData.Profile("Only Organization"));

        using var response = await NewClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Only Organization", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_result_says_so_and_offers_to_clear_filters()
    {
        var html = await NewClient().GetPageAsync("/Organizations?q=nothingmatchesthis");

        Assert.Contains("No organization matches this search.", html, StringComparison.Ordinal);
        Assert.Contains("Clear filters and see every organization", html, StringComparison.Ordinal);
    }
}
