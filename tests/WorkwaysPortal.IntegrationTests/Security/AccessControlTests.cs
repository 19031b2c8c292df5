using System.Net;
using Microsoft.AspNetCore.Authorization;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Security;

/// <summary>
/// Function-level (ASVS 8.2.1) and object-level (8.2.2) access on every endpoint, enumerated from the
/// portal's endpoint data sources and judged against <see cref="AccessTable"/>.
/// </summary>
public sealed class AccessControlTests(PortalDatabaseFixture database) : SecurityTest(database)
{
    [Fact]
    public void Every_endpoint_has_an_expected_access_and_every_expectation_an_endpoint()
    {
        var endpoints = PortalEndpoint.All(App.Services);

        var missing = endpoints.Where(e => AccessTable.For(e) is null).Select(e => e.Key).ToList();
        var stale = AccessTable.Routes.Keys.Where(k => !endpoints.Any(e => e.Key == k || e.Route == k)).ToList();

        Assert.True(endpoints.Count > 80, $"Only {endpoints.Count} endpoints found: the enumeration is broken.");
        Assert.True(missing.Count == 0, "Endpoints with no expected access in AccessTable (say who may use them):\n" + string.Join("\n", missing));
        Assert.True(stale.Count == 0, "AccessTable entries that match no endpoint (remove or fix them):\n" + string.Join("\n", stale));
    }

    [Fact]
    public void The_authorization_metadata_of_each_endpoint_matches_its_expected_access()
    {
        var wrong = new List<string>();
        foreach (var (endpoint, rule) in Endpoints())
        {
            if (rule is null)
            {
                continue;
            }

            var authorization = endpoint.Authorization;
            var problem = rule.Access switch
            {
                Access.Public when authorization is not null => "requires authorization but is expected to be public",
                Access.SignedIn when authorization is null => "allows anonymous callers but is expected to need a sign-in",
                Access.SignedIn when authorization.Any(a => a.Policy is not null || a.Roles is not null) => "requires a role but is expected to need only a sign-in",
                Access.Role when authorization is null || !authorization.Any(a => a.Policy == rule.Policy) => $"does not require the {rule.Policy} policy",
                _ => null,
            };
            if (problem is not null)
            {
                wrong.Add($"{endpoint.Key} {problem}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task Anonymous_callers_are_sent_to_sign_in_or_get_401_wherever_a_sign_in_is_needed()
    {
        var world = await WorldAsync();
        var token = await TokenAsync(world.Anonymous);
        var wrong = new List<string>();
        var checkedCount = 0;
        foreach (var (endpoint, rule) in Endpoints().Where(e => e.Rule is { Access: not Access.Public }))
        {
            var url = UrlOf(endpoint, rule!, world.IdOf(rule!.Subject));
            using var response = await CallAsync(world.Anonymous, endpoint, url, token);
            checkedCount++;
            var refused = endpoint.IsApi ? response.StatusCode == HttpStatusCode.Unauthorized : IsSignInRedirect(response);
            if (!refused)
            {
                wrong.Add($"{endpoint.Key} ({url}) answered {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        Assert.True(checkedCount > 40, $"Only {checkedCount} endpoints checked.");
        Assert.True(wrong.Count == 0, "Not refused to an anonymous caller:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public async Task Every_role_restricted_endpoint_refuses_the_other_roles_with_403_and_admits_its_own()
    {
        var world = await WorldAsync();
        var wrong = new List<string>();
        var checkedCount = 0;
        foreach (var (name, client, role) in world.Identities.Where(i => i.Role.Length > 0 && i.Name != "owner"))
        {
            var token = await TokenAsync(client);
            foreach (var (endpoint, rule) in Endpoints().Where(e => e.Rule is { Access: Access.Role }))
            {
                // An id no object has: the admitted roles reach the handler, which finds nothing to change.
                using var response = await CallAsync(client, endpoint, UrlOf(endpoint, rule!, NoSuchId), token);
                checkedCount++;
                var admitted = rule!.AllowedRoles.Contains(role);
                var status = response.StatusCode;
                if (admitted && (status is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized || IsSignInRedirect(response)))
                {
                    wrong.Add($"{endpoint.Key} refused {name} ({(int)status}), whom {rule.Policy} admits");
                }
                else if (!admitted && status != HttpStatusCode.Forbidden)
                {
                    wrong.Add($"{endpoint.Key} answered {(int)status} to {name}, whom {rule.Policy} does not admit");
                }
            }
        }

        Assert.True(checkedCount >= 4 * 10, $"Only {checkedCount} calls checked.");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task No_one_but_the_owner_reaches_or_changes_an_object_that_is_not_theirs()
    {
        var world = await WorldAsync();
        var outsiderToken = await TokenAsync(world.Outsider.Client);
        var ownerToken = await TokenAsync(world.Owner.Client);
        var anonymousToken = await TokenAsync(world.Anonymous);
        var wrong = new List<string>();
        var checkedCount = 0;
        foreach (var (endpoint, rule) in Endpoints().Where(e => e.Rule is { Subject: not Subject.None, Access: not Access.Role }))
        {
            var url = UrlOf(endpoint, rule!, world.IdOf(rule!.Subject));
            var callers = rule.Access == Access.Public
                ? new[] { ("outsider", world.Outsider.Client, outsiderToken), ("anonymous", world.Anonymous, anonymousToken) }
                : [("outsider", world.Outsider.Client, outsiderToken)];
            foreach (var (name, client, token) in callers)
            {
                var before = await SnapshotAsync();
                using var response = await CallAsync(client, endpoint, url, token, [new("Input.Title", "Taken over"), new("Input.Reason", "Taken over")]);
                var changes = (await SnapshotAsync()).ChangesSince(before);
                checkedCount++;
                if (response.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.Forbidden) && !(name == "anonymous" && IsSignInRedirect(response)))
                {
                    wrong.Add($"{endpoint.Key} ({url}) answered {(int)response.StatusCode} to the {name}");
                }

                if (changes.Count > 0)
                {
                    wrong.Add($"{endpoint.Key} ({url}) by the {name} changed {string.Join(", ", changes)}");
                }
            }

            // The same address works for its owner, so the refusals above are about the owner, not the id.
            if (!endpoint.ChangesState)
            {
                using var mine = await CallAsync(world.Owner.Client, endpoint, url, ownerToken);
                if (mine.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden)
                {
                    wrong.Add($"{endpoint.Key} ({url}) refused its owner ({(int)mine.StatusCode})");
                }
            }
        }

        Assert.True(checkedCount > 25, $"Only {checkedCount} calls checked.");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task An_outsider_cannot_propose_in_the_name_of_someone_elses_organization_through_the_api()
    {
        var world = await WorldAsync();
        var token = await TokenAsync(world.Outsider.Client);
        var before = await SnapshotAsync();

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/proposals", UriKind.Relative))
        {
            Content = System.Net.Http.Json.JsonContent.Create(new
            {
                proposerOrganizationId = world.OwnerOrganization,
                title = "Taken over",
                rationale = "Taken over",
                proposerContribution = "Nothing",
                partners = new[] { new { organizationId = world.PartnerOrganization, contribution = "All" } },
                submit = true,
            }),
        };
        request.Headers.Add("RequestVerificationToken", token);
        using var response = await world.Outsider.Client.Http.SendAsync(request);

        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"answered {(int)response.StatusCode}");
        Assert.Empty((await SnapshotAsync()).ChangesSince(before));
    }

    [Fact]
    public void Role_policies_admit_exactly_the_roles_the_access_table_expects()
    {
        var options = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Microsoft.Extensions.Options.IOptions<AuthorizationOptions>>(App.Services).Value;
        foreach (var policy in AccessTable.Folders.Select(f => f.Rule).Concat(AccessTable.Routes.Values).Where(r => r.Policy is not null).DistinctBy(r => r.Policy))
        {
            var roles = options.GetPolicy(policy.Policy!)!.Requirements
                .OfType<Microsoft.AspNetCore.Authorization.Infrastructure.RolesAuthorizationRequirement>()
                .SelectMany(r => r.AllowedRoles)
                .Order(StringComparer.Ordinal);
            Assert.Equal(policy.AllowedRoles.Order(StringComparer.Ordinal), roles);
        }
    }
}
