using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Domain.Proposals;
using WorkwaysPortal.IntegrationTests.Matching;
using WorkwaysPortal.Testing;
using static WorkwaysPortal.Testing.TestData;
using static WorkwaysPortal.Testing.WorkTestData;

namespace WorkwaysPortal.IntegrationTests.Features.Partners;

public sealed class MatchesApiTests(PortalDatabaseFixture database) : PortalTest(database)
{
    [Fact]
    public async Task Organization_matches_have_the_documented_shape_best_first_with_reasons()
    {
        var target = await Data.VerifiedAsync(Profile("Target", "civil-society", ["GT"], offers: ["research"], seeks: ["vocational-training"]));
        var best = await Data.VerifiedAsync(Profile("Ministry", "government", ["GT"], offers: ["vocational-training"], seeks: ["research"]));
        var farther = await Data.VerifiedAsync(Profile("Faraway Institute", "academia", ["AR"], offers: ["vocational-training"]));
        await Data.VerifiedAsync(Profile("Neighbour", "civil-society", ["HN"], offers: ["health-services"]));

        var json = await NewClient().Http.GetFromJsonAsync<JsonElement>($"/api/v1/organizations/{target.Id}/matches");

        var matches = json.GetProperty("matches").EnumerateArray().ToList();
        Assert.Equal([best.Id, farther.Id], matches.Take(2).Select(m => m.GetProperty("id").GetInt32()));
        Assert.Equal("Ministry", matches[0].GetProperty("name").GetString());
        var scores = matches.Select(m => m.GetProperty("score").GetDouble()).ToList();
        Assert.All(scores, s => Assert.InRange(s, 0, 1));
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.Equal(
            [
                "Offers Vocational (technical and labour) training, which this organization seeks",
                "Seeks Research and baseline studies, which this organization offers",
                "Also works in Guatemala",
                "Government, a sector that complements Civil society",
                "Shared working language: Spanish",
            ],
            matches[0].GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.DoesNotContain(matches, m => m.GetProperty("id").GetInt32() == target.Id);
    }

    [Fact]
    public async Task An_anonymous_repeat_request_comes_from_the_cache_until_a_new_organization_fits()
    {
        var target = await Data.VerifiedAsync(Profile("Target", "civil-society", ["GT"], seeks: ["vocational-training"]));
        await Data.VerifiedAsync(Profile("First Trainer", "academia", ["GT"], offers: ["vocational-training"]));
        var url = $"/api/v1/organizations/{target.Id}/matches";

        var (first, firstCached) = await MatchesAsync(url);
        var (second, secondCached) = await MatchesAsync(url);
        await Data.VerifiedAsync(Profile("Second Trainer", "government", ["GT"], offers: ["vocational-training"]));
        var (third, thirdCached) = await MatchesAsync(url);

        Assert.Equal((false, true, false), (firstCached, secondCached, thirdCached));
        Assert.Equal(first, second);
        Assert.Equal(["First Trainer"], Names(first));
        Assert.Equal(["First Trainer", "Second Trainer"], Names(third).Order());
    }

    [Fact]
    public async Task A_caller_with_a_token_is_never_served_from_the_cache()
    {
        var target = await Data.VerifiedAsync(Profile("Target", "civil-society", ["GT"], seeks: ["vocational-training"]));
        await Data.UserAsync("reader@example.org");
        using var token = await NewClient().Http.PostAsJsonAsync("/api/v1/auth/token", new { email = "reader@example.org", password = Password });
        var bearer = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        var url = $"/api/v1/organizations/{target.Id}/matches";

        await MatchesAsync(url, bearer);
        var (_, cached) = await MatchesAsync(url, bearer);

        Assert.False(cached);
    }

    /// <summary>The body, and whether it came from the output cache (which adds an Age header).</summary>
    private async Task<(string Json, bool FromCache)> MatchesAsync(string url, string? bearer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (bearer is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        }

        using var response = await NewClient().Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadAsStringAsync(), response.Headers.Age is not null);
    }

    private static List<string?> Names(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("name").GetString()).ToList();

    [Fact]
    public async Task Reasons_are_in_the_language_of_the_request()
    {
        var target = await Data.VerifiedAsync(Profile("Target", "civil-society", ["GT"], seeks: ["legal-aid"]));
        await Data.VerifiedAsync(Profile("Lawyers", "legal-professional", ["GT", "HN"], offers: ["legal-aid"]));
        var client = NewClient().Http;
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/organizations/{target.Id}/matches");
        request.Headers.AcceptLanguage.ParseAdd("es");

        using var response = await client.SendAsync(request);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        var byQuery = await client.GetFromJsonAsync<JsonElement>($"/api/v1/organizations/{target.Id}/matches?culture=es");

        var reasons = json.GetProperty("matches")[0].GetProperty("reasons").EnumerateArray().Select(r => r.GetString()).ToList();
        Assert.Contains("Ofrece Asistencia jurídica y asesoría para la regularización, que esta organización busca", reasons);
        Assert.Contains("También trabaja en Guatemala", reasons);
        Assert.Equal(reasons, byQuery.GetProperty("matches")[0].GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Gap_matches_rank_what_the_gap_requires_and_leave_out_its_organization()
    {
        var raiser = await Data.VerifiedAsync(Profile("Raiser", "civil-society", ["GT"], offers: ["vocational-training"]));
        var gap = await Data.GapAsync(raiser.Id, NewGap("Training", requires: ["vocational-training", "language-training"], countries: ["GT", "HN"]));
        var both = await Data.VerifiedAsync(Profile("Both", "government", ["HN"], offers: ["vocational-training", "language-training"]));
        var one = await Data.VerifiedAsync(Profile("One", "government", ["HN"], offers: ["language-training"]));

        var json = await NewClient().Http.GetFromJsonAsync<JsonElement>($"/api/v1/gaps/{gap.Id}/matches?top=10");

        var matches = json.GetProperty("matches").EnumerateArray().ToList();
        Assert.Equal([both.Id, one.Id], matches.Select(m => m.GetProperty("id").GetInt32()));
        Assert.Contains(
            "Offers Vocational (technical and labour) training and Language training, which this gap requires",
            matches[0].GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
    }

    [Theory]
    [InlineData("top=0")]
    [InlineData("top=51")]
    [InlineData("top=-1")]
    [InlineData("top=ten")]
    [InlineData("top=99999999999")]
    public async Task Top_must_be_from_1_to_50(string query)
    {
        var organization = await Data.VerifiedAsync(Profile("Target"));
        var gap = await Data.GapAsync(organization.Id, NewGap("Gap"));
        var client = NewClient();

        using var forOrganization = await client.GetAsync($"/api/v1/organizations/{organization.Id}/matches?{query}");
        using var forGap = await client.GetAsync($"/api/v1/gaps/{gap.Id}/matches?{query}");

        foreach (var response in new[] { forOrganization, forGap })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(problem.GetProperty("errors").TryGetProperty("top", out _));
        }
    }

    [Fact]
    public async Task Top_limits_the_number_of_matches()
    {
        var target = await Data.VerifiedAsync(Profile("Target", seeks: ["legal-aid"]));
        for (var i = 0; i < 4; i++)
        {
            await Data.VerifiedAsync(Profile($"Candidate {i}", offers: ["legal-aid"]));
        }

        var client = NewClient().Http;
        var one = await client.GetFromJsonAsync<JsonElement>($"/api/v1/organizations/{target.Id}/matches?top=1");
        var fifty = await client.GetFromJsonAsync<JsonElement>($"/api/v1/organizations/{target.Id}/matches?top=50");

        Assert.Single(one.GetProperty("matches").EnumerateArray());
        Assert.Equal(4, fifty.GetProperty("matches").GetArrayLength());
    }

    [Fact]
    public async Task Unknown_and_non_public_ids_are_404()
    {
        var owner = await Data.UserAsync("owner@example.org");
        var pending = await Data.PendingAsync(Profile("Pending"), owner.Id);
        var hiddenGap = await Data.GapAsync(pending.Id, NewGap("Hidden"));
        var client = NewClient();

        foreach (var url in new[]
                 {
                     "/api/v1/organizations/424242/matches", "/api/v1/gaps/424242/matches",
                     $"/api/v1/organizations/{pending.Id}/matches", $"/api/v1/gaps/{hiddenGap.Id}/matches",
                 })
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task The_organization_itself_unverified_rejected_organizations_and_existing_partners_never_appear()
    {
        var target = await Data.VerifiedAsync(Profile("Target", "civil-society", ["GT"], seeks: ["legal-aid"]));
        var owner = await Data.UserAsync("owner@example.org");
        var pending = await Data.PendingAsync(Profile("Pending Lawyers", "legal-professional", ["GT"], offers: ["legal-aid"]), owner.Id);
        var rejected = await Data.RejectedAsync(Profile("Rejected Lawyers", "legal-professional", ["GT"], offers: ["legal-aid"]));
        var partnerWeInvited = await Data.VerifiedAsync(Profile("Invited Partner", "government", ["GT"], offers: ["legal-aid"]));
        var partnerWhoInvitedUs = await Data.VerifiedAsync(Profile("Inviting Partner", "government", ["GT"], offers: ["legal-aid"]));
        var fellowInvitee = await Data.VerifiedAsync(Profile("Fellow Invitee", "government", ["GT"], offers: ["legal-aid"]));
        var refused = await Data.VerifiedAsync(Profile("Refused Proposal", "government", ["GT"], offers: ["legal-aid"]));
        var onlySubmitted = await Data.VerifiedAsync(Profile("Submitted Proposal", "government", ["GT"], offers: ["legal-aid"]));
        var stranger = await Data.VerifiedAsync(Profile("Stranger", "government", ["GT"], offers: ["legal-aid"]));
        await Data.ApprovedProposalAsync(target.Id, partnerWeInvited.Id);
        await Data.ApprovedProposalAsync(partnerWhoInvitedUs.Id, target.Id, fellowInvitee.Id);
        await Data.ProposalAsync(target.Id, [refused.Id], ProposalAction.Submit, ProposalAction.Reject);
        await Data.ProposalAsync(target.Id, [onlySubmitted.Id], ProposalAction.Submit);

        var json = await NewClient().Http.GetFromJsonAsync<JsonElement>($"/api/v1/organizations/{target.Id}/matches?top=50");
        var ids = json.GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("id").GetInt32()).ToList();

        Assert.Equal([.. new[] { refused.Id, onlySubmitted.Id, stranger.Id }.Order()], ids.Order());
        Assert.DoesNotContain(target.Id, ids);
        Assert.DoesNotContain(pending.Id, ids);
        Assert.DoesNotContain(rejected.Id, ids);
        Assert.DoesNotContain(partnerWeInvited.Id, ids);
        Assert.DoesNotContain(partnerWhoInvitedUs.Id, ids);
        Assert.DoesNotContain(fellowInvitee.Id, ids);
    }

    [Fact]
    public async Task A_gap_s_matches_leave_out_its_organization_s_partners()
    {
        var raiser = await Data.VerifiedAsync(Profile("Raiser", countries: ["PE"]));
        var partner = await Data.VerifiedAsync(Profile("Partner", "government", ["PE"], offers: ["legal-aid"]));
        var other = await Data.VerifiedAsync(Profile("Other", "government", ["PE"], offers: ["legal-aid"]));
        await Data.ApprovedProposalAsync(partner.Id, raiser.Id);
        var gap = await Data.GapAsync(raiser.Id, NewGap("Legal aid", requires: ["legal-aid"], countries: ["PE"]));

        var json = await NewClient().Http.GetFromJsonAsync<JsonElement>($"/api/v1/gaps/{gap.Id}/matches");

        Assert.Equal([other.Id], json.GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("id").GetInt32()));
    }

    [Fact]
    public async Task Search_is_open_to_anonymous_callers_without_antiforgery_and_answers_the_same_shape()
    {
        var lawyers = await Data.VerifiedAsync(Profile("Lawyers", "legal-professional", ["PE"], offers: ["legal-aid"]));
        var ministry = await Data.VerifiedAsync(Profile("Ministry", "government", ["PE"], offers: ["legal-aid"]));
        await Data.VerifiedAsync(Profile("Unrelated", "academia", ["AR"], offers: ["research"]));

        using var response = await SearchAsync(NewClient(), """{"seeks":["legal-aid"],"countries":["PE"],"sectors":[],"text":"","top":10}""");
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var matches = json.GetProperty("matches").EnumerateArray().ToList();
        Assert.Equal([.. new[] { lawyers.Id, ministry.Id }.Order()], matches.Take(2).Select(m => m.GetProperty("id").GetInt32()).Order());
        Assert.Contains(
            "Offers Legal aid and regularization advice, which you seek",
            matches[0].GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains("Works in Peru", matches[0].GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Search_sectors_restrict_the_candidates_and_text_finds_similar_descriptions()
    {
        await Data.VerifiedAsync(Profile("Lawyers", "legal-professional", ["PE"], offers: ["legal-aid"]));
        var ministry = await Data.VerifiedAsync(Profile("Ministry", "government", ["PE"], offers: ["legal-aid"]));
        var nurses = await Data.VerifiedAsync(Profile(
            "Nurses Union", "trade-union", ["CA"], offers: ["worker-representation"], description: "Represents nurses and caregivers in hospitals."));

        var client = NewClient();
        using var bySector = await SearchAsync(client, """{"seeks":["legal-aid"],"sectors":["government"]}""");
        using var byText = await SearchAsync(client, """{"text":"enfermeras nurses hospitales"}""");

        Assert.Equal([ministry.Id], (await bySector.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("id").GetInt32()));
        var textMatches = (await byText.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("matches").EnumerateArray().ToList();
        Assert.Equal([nurses.Id], textMatches.Select(m => m.GetProperty("id").GetInt32()));
        Assert.Contains("Describes similar work", textMatches[0].GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
    }

    [Theory]
    [InlineData("""{"seeks":["flying"]}""", "seeks")]
    [InlineData("""{"countries":["ZZ"]}""", "countries")]
    [InlineData("""{"sectors":["guild"]}""", "sectors")]
    [InlineData("""{"corridors":["AR-US"]}""", "corridors")]
    [InlineData("""{"seeks":"legal-aid"}""", "seeks")]
    [InlineData("""{"seeks":[1,2]}""", "seeks")]
    [InlineData("""{"seeks":["legal-aid"],"top":0}""", "top")]
    [InlineData("""{"seeks":["legal-aid"],"top":51}""", "top")]
    [InlineData("""{"seeks":["legal-aid"],"top":"ten"}""", "top")]
    [InlineData("""{"text":5}""", "text")]
    [InlineData("""{}""", "seeks")]
    [InlineData("""{"seeks":[],"countries":[],"sectors":[],"text":"","top":10}""", "seeks")]
    [InlineData("""[1,2,3]""", "body")]
    [InlineData("""{"seeks":[""", "body")]
    [InlineData("", "body")]
    public async Task Bad_search_requests_are_400_problem_details_naming_the_field(string body, string field)
    {
        using var response = await SearchAsync(NewClient(), body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Search_text_longer_than_200_characters_is_refused()
    {
        using var response = await SearchAsync(NewClient(), $$"""{"text":"{{new string('a', 201)}}"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Search_changes_nothing()
    {
        await Data.VerifiedAsync(Profile("Lawyers", "legal-professional", ["PE"], offers: ["legal-aid"]));
        var before = await CountsAsync();

        using var response = await SearchAsync(NewClient(), """{"seeks":["legal-aid"]}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before, await CountsAsync());
    }

    private static async Task<HttpResponseMessage> SearchAsync(PortalClient client, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return await client.Http.PostAsync(new Uri("/api/v1/matches/search", UriKind.Relative), content);
    }

    private Task<(int, int, int)> CountsAsync() =>
        Data.QueryAsync(async db => (await db.AuditEventsBesideSignIns().CountAsync(), await db.Organizations.CountAsync(), await db.Notifications.CountAsync()));
}
