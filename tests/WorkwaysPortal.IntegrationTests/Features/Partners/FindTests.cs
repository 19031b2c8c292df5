using System.Net;
using WorkwaysPortal.Testing;
using static WorkwaysPortal.Testing.TestData;

namespace WorkwaysPortal.IntegrationTests.Features.Partners;

public sealed class FindTests(PortalDatabaseFixture database) : PortalTest(database)
{
    [Fact]
    public async Task Anyone_can_open_the_form_from_the_navigation_without_results_or_errors()
    {
        var home = await NewClient().GetPageAsync("/");
        var html = await NewClient().GetPageAsync("/Partners/Find");

        Assert.Contains("href=\"/Partners/Find\"", home, StringComparison.Ordinal);
        Assert.Contains("<form method=\"get\"", html, StringComparison.Ordinal);
        Assert.Contains("<legend class=\"form-label fs-6 fw-semibold\">What do you seek?</legend>", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"countries\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"GT-US\">Guatemala → United States</option>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"suggestion\"", html, StringComparison.Ordinal);
        Assert.All(["Seeks", "Countries", "SubRegions", "Groups", "Corridors", "Sectors", "Text"], field => Assert.Null(Html.FieldError(html, field)));
    }

    [Fact]
    public async Task A_search_lists_ranked_organizations_with_reasons_and_keeps_the_choices()
    {
        var ministry = await Data.VerifiedAsync(Profile("Ministerio de Trabajo", "government", ["GT"], offers: ["visa-processing", "job-placement"]));
        var partial = await Data.VerifiedAsync(Profile("Agencia de Empleo", "private-sector", ["MX"], offers: ["job-placement"]));
        await Data.VerifiedAsync(Profile("Unrelated Academy", "academia", ["AR"], offers: ["research"]));

        var html = await NewClient().GetPageAsync("/Partners/Find?seeks=visa-processing&seeks=job-placement&countries=GT&groups=northern-triangle");

        Assert.Equal(["Ministerio de Trabajo", "Agencia de Empleo"], Html.Links(html, "/Organizations/"));
        Assert.Contains(
            "Offers Work visas and labour-migration pathways and Job placement, which you seek", html, StringComparison.Ordinal);
        Assert.Contains("Works in Guatemala", html, StringComparison.Ordinal);
        Assert.Contains("Works in Mexico, on the Guatemala → Mexico migration corridor", html, StringComparison.Ordinal);
        Assert.Contains("2 organizations fit best", html, StringComparison.Ordinal);
        Assert.Contains("id=\"seek-visa-processing\" checked=\"checked\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"GT\" selected=\"selected\">Guatemala</option>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"propose\"", html, StringComparison.Ordinal);
        Assert.Contains($"data-organization-id=\"{ministry.Id}\"", html, StringComparison.Ordinal);
        Assert.Contains($"data-organization-id=\"{partial.Id}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_few_fit_the_closest_follow_with_what_each_lacks()
    {
        var haiti = await Data.VerifiedAsync(Profile("Centre de formation", "civil-society", ["HT"], offers: ["vocational-training", "language-training"]));
        var honduras = await Data.VerifiedAsync(Profile("Pastoral de Movilidad", "faith-based", ["HN"], offers: ["legal-aid"]));
        var partly = await Data.VerifiedAsync(Profile("Instituto Técnico", "government", ["GT"], offers: ["vocational-training"]));
        await Data.VerifiedAsync(Profile("Far and unrelated", "academia", ["AR"], offers: ["research"]));

        var html = await NewClient().GetPageAsync("/Partners/Find?seeks=vocational-training&seeks=language-training&countries=HN");

        Assert.Contains("1 organization fits", html, StringComparison.Ordinal);
        Assert.Contains($"data-organization-id=\"{partly.Id}\"", Html.Between(html, "id=\"results-heading\"", "id=\"closest-heading\""), StringComparison.Ordinal);
        var closest = html[html.IndexOf("data-testid=\"closest\"", StringComparison.Ordinal)..];
        Assert.Contains($"data-organization-id=\"{haiti.Id}\"", closest, StringComparison.Ordinal);
        Assert.Contains($"data-organization-id=\"{honduras.Id}\"", closest, StringComparison.Ordinal);
        Assert.Contains("Offers Vocational (technical and labour) training and Language training, but not in Honduras", closest, StringComparison.Ordinal);
        Assert.Contains("Works in Honduras, but does not offer Vocational (technical and labour) training and Language training", closest, StringComparison.Ordinal);
        Assert.DoesNotContain("Far and unrelated", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_nothing_fits_the_page_says_so_and_still_shows_the_closest_in_Spanish()
    {
        await Data.VerifiedAsync(Profile("Centre de formation", "civil-society", ["HT"], offers: ["language-training"]));

        var html = await NewClient().GetPageAsync("/Partners/Find?seeks=language-training&countries=HN&culture=es");

        Assert.Contains("Todavía ninguna organización encaja con todo esto.", html, StringComparison.Ordinal);
        Assert.Contains("Ofrece Enseñanza de idiomas, pero no en Honduras", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"no-suggestions\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enough_fits_show_no_closest_section()
    {
        foreach (var country in new[] { "GT", "HN", "SV", "MX", "US" })
        {
            await Data.VerifiedAsync(Profile($"Trainer {country}", "civil-society", [country], offers: ["vocational-training"]));
        }

        await Data.VerifiedAsync(Profile("Trainer far away", "civil-society", ["AR"], offers: ["vocational-training"]));

        var html = await NewClient().GetPageAsync("/Partners/Find?seeks=vocational-training&countries=GT");

        Assert.Contains("5 organizations fit best", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"closest\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Trainer far away", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_delegate_of_a_verified_organization_can_propose_from_each_result()
    {
        var owner = await Data.UserAsync("owner@example.org");
        var mine = await Data.VerifiedAsync(Profile("Mi Organización", "civil-society", ["SV"], seeks: ["legal-aid"]), owner.Id);
        var lawyers = await Data.VerifiedAsync(Profile("Abogados", "legal-professional", ["SV"], offers: ["legal-aid"]));
        var client = NewClient();
        await client.SignInAsync("owner@example.org", Password);
        var stranger = await SignedInAsync("stranger@example.org");

        var html = await client.GetPageAsync("/Partners/Find?seeks=legal-aid&countries=SV");
        var theirs = await stranger.GetPageAsync("/Partners/Find?seeks=legal-aid&countries=SV");

        Assert.Contains($"href=\"/Organizations/{mine.Id}/Proposals/New?to={lawyers.Id}\"", html, StringComparison.Ordinal);
        Assert.Contains($"data-organization-id=\"{lawyers.Id}\"", theirs, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"propose\"", theirs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_results_are_in_Spanish_when_the_page_is()
    {
        await Data.VerifiedAsync(Profile("Ministerio de Trabajo", "government", ["GT"], offers: ["visa-processing"]));

        var html = await NewClient().GetPageAsync("/Partners/Find?seeks=visa-processing&countries=GT&culture=es");

        Assert.Contains("Ofrece Visas de trabajo y vías de migración laboral, que usted busca", html, StringComparison.Ordinal);
        Assert.Contains("Trabaja en Guatemala", html, StringComparison.Ordinal);
        Assert.Contains("Buscar socios", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("seeks=flying", "Seeks", "\"flying\" is not a known capability.")]
    [InlineData("countries=ZZ", "Countries", "\"ZZ\" is not a known country code.")]
    [InlineData("subRegions=atlantis", "SubRegions", "\"atlantis\" is not a known sub-region.")]
    [InlineData("groups=g7", "Groups", "\"g7\" is not a known group of countries.")]
    [InlineData("corridors=AR-US", "Corridors", "\"AR-US\" is not a known migration corridor.")]
    [InlineData("sectors=guild", "Sectors", "\"guild\" is not a known sector.")]
    [InlineData("text=", "Seeks", "Choose at least one capability, place or sector, or type some words.")]
    public async Task Bad_choices_show_an_error_next_to_the_field_and_no_results(string query, string field, string message)
    {
        await Data.VerifiedAsync(Profile("Anyone", offers: ["legal-aid"]));

        using var response = await NewClient().GetAsync($"/Partners/Find?{query}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, Html.FieldError(html, field));
        Assert.DoesNotContain("data-testid=\"suggestion\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Words_longer_than_200_characters_are_refused_next_to_the_box()
    {
        var html = await NewClient().GetPageAsync($"/Partners/Find?text={new string('a', 201)}");

        Assert.Equal("This text can have at most 200 characters.", Html.FieldError(html, "Text"));
    }

    [Fact]
    public async Task Errors_are_in_Spanish_too()
    {
        var html = await NewClient().GetPageAsync("/Partners/Find?seeks=flying&culture=es");

        Assert.Equal("\"flying\" no es una capacidad conocida.", Html.FieldError(html, "Seeks"));
    }

    [Fact]
    public async Task Unverified_and_rejected_organizations_are_never_found()
    {
        var owner = await Data.UserAsync("owner@example.org");
        await Data.PendingAsync(Profile("Pending Lawyers", "legal-professional", ["PE"], offers: ["legal-aid"]), owner.Id);
        await Matching.MatchTestData.RejectedAsync(Data, Profile("Rejected Lawyers", "legal-professional", ["PE"], offers: ["legal-aid"]));
        await Data.VerifiedAsync(Profile("Verified Lawyers", "legal-professional", ["PE"], offers: ["legal-aid"]));

        var html = await NewClient().GetPageAsync("/Partners/Find?seeks=legal-aid&countries=PE");

        Assert.Equal(["Verified Lawyers"], Html.Links(html, "/Organizations/"));
    }
}
