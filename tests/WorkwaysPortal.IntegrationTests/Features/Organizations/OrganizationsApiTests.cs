using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Organizations;

public sealed class OrganizationsApiTests(PortalDatabaseFixture database) : PortalTest(database)
{
    [Fact]
    public async Task The_list_has_the_documented_shape()
    {
        var organization = await Data.VerifiedAsync(TestData.Profile(
            "Grupo de Monitoreo", acronym: "GM", countries: ["SV", "GT"], offers: ["capacity-building"], seeks: ["vocational-training"]));

        var json = await NewClient().Http.GetFromJsonAsync<JsonElement>("/api/v1/organizations");

        Assert.Equal(1, json.GetProperty("total").GetInt32());
        Assert.Equal(1, json.GetProperty("page").GetInt32());
        Assert.Equal(20, json.GetProperty("pageSize").GetInt32());
        var item = Assert.Single(json.GetProperty("items").EnumerateArray());
        Assert.Equal(organization.Id, item.GetProperty("id").GetInt32());
        Assert.Equal("Grupo de Monitoreo", item.GetProperty("name").GetString());
        Assert.Equal("GM", item.GetProperty("acronym").GetString());
        Assert.Equal("civil-society", item.GetProperty("sector").GetString());
        Assert.Equal(["SV", "GT"], item.GetProperty("countries").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["capacity-building"], item.GetProperty("offers").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["vocational-training"], item.GetProperty("seeks").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Search_and_filters_work_as_on_the_page()
    {
        await Data.VerifiedAsync(TestData.Profile("Red de Acogida de Asunción", countries: ["PY"], offers: ["refugee-reception"]));
        await Data.VerifiedAsync(TestData.Profile("Other Network", countries: ["CO"]));
        var client = NewClient().Http;

        var byText = await client.GetFromJsonAsync<JsonElement>("/api/v1/organizations?q=asuncion");
        var byCountry = await client.GetFromJsonAsync<JsonElement>("/api/v1/organizations?country=co");
        var byCapability = await client.GetFromJsonAsync<JsonElement>("/api/v1/organizations?capability=refugee-reception");

        Assert.Equal("Red de Acogida de Asunción", Assert.Single(byText.GetProperty("items").EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal("Other Network", Assert.Single(byCountry.GetProperty("items").EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal("Red de Acogida de Asunción", Assert.Single(byCapability.GetProperty("items").EnumerateArray()).GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=-1", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("pageSize=100000", "pageSize")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("sector=unknown", "sector")]
    [InlineData("country=ZZ", "country")]
    [InlineData("capability=flying", "capability")]
    public async Task Bad_parameters_get_400_problem_details_naming_the_field(string query, string field)
    {
        using var response = await NewClient().GetAsync($"/api/v1/organizations?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors should name {field}");
    }

    [Fact]
    public async Task A_page_beyond_the_end_is_empty_not_an_error()
    {
        await Data.VerifiedAsync(TestData.Profile("Only One"));

        var json = await NewClient().Http.GetFromJsonAsync<JsonElement>("/api/v1/organizations?page=10000");

        Assert.Empty(json.GetProperty("items").EnumerateArray());
        Assert.Equal(1, json.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Details_add_description_languages_and_website_and_hide_contact_from_anonymous_callers()
    {
        var organization = await Data.VerifiedAsync(TestData.Profile("HIAS Test", description: "Acogida e integración."));

        var json = await NewClient().Http.GetFromJsonAsync<JsonElement>($"/api/v1/organizations/{organization.Id}");

        Assert.Equal("Acogida e integración.", json.GetProperty("description").GetString());
        Assert.Equal(["es"], json.GetProperty("languages").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("https://example.org", json.GetProperty("website").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("contact").ValueKind);
    }

    [Fact]
    public async Task Moderators_see_the_contact_and_other_signed_in_callers_do_not()
    {
        var organization = await Data.VerifiedAsync(TestData.Profile("HIAS Test"));
        var reader = await SignedInAsync("reader@example.org");
        var moderator = await SignedInAsync("moderator@example.org", WorkwaysPortal.Domain.Accounts.Roles.Moderator);

        var hidden = await reader.Http.GetFromJsonAsync<JsonElement>($"/api/v1/organizations/{organization.Id}");
        var shown = await moderator.Http.GetFromJsonAsync<JsonElement>($"/api/v1/organizations/{organization.Id}");

        Assert.Equal(JsonValueKind.Null, hidden.GetProperty("contact").ValueKind);
        Assert.Equal("ana@example.org", shown.GetProperty("contact").GetProperty("email").GetString());
    }

    [Fact]
    public async Task Unknown_and_pending_organizations_are_404_problem_details()
    {
        var delegateUser = await Data.UserAsync("owner@example.org");
        var pending = await Data.PendingAsync(TestData.Profile("Not Yet Public"), delegateUser.Id);
        var client = NewClient();

        using var unknown = await client.GetAsync("/api/v1/organizations/999999");
        using var hidden = await client.GetAsync($"/api/v1/organizations/{pending.Id}");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }
}
