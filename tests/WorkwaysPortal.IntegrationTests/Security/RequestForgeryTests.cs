using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Security;

/// <summary>
/// ASVS 3.5.1: every state-changing request without an antiforgery token (or, for the API, a bearer
/// token) is refused and changes nothing, apart from the documented <see cref="AccessTable.TokenFreePosts"/>.
/// ASVS 3.5.3: no GET changes anything, whoever sends it (downloads add their audit event, by design).
/// </summary>
public sealed class RequestForgeryTests(PortalDatabaseFixture database) : SecurityTest(database)
{
    [Fact]
    public async Task Every_state_changing_request_without_a_valid_token_is_refused_and_changes_nothing()
    {
        var world = await WorldAsync();
        var outsiderToken = await TokenAsync(world.Outsider.Client);
        var wrong = new List<string>();
        var checkedCount = 0;
        foreach (var (endpoint, rule) in Endpoints().Where(e => e.Endpoint is not null && e.Endpoint.ChangesState && !AccessTable.TokenFreePosts.ContainsKey(e.Endpoint.Key)))
        {
            // Someone the endpoint admits, with their own cookies (the antiforgery cookie included):
            // what a forged cross-site request would carry. The owner for their objects, the
            // administrator for role-restricted ones.
            var caller = rule is { Access: Access.Role } ? world.Admin.Client : world.Owner.Client;
            await TokenAsync(caller);
            var url = UrlOf(endpoint, rule!, world.IdOf(rule!.Subject));

            // No token at all, then the attacker's own (valid, but for another session).
            foreach (var (variant, token) in new[] { ("no token", (string?)null), ("another session's token", outsiderToken) })
            {
                var before = await SnapshotAsync();
                using var response = await CallAsync(caller, endpoint, url, token, [new("Input.Title", "Forged"), new("Input.Reason", "Forged")], """{"reason":"Forged","title":"Forged"}""");
                var changes = (await SnapshotAsync()).ChangesSince(before, exportsAllowed: false);
                checkedCount++;
                var refused = response.StatusCode == HttpStatusCode.BadRequest
                              && (!endpoint.IsApi || await IsAntiforgeryProblemAsync(response));
                if (!refused)
                {
                    wrong.Add($"{endpoint.Key} with {variant} answered {(int)response.StatusCode}");
                }

                if (changes.Count > 0)
                {
                    wrong.Add($"{endpoint.Key} with {variant} changed {string.Join(", ", changes)}");
                }
            }
        }

        Assert.True(checkedCount > 50, $"Only {checkedCount} calls checked.");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task The_token_free_posts_exist_and_change_nothing()
    {
        var world = await WorldAsync();
        var endpoints = Endpoints();
        foreach (var (key, reason) in AccessTable.TokenFreePosts)
        {
            var (endpoint, rule) = Assert.Single(endpoints, e => e.Endpoint.Key == key);
            Assert.False(string.IsNullOrWhiteSpace(reason));
            var before = await SnapshotAsync();

            using var response = await CallAsync(
                world.Anonymous, endpoint, UrlOf(endpoint, rule!, 0), token: null,
                json: """{"seeks":["legal-aid"],"email":"nobody@example.org","password":"not a password"}""");

            Assert.True((int)response.StatusCode < 500, $"{key} answered {(int)response.StatusCode}");
            Assert.Empty((await SnapshotAsync()).ChangesSince(before, exportsAllowed: false));
        }
    }

    [Fact]
    public async Task An_api_call_with_a_bearer_token_needs_no_antiforgery_token()
    {
        var world = await WorldAsync();
        using var api = App.CreateClient();
        using var tokenResponse = await api.PostAsJsonAsync("/api/v1/auth/token", new { email = world.Owner.Email, password = TestData.Password });
        var bearer = (await tokenResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/v1/proposals/{world.Proposal}/submit", UriKind.Relative))
        {
            Content = JsonContent.Create(new { reason = (string?)null }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        using var response = await api.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("awaiting-partners", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());
    }

    [Fact]
    public async Task No_get_changes_anything_whoever_sends_it()
    {
        var world = await WorldAsync();
        var wrong = new List<string>();
        var checkedCount = 0;
        foreach (var (endpoint, rule) in Endpoints().Where(e => e.Endpoint.Method == "GET" && e.Rule is not null))
        {
            var url = UrlOf(endpoint, rule!, world.IdOf(rule!.Subject));
            foreach (var (name, client, _) in world.Identities)
            {
                var before = await SnapshotAsync();
                using var response = await CallAsync(client, endpoint, url, token: null);
                var changes = (await SnapshotAsync()).ChangesSince(before);
                checkedCount++;
                if (changes.Count > 0)
                {
                    wrong.Add($"{endpoint.Key} ({url}) by {name} changed {string.Join(", ", changes)}");
                }

                if ((int)response.StatusCode >= 500)
                {
                    wrong.Add($"{endpoint.Key} ({url}) by {name} answered {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(checkedCount > 200, $"Only {checkedCount} calls checked.");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private static async Task<bool> IsAntiforgeryProblemAsync(HttpResponseMessage response)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return false;
        }

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.TryGetProperty("title", out var title) && title.GetString() == "A valid antiforgery token is required.";
    }
}
