using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WorkwaysPortal.Domain.Initiatives;
using WorkwaysPortal.Testing;
using static WorkwaysPortal.Testing.WorkTestData;

namespace WorkwaysPortal.IntegrationTests.Features.Initiatives;

public sealed class InitiativesApiTests(PortalDatabaseFixture database) : PortalTest(database)
{
    [Fact]
    public async Task The_list_has_the_documented_shape()
    {
        var lead = await Data.VerifiedAsync(TestData.Profile("Ministry of Labour"));
        var initiative = await Data.InitiativeAsync(lead.Id, NewInitiative(
            "Work visas", countries: ["SV", "HN"], capabilities: ["visa-processing"], status: InitiativeStatus.Planned));

        var json = await NewClient().Http.GetFromJsonAsync<JsonElement>("/api/v1/initiatives");

        Assert.Equal(1, json.GetProperty("total").GetInt32());
        Assert.Equal(1, json.GetProperty("page").GetInt32());
        Assert.Equal(20, json.GetProperty("pageSize").GetInt32());
        var item = Assert.Single(json.GetProperty("items").EnumerateArray());
        Assert.Equal(initiative.Id, item.GetProperty("id").GetInt32());
        Assert.Equal("Work visas", item.GetProperty("title").GetString());
        Assert.Equal(lead.Id, item.GetProperty("leadOrganizationId").GetInt32());
        Assert.Equal(["SV", "HN"], Strings(item.GetProperty("countries")));
        Assert.Equal(["visa-processing"], Strings(item.GetProperty("capabilities")));
        Assert.Equal("planned", item.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Search_and_filters_work_as_on_the_page()
    {
        var lead = await Data.VerifiedAsync(TestData.Profile("Lead"));
        await Data.InitiativeAsync(lead.Id, NewInitiative("Regularización migratoria", countries: ["CR"], capabilities: ["legal-aid"]));
        await Data.InitiativeAsync(lead.Id, NewInitiative("Nurses placement", countries: ["CA"], capabilities: ["job-placement"], status: InitiativeStatus.Completed));
        var client = NewClient().Http;

        Assert.Equal(["Regularización migratoria"], await TitlesAsync(client, "q=regularizacion"));
        Assert.Equal(["Nurses placement"], await TitlesAsync(client, "country=ca"));
        Assert.Equal(["Regularización migratoria"], await TitlesAsync(client, "capability=legal-aid"));
        Assert.Equal(["Nurses placement"], await TitlesAsync(client, "status=completed"));
    }

    [Fact]
    public async Task Details_add_description_objectives_public_participants_and_dates()
    {
        var lead = await Data.VerifiedAsync(TestData.Profile("Lead"));
        var partner = await Data.VerifiedAsync(TestData.Profile("Partner"));
        var someone = await Data.UserAsync("someone@example.org");
        var pending = await Data.PendingAsync(TestData.Profile("Pending Partner"), someone.Id);
        var initiative = await Data.InitiativeAsync(lead.Id, NewInitiative(
            "Alliance", "Talent insertion.", gcmObjectives: [16, 6], participants: [partner.Id, pending.Id],
            startsOn: new DateOnly(2025, 1, 1), endsOn: new DateOnly(2025, 12, 31)), accepted: true);

        var json = await NewClient().Http.GetFromJsonAsync<JsonElement>($"/api/v1/initiatives/{initiative.Id}");

        Assert.Equal("Talent insertion.", json.GetProperty("description").GetString());
        Assert.Equal([6, 16], json.GetProperty("gcmObjectives").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal([partner.Id], json.GetProperty("participants").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal("2025-01-01", json.GetProperty("startsOn").GetString());
        Assert.Equal("2025-12-31", json.GetProperty("endsOn").GetString());
        Assert.Equal(lead.Id, json.GetProperty("leadOrganizationId").GetInt32());
        Assert.Equal("active", json.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Initiatives_of_pending_organizations_are_hidden_and_404_by_id()
    {
        var delegateUser = await Data.UserAsync("owner@example.org");
        var pending = await Data.PendingAsync(TestData.Profile("Not Yet Public"), delegateUser.Id);
        var hidden = await Data.InitiativeAsync(pending.Id, NewInitiative("Hidden initiative"));
        var client = NewClient();

        var list = await client.Http.GetFromJsonAsync<JsonElement>("/api/v1/initiatives");
        using var byId = await client.GetAsync($"/api/v1/initiatives/{hidden.Id}");
        using var unknown = await client.GetAsync("/api/v1/initiatives/999999");

        Assert.Equal(0, list.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, byId.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=99999999999", "page")]
    [InlineData("pageSize=100000", "pageSize")]
    [InlineData("pageSize=-3", "pageSize")]
    [InlineData("country=ZZ", "country")]
    [InlineData("capability=flying", "capability")]
    [InlineData("status=being-addressed", "status")]
    [InlineData("gcmObjective=0", "gcmObjective")]
    public async Task Bad_parameters_get_400_problem_details_naming_the_field(string query, string field)
    {
        using var response = await NewClient().GetAsync($"/api/v1/initiatives?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors should name {field}");
    }

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString() ?? "")];

    private static async Task<string[]> TitlesAsync(HttpClient client, string query)
    {
        var json = await client.GetFromJsonAsync<JsonElement>($"/api/v1/initiatives?{query}");
        return [.. json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString() ?? "")];
    }
}
