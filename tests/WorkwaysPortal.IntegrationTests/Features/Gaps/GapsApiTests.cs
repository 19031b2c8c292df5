using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Testing;
using static WorkwaysPortal.Testing.WorkTestData;

namespace WorkwaysPortal.IntegrationTests.Features.Gaps;

public sealed class GapsApiTests(PortalDatabaseFixture database) : PortalTest(database)
{
    [Fact]
    public async Task The_list_has_the_documented_shape()
    {
        var organization = await Data.VerifiedAsync(TestData.Profile("PSI"));
        var gap = await Data.GapAsync(organization.Id, NewGap(
            "Baseline study", requires: ["research", "data-collection"], countries: ["GT", "HN"], priority: GapPriority.High));

        var json = await NewClient().Http.GetFromJsonAsync<JsonElement>("/api/v1/gaps");

        Assert.Equal(1, json.GetProperty("total").GetInt32());
        Assert.Equal(1, json.GetProperty("page").GetInt32());
        Assert.Equal(20, json.GetProperty("pageSize").GetInt32());
        var item = Assert.Single(json.GetProperty("items").EnumerateArray());
        Assert.Equal(gap.Id, item.GetProperty("id").GetInt32());
        Assert.Equal("Baseline study", item.GetProperty("title").GetString());
        Assert.Equal(["research", "data-collection"], Strings(item.GetProperty("requires")));
        Assert.Equal(["GT", "HN"], Strings(item.GetProperty("countries")));
        Assert.Equal("open", item.GetProperty("status").GetString());
        Assert.Equal("high", item.GetProperty("priority").GetString());
        Assert.Equal(organization.Id, item.GetProperty("organizationId").GetInt32());
    }

    [Fact]
    public async Task Search_and_filters_work_as_on_the_page()
    {
        var organization = await Data.VerifiedAsync(TestData.Profile("Raiser"));
        await Data.GapAsync(organization.Id, NewGap("Capacitación técnica", requires: ["vocational-training"], countries: ["GT"]));
        var closed = await Data.GapAsync(null, NewGap("Legal aid in Peru", requires: ["legal-aid"], countries: ["PE"], priority: GapPriority.Low));
        await Data.QueryAsync(async db =>
        {
            (await db.Gaps.FindAsync(closed.Id))!.Close(DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });
        var client = NewClient().Http;

        Assert.Equal(["Capacitación técnica"], await TitlesAsync(client, "q=capacitacion"));
        Assert.Equal(["Legal aid in Peru"], await TitlesAsync(client, "country=pe"));
        Assert.Equal(["Capacitación técnica"], await TitlesAsync(client, "capability=vocational-training"));
        Assert.Equal(["Legal aid in Peru"], await TitlesAsync(client, "status=closed"));
        Assert.Equal(["Capacitación técnica"], await TitlesAsync(client, "status=open"));
        Assert.Equal(["Legal aid in Peru"], await TitlesAsync(client, "priority=low"));
    }

    [Fact]
    public async Task Gaps_of_pending_organizations_are_hidden_in_the_list_and_404_by_id()
    {
        var delegateUser = await Data.UserAsync("owner@example.org");
        var pending = await Data.PendingAsync(TestData.Profile("Not Yet Public"), delegateUser.Id);
        var hidden = await Data.GapAsync(pending.Id, NewGap("Hidden gap"));
        var client = NewClient();

        var list = await client.Http.GetFromJsonAsync<JsonElement>("/api/v1/gaps");
        using var byId = await client.GetAsync($"/api/v1/gaps/{hidden.Id}");

        Assert.Equal(0, list.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, byId.StatusCode);
        Assert.Equal("application/problem+json", byId.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Details_add_description_objectives_and_creation_time()
    {
        var at = new DateTimeOffset(2025, 11, 20, 14, 30, 0, TimeSpan.Zero);
        var gap = await Data.GapAsync(null, NewGap("Data on pathways", "Registries of regular pathways.", gcmObjectives: [1, 5]), at);

        var json = await NewClient().Http.GetFromJsonAsync<JsonElement>($"/api/v1/gaps/{gap.Id}");

        Assert.Equal(gap.Id, json.GetProperty("id").GetInt32());
        Assert.Equal("Data on pathways", json.GetProperty("title").GetString());
        Assert.Equal("Registries of regular pathways.", json.GetProperty("description").GetString());
        Assert.Equal([1, 5], json.GetProperty("gcmObjectives").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(at, json.GetProperty("createdAt").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("organizationId").ValueKind);
        Assert.Equal(["vocational-training"], Strings(json.GetProperty("requires")));
        Assert.Equal("medium", json.GetProperty("priority").GetString());
    }

    [Fact]
    public async Task Pages_are_bounded_and_a_page_beyond_the_end_is_empty()
    {
        var organization = await Data.VerifiedAsync(TestData.Profile("Raiser"));
        for (var i = 0; i < 3; i++)
        {
            await Data.GapAsync(organization.Id, NewGap($"Gap {i}"));
        }

        var client = NewClient().Http;
        var second = await client.GetFromJsonAsync<JsonElement>("/api/v1/gaps?page=2&pageSize=2");
        var beyond = await client.GetFromJsonAsync<JsonElement>("/api/v1/gaps?page=10000");

        Assert.Single(second.GetProperty("items").EnumerateArray());
        Assert.Equal(3, second.GetProperty("total").GetInt32());
        Assert.Equal(2, second.GetProperty("pageSize").GetInt32());
        Assert.Empty(beyond.GetProperty("items").EnumerateArray());
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=-1", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("page=99999999999999999999", "page")]
    [InlineData("pageSize=100000", "pageSize")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("country=ZZ", "country")]
    [InlineData("capability=flying", "capability")]
    [InlineData("status=lost", "status")]
    [InlineData("priority=urgent", "priority")]
    [InlineData("gcmObjective=99", "gcmObjective")]
    [InlineData("q=%00", "q")]
    public async Task Bad_parameters_get_400_problem_details_naming_the_field(string query, string field)
    {
        using var response = await NewClient().GetAsync($"/api/v1/gaps?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors should name {field}");
    }

    [Fact]
    public async Task An_unknown_gap_is_404_problem_details()
    {
        using var response = await NewClient().GetAsync("/api/v1/gaps/999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString() ?? "")];

    private static async Task<string[]> TitlesAsync(HttpClient client, string query)
    {
        var json = await client.GetFromJsonAsync<JsonElement>($"/api/v1/gaps?{query}");
        return [.. json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString() ?? "")];
    }
}
