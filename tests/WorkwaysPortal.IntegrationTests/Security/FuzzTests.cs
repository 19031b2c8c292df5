using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Security;

/// <summary>
/// Bad input to every form and API endpoint (enumerated, with the fields the portal binds): overlong
/// strings, control characters, NUL, invalid UTF-8, wrong types, huge and negative numbers, unknown
/// enum values, malformed and 10 MB bodies. Never a 5xx; a refused request changes nothing (no
/// partial write). The shared portal's rate limits are high, so none of this is refused for volume.
/// The same tests run in the Development and Production configurations (<see cref="DevelopmentFuzzTests"/>,
/// <see cref="ProductionFuzzTests"/>), whose error handling differs.
/// </summary>
public class FuzzTests(PortalDatabaseFixture database) : SecurityTest(database)
{
    /// <summary>Form and query values, already percent-encoded (so that invalid UTF-8 can be sent as such).</summary>
    private static readonly (string Name, string Encoded)[] Values =
    [
        ("overlong", new string('x', 100_000)),
        ("control characters", "a%01%07%1B%7F%C2%85b"),
        ("NUL", "a%00b"),
        ("invalid UTF-8", "%C3%28%FF%FE%ED%A0%80"),
        ("wrong type", "not-a-number"),
        ("huge number", "99999999999999999999999999999"),
        ("float overflow", "1e309"),
        ("negative", "-1"),
        ("below int.MinValue", "-2147483649"),
        ("unknown enum value", "Exploded"),
        ("undefined enum number", "99"),
        ("not a boolean", "maybe"),
        ("impossible date", "2026-13-45"),
        ("markup", Uri.EscapeDataString("<script>alert(1)</script>\" onmouseover=\"alert(2)")),
        ("bidi and emoji", Uri.EscapeDataString("\u202Eevil \U0001F389")),
        ("blank", "%20%20%20"),
        ("empty", ""),
    ];

    /// <summary>The values each field of a valid form is changed to, one field at a time.</summary>
    private static readonly string[] PerField = ["overlong", "control characters", "wrong type", "huge number", "negative", "unknown enum value", "not a boolean"];

    /// <summary>JSON values put in each property of a valid API body, one at a time.</summary>
    private static readonly (string Name, string Json)[] JsonValues =
    [
        ("NUL", "\"a\\u0000b\""),
        ("lone surrogate", "\"\\ud800\""),
        ("overlong", "\"" + new string('x', 100_000) + "\""),
        ("control characters", "\"a\\u0001\\u001bb\""),
        ("number for string", "12345"),
        ("string for number", "\"x\""),
        ("float overflow", "1e400"),
        ("huge number", "99999999999999999999"),
        ("negative", "-1"),
        ("boolean", "true"),
        ("array", "[\"a\", 1, null, {}]"),
        ("object", "{\"a\": {\"b\": []}}"),
        ("null", "null"),
        ("unknown enum value", "\"exploded\""),
    ];

    [Fact]
    public async Task Every_form_survives_bad_values_without_a_5xx_or_a_partial_write()
    {
        var world = await WorldAsync();
        var failures = new List<string>();
        var calls = 0;
        var previous = await SnapshotAsync();
        foreach (var (endpoint, rule) in Forms())
        {
            var (client, token, url) = await CallerAsync(world, endpoint, rule);
            var names = InputFields.Of(endpoint, App.Services).Select(f => f.Name).ToList();
            var html = await (await client.GetAsync(url.Split('?')[0])).Content.ReadAsStringAsync();
            var baseline = HtmlForms.Fields(html, url) ?? [];
            names.AddRange(baseline.Select(f => f.Key).Where(k => !names.Contains(k, StringComparer.OrdinalIgnoreCase)));

            // Every field at once with each value, then one field at a time in an otherwise valid form.
            var bodies = Values.Select(v => ($"every field {v.Name}", string.Join("&", names.Select(n => Uri.EscapeDataString(n) + "=" + v.Encoded))));
            var oneAtATime =
                from name in names
                from value in Values.Where(v => PerField.Contains(v.Name))
                select ($"{name} {value.Name}", string.Join("&", baseline.Where(f => f.Key != name).Select(Encode).Append(Uri.EscapeDataString(name) + "=" + value.Encoded)));
            foreach (var (what, body) in bodies.Concat(oneAtATime))
            {
                using var content = new StringContent(body + "&__RequestVerificationToken=" + Uri.EscapeDataString(token), Encoding.ASCII, "application/x-www-form-urlencoded");
                using var response = await client.Http.PostAsync(new Uri(url, UriKind.Relative), content);
                calls++;
                previous = await CheckAsync(failures, endpoint, what, response, previous, succeeded: (int)response.StatusCode is >= 300 and < 400);
            }
        }

        Assert.True(calls > 500, $"Only {calls} calls made.");
        AssertNone(failures);
    }

    [Fact]
    public async Task Every_form_refuses_malformed_and_oversized_bodies()
    {
        var world = await WorldAsync();
        var failures = new List<string>();
        var previous = await SnapshotAsync();
        foreach (var (endpoint, rule) in Forms())
        {
            var (client, token, url) = await CallerAsync(world, endpoint, rule);
            var tokenField = "__RequestVerificationToken=" + Uri.EscapeDataString(token);
            var bodies = new (string What, HttpContent Content, HttpStatusCode[] Expected)[]
            {
                ("10 MB", Form("Input.Title=" + new string('x', 10 * 1024 * 1024) + "&" + tokenField), [HttpStatusCode.RequestEntityTooLarge]),
                ("3000 fields", Form(string.Join("&", Enumerable.Range(0, 3000).Select(i => $"f{i}=1")) + "&" + tokenField), [HttpStatusCode.BadRequest, HttpStatusCode.RequestEntityTooLarge]),
                ("broken percent-encoding", Form("Input.Title=%E0%A4%A&%%%=&&=&" + tokenField), []),
                ("JSON instead of a form", new StringContent("{\"Input.Title\":\"x\"}", Encoding.UTF8, "application/json"), [HttpStatusCode.BadRequest]),
                ("multipart without a boundary", new StringContent("garbage", Encoding.UTF8, "multipart/form-data"), [HttpStatusCode.BadRequest]),
                ("truncated multipart", Multipart("--xyz\r\nContent-Disposition: form-data; name=\"Input.Title\"\r\n\r\nunfinished"), [HttpStatusCode.BadRequest]),
            };
            foreach (var (what, content, expected) in bodies)
            {
                using (content)
                using (var response = await client.Http.PostAsync(new Uri(url, UriKind.Relative), content))
                {
                    if (expected.Length > 0 && !expected.Contains(response.StatusCode) && !AccessTable.TokenFreePosts.ContainsKey(endpoint.Key))
                    {
                        failures.Add($"{endpoint.Key} with {what} answered {(int)response.StatusCode}, not {string.Join(" or ", expected.Select(s => (int)s))}");
                    }

                    previous = await CheckAsync(failures, endpoint, what, response, previous, succeeded: (int)response.StatusCode is >= 300 and < 400);
                }
            }
        }

        AssertNone(failures);
    }

    [Fact]
    public async Task Every_api_body_survives_bad_json_without_a_5xx_or_a_partial_write()
    {
        var world = await WorldAsync();
        var failures = new List<string>();
        var calls = 0;
        var previous = await SnapshotAsync();
        foreach (var (endpoint, rule) in Endpoints().Where(e => e.Endpoint.IsApi && e.Endpoint.ChangesState))
        {
            var (client, token, url) = await CallerAsync(world, endpoint, rule!);
            var valid = ValidBody(endpoint, world);
            var bodies = new List<(string What, byte[] Body, string ContentType)>();
            foreach (var property in valid.Select(p => p.Key).ToList())
            {
                foreach (var (name, json) in JsonValues)
                {
                    // Spliced in as text: a lone surrogate cannot even be written by a JSON writer.
                    var body = valid.DeepClone().AsObject();
                    body[property] = "__fuzz__";
                    bodies.Add(($"{property} {name}", Encoding.UTF8.GetBytes(body.ToJsonString().Replace("\"__fuzz__\"", json, StringComparison.Ordinal)), "application/json"));
                }
            }

            bodies.AddRange(
            [
                ("invalid UTF-8", [0x7B, 0x22, 0x74, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0xFF, 0x22, 0x7D], "application/json"),
                ("not JSON", "not json"u8.ToArray(), "application/json"),
                ("an array", "[]"u8.ToArray(), "application/json"),
                ("null", "null"u8.ToArray(), "application/json"),
                ("empty", [], "application/json"),
                ("nested 10,000 deep", Encoding.ASCII.GetBytes(new string('[', 10_000) + new string(']', 10_000)), "application/json"),
                ("duplicate properties", Encoding.UTF8.GetBytes("{\"title\":\"a\",\"title\":\"b\",\"reason\":1,\"reason\":\"x\"}"), "application/json"),
                ("text/plain", Encoding.UTF8.GetBytes(valid.ToJsonString()), "text/plain"),
                ("a form", "title=x&reason=y"u8.ToArray(), "application/x-www-form-urlencoded"),
                ("10 MB", Encoding.UTF8.GetBytes("{\"title\":\"" + new string('x', 10 * 1024 * 1024) + "\"}"), "application/json"),
            ]);
            foreach (var (what, body, contentType) in bodies)
            {
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = new(contentType);
                using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url, UriKind.Relative)) { Content = content };
                request.Headers.Add("RequestVerificationToken", token);
                using var response = await client.Http.SendAsync(request);
                calls++;
                previous = await CheckAsync(failures, endpoint, what, response, previous, succeeded: response.IsSuccessStatusCode);
                if (what == "10 MB" && response.StatusCode != HttpStatusCode.RequestEntityTooLarge)
                {
                    failures.Add($"{endpoint.Key} with 10 MB answered {(int)response.StatusCode}, not 413");
                }

                if (!response.IsSuccessStatusCode && response.Content.Headers.ContentLength > 0
                    && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                {
                    failures.Add($"{endpoint.Key} with {what} answered {(int)response.StatusCode} as {response.Content.Headers.ContentType}, not problem details");
                }
            }
        }

        Assert.True(calls > 200, $"Only {calls} calls made.");
        AssertNone(failures);
    }

    [Fact]
    public async Task Every_query_parameter_and_route_id_survives_bad_values()
    {
        var world = await WorldAsync();
        var failures = new List<string>();
        var calls = 0;
        // (A NUL in the path is refused by the test server itself, and by Kestrel with a 400.)
        string[] ids = ["-1", "0", "2147483648", "abc", "1.5", "%C3%28", "%20"];
        foreach (var (endpoint, rule) in Endpoints().Where(e => e.Endpoint.Method == "GET" && e.Rule is not null && e.Endpoint.Route != "{**path:file}"))
        {
            var (client, _, url) = await CallerAsync(world, endpoint, rule!);
            var names = InputFields.Of(endpoint, App.Services).Select(f => f.Name).ToList();
            var queries = Values.Select(v => (v.Name, string.Join("&", names.Select(n => Uri.EscapeDataString(n) + "=" + v.Encoded))))
                .Concat(from n in names from v in Values.Where(v => v.Name != "overlong") select ($"{n} {v.Name}", Uri.EscapeDataString(n) + "=" + v.Encoded));
            var separator = url.Contains('?', StringComparison.Ordinal) ? "&" : "?";
            var requests = queries.Select(q => (q.Item1, url + separator + q.Item2)).ToList();
            if (endpoint.Parameters.Count > 0)
            {
                requests.AddRange(ids.Select(id => ($"route id {id}", endpoint.Url(_ => id, rule!.Query).Replace(Uri.EscapeDataString(id), id, StringComparison.Ordinal))));
            }

            foreach (var (what, address) in requests)
            {
                using var response = await client.GetAsync(address);
                calls++;
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{endpoint.Key} with {what} answered {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(calls > 1000, $"Only {calls} calls made.");
        AssertNone(failures);
    }

    [Fact]
    public async Task A_handler_that_a_page_does_not_have_is_a_404_or_405_and_changes_nothing()
    {
        // Found by wapiti: POST /Proposals/2?handler=Submit%C2%BF%27%22%28 rendered the page without
        // running a handler, and the page failed on its unloaded model (a 500).
        var world = await WorldAsync();
        var failures = new List<string>();
        var calls = 0;
        var previous = await SnapshotAsync();
        var pages = Endpoints().Where(e => e.Endpoint.IsPage && e.Rule is not null).GroupBy(e => e.Endpoint.Route);
        foreach (var page in pages)
        {
            var get = page.FirstOrDefault(e => e.Endpoint.Method == "GET" && e.Endpoint.Handler is null);
            if (get.Endpoint is null)
            {
                continue;
            }

            // Called by someone every handler of the page admits (an admin for role pages, else the owner).
            var rule = page.Select(e => e.Rule!).FirstOrDefault(r => r.Access == Access.Role) ?? get.Rule!;
            var (client, token, url) = await CallerAsync(world, get.Endpoint, rule);
            var descriptor = get.Endpoint.Endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.CompiledPageActionDescriptor>()!;
            var unnamedPost = descriptor.HandlerMethods.Any(h => h.HttpMethod == "Post" && h.Name is null);
            var unnamedGet = descriptor.HandlerMethods.Any(h => h.HttpMethod == "Get" && h.Name is null);
            var separator = url.Contains('?', StringComparison.Ordinal) ? "&" : "?";
            var requests = new List<(string What, HttpMethod Method, string Url, HttpStatusCode? Expected)>
            {
                ("GET with an unknown handler", HttpMethod.Get, url + separator + "handler=NoSuch%C2%BF%27%22%28", unnamedGet ? null : HttpStatusCode.NotFound),
                ("POST with an unknown handler", HttpMethod.Post, url + separator + "handler=NoSuch%C2%BF%27%22%28", unnamedPost ? null : HttpStatusCode.NotFound),
            };
            if (!unnamedPost && descriptor.HandlerMethods.Count > 0)
            {
                requests.Add(("POST without a handler", HttpMethod.Post, url, HttpStatusCode.MethodNotAllowed));
            }

            if (descriptor.HandlerMethods.Count > 0)
            {
                requests.Add(("PUT", HttpMethod.Put, url, HttpStatusCode.MethodNotAllowed));
                requests.Add(("DELETE", HttpMethod.Delete, url, HttpStatusCode.MethodNotAllowed));
            }

            foreach (var (what, method, address, expected) in requests)
            {
                using var request = new HttpRequestMessage(method, new Uri(address, UriKind.Relative));
                if (method != HttpMethod.Get)
                {
                    request.Content = Form("__RequestVerificationToken=" + Uri.EscapeDataString(token));
                }

                using var response = await client.Http.SendAsync(request);
                calls++;
                if (expected is not null && response.StatusCode != expected)
                {
                    failures.Add($"{method} {address} ({what}) answered {(int)response.StatusCode}, not {(int)expected}");
                }
                else if (expected is not null)
                {
                    // The friendly status page, saying what happened.
                    var title = expected == HttpStatusCode.NotFound ? "Page not found" : "This action is not available here";
                    var html = await response.Content.ReadAsStringAsync();
                    if (!html.Contains(title, StringComparison.Ordinal))
                    {
                        failures.Add($"{method} {address} ({what}) answered {(int)response.StatusCode} without the page \"{title}\"");
                    }
                }

                // A GET that ran the page's own OnGet succeeded (a download records its audit event).
                var succeeded = (int)response.StatusCode is >= 300 and < 400 || (method == HttpMethod.Get && response.IsSuccessStatusCode);
                previous = await CheckAsync(failures, get.Endpoint, what, response, previous, succeeded);
            }
        }

        Assert.True(calls > 60, $"Only {calls} calls made.");
        AssertNone(failures);
    }

    [Fact]
    public async Task Control_characters_in_stored_text_are_a_field_error_next_to_the_field_and_in_the_api()
    {
        var world = await WorldAsync();

        using var page = await world.Owner.Client.SubmitAsync("/Organizations/Register",
        [
            new("Input.Name", "Bell\u0007 Organization"), new("Input.Sector", "civil-society"), new("Input.Countries", "GT"),
            new("Input.Description", "Works with migrants."), new("Input.ContactName", "Ana\u001b[31m"),
        ]);
        var html = await page.Content.ReadAsStringAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/proposals", UriKind.Relative))
        {
            Content = new StringContent(
                $$"""{"proposerOrganizationId":{{world.OutsiderOrganization}},"title":"Nurses\u0001","partners":[{"organizationId":{{world.PartnerOrganization}}}]}""",
                Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("RequestVerificationToken", await TokenAsync(world.Outsider.Client));
        using var api = await world.Outsider.Client.Http.SendAsync(request);
        var problem = await api.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("This text contains control characters that are not allowed.", Html.FieldError(html, "Input.Name"));
        Assert.Equal("This text contains control characters that are not allowed.", Html.FieldError(html, "Input.ContactName"));
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        var errors = System.Text.Json.JsonDocument.Parse(problem).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("title", out var title), problem);
        Assert.Equal("This text contains control characters that are not allowed.", title[0].GetString());
        Assert.False(await Data.QueryAsync(db => Task.FromResult(db.Organizations.Any(o => o.Name.StartsWith("Bell")))));
    }

    /// <summary>
    /// Return addresses with characters a Location header cannot carry (an accented letter, a full-width
    /// solidus, an ideographic space) or that lead away from the portal: the sign-in still signs in, the
    /// language switch still switches, neither answers 5xx, and the redirect stays on the portal.
    /// </summary>
    [Theory]
    [InlineData("/é", "/%C3%A9")]
    [InlineData("/\uFF0F/evil.com", "/%EF%BC%8F/evil.com")]
    [InlineData("/\u3000x", "/%E3%80%80x")]
    [InlineData("/Gaps?q=ü x", "/Gaps?q=%C3%BC%20x")]
    [InlineData("//evil.com", "/")]
    [InlineData("/\\evil.com", "/")]
    [InlineData("https://evil.com/", "/")]
    public async Task A_return_address_is_followed_only_on_the_portal_and_never_fails(string returnUrl, string expected)
    {
        await Data.UserAsync("returning@example.org");
        var client = NewClient();

        using var signIn = await client.SubmitAsync(
            "/Account/Login",
            [new("Input.Email", "returning@example.org"), new("Input.Password", TestData.Password), new("ReturnUrl", returnUrl)]);
        using var switched = await client.SubmitAsync("/", [new("culture", "es"), new("returnUrl", returnUrl)], "/Language");

        foreach (var (what, response) in new[] { ("sign-in", signIn), ("language", switched) })
        {
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{what} to {returnUrl} answered {(int)response.StatusCode}");
            Assert.Equal(expected, response.Headers.Location?.OriginalString);
        }

        Assert.Contains(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("workways.auth=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_nul_in_an_export_filter_is_left_out_of_the_search_and_the_audit_record_and_the_download_completes()
    {
        var client = NewClient();

        using var response = await client.GetAsync("/Organizations?handler=Export&format=csv&q=a%00b");
        var body = await response.Content.ReadAsStringAsync();
        var details = await Data.QueryAsync(db => Task.FromResult(db.AuditEventsBesideSignIns().Single().Details!));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Id,Name,", body.TrimStart('\uFEFF'), StringComparison.Ordinal);
        var filters = System.Text.Json.JsonDocument.Parse(details).RootElement.GetProperty("filters");
        Assert.Equal("ab", filters.GetProperty("q").GetString());
        Assert.Equal("ab", WorkwaysPortal.Web.Exports.ExportAudit.AsRecorded("a\0b"));
        Assert.Equal(WorkwaysPortal.Web.Exports.ExportAudit.MaxRecordedFilterLength + 1, WorkwaysPortal.Web.Exports.ExportAudit.AsRecorded(new string('x', 300)).Length);
    }

    /// <summary>The page handlers that take a form.</summary>
    private IEnumerable<(PortalEndpoint Endpoint, AccessRule Rule)> Forms() =>
        Endpoints().Where(e => e.Endpoint.IsPage && e.Endpoint.ChangesState && e.Rule is not null).Select(e => (e.Endpoint, e.Rule!));

    /// <summary>Who calls an endpoint in these tests: someone it admits, with a token, at the owner's object.</summary>
    private static async Task<(PortalClient Client, string Token, string Url)> CallerAsync(World world, PortalEndpoint endpoint, AccessRule rule)
    {
        var client = rule.Access switch
        {
            Access.Role => world.Admin.Client,
            Access.Public when endpoint.Route.StartsWith("Account/", StringComparison.Ordinal) => world.Anonymous,

            // Someone's own account (sign out everywhere, a new password): not the owner's, whose session the other forms need.
            Access.SignedIn when endpoint.Route.StartsWith("Account/", StringComparison.Ordinal) => world.Outsider.Client,
            _ => world.Owner.Client,
        };
        return (client, await TokenAsync(client), UrlOf(endpoint, rule, world.IdOf(rule.Subject)));
    }

    /// <summary>A body each API write accepts, to change one property at a time.</summary>
    private static JsonObject ValidBody(PortalEndpoint endpoint, World world) => endpoint.Route switch
    {
        "api/v1/proposals" => new JsonObject
        {
            ["proposerOrganizationId"] = world.OwnerOrganization,
            ["title"] = "Training for migrant nurses",
            ["rationale"] = "Together we place trained nurses.",
            ["proposerContribution"] = "Vocational training.",
            ["partners"] = new JsonArray(new JsonObject { ["organizationId"] = world.PartnerOrganization, ["contribution"] = "Job placement." }),
            ["gapId"] = world.Gap,
            ["initiativeId"] = world.Initiative,
            ["submit"] = false,
        },
        "api/v1/matches/search" => new JsonObject
        {
            ["seeks"] = new JsonArray("legal-aid"),
            ["countries"] = new JsonArray("GT"),
            ["sectors"] = new JsonArray("civil-society"),
            ["text"] = "training",
            ["top"] = 10,
        },
        "api/v1/auth/token" => new JsonObject { ["email"] = "nobody@example.org", ["password"] = "not the password" },
        _ => new JsonObject { ["reason"] = "Because." },
    };

    /// <summary>No 5xx; and when the request did not succeed, nothing changed since the previous snapshot.</summary>
    private async Task<DatabaseSnapshot> CheckAsync(
        List<string> failures, PortalEndpoint endpoint, string what, HttpResponseMessage response, DatabaseSnapshot previous, bool succeeded)
    {
        if ((int)response.StatusCode >= 500)
        {
            failures.Add($"{endpoint.Key} with {what} answered {(int)response.StatusCode}");
        }

        var now = await SnapshotAsync();
        var changes = now.ChangesSince(previous, exportsAllowed: false);
        if (!succeeded && changes.Count > 0)
        {
            failures.Add($"{endpoint.Key} with {what} answered {(int)response.StatusCode} but changed {string.Join(", ", changes)}");
        }

        return now;
    }

    private static string Encode(KeyValuePair<string, string> field) => Uri.EscapeDataString(field.Key) + "=" + Uri.EscapeDataString(field.Value);

    private static StringContent Form(string body) => new(body, Encoding.ASCII, "application/x-www-form-urlencoded");

    private static StringContent Multipart(string body)
    {
        var content = new StringContent(body, Encoding.ASCII);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=xyz");
        return content;
    }

    private static void AssertNone(List<string> failures) =>
        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join("\n", failures.Distinct().Take(60)));
}

/// <summary>The fuzz tests with the portal in its Development configuration (developer exception page, binding errors thrown by default).</summary>
public sealed class DevelopmentFuzzTests(PortalDatabaseFixture database) : FuzzTests(database)
{
    protected override string PortalEnvironment => "Development";
}

/// <summary>The fuzz tests with the portal in its Production configuration (over https, as deployed).</summary>
public sealed class ProductionFuzzTests(PortalDatabaseFixture database) : FuzzTests(database)
{
    protected override string PortalEnvironment => "Production";
}
