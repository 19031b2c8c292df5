using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WorkwaysPortal.Data;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Notifications;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Proposals;
using WorkwaysPortal.IntegrationTests.Exports;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Security;

/// <summary>
/// Stored and reflected XSS (ASVS 1.2.1, 3.2.2): organization, gap, initiative, proposal and
/// notification text holding <c>&lt;script&gt;</c>, event-handler attributes, attribute break-outs and
/// <c>javascript:</c> links is shown as text on every page and API answer (enumerated), and comes
/// back as the same text from the CSV and Excel exports.
/// </summary>
public sealed class StoredXssTests(PortalDatabaseFixture database) : SecurityTest(database)
{
    private const string Name = "<script>alert('xss-name')</script> Org";
    private const string Acronym = "\"><svg onload=alert(1)>";
    private const string Description =
        "<img src=x onerror=alert('xss-description')> \" onmouseover=\"alert('xss-attribute') <a href=\"javascript:alert('xss-link')\">x</a>";
    private const string Website = "https://example.org/\"><script>alert('xss-website')</script>";

    /// <summary>What must never reach a page unencoded: each is the start of live markup.</summary>
    private static readonly string[] Dangerous =
    [
        "<script>alert(", "<img src=x onerror", "<svg onload", "\" onmouseover=\"", "href=\"javascript:", "<a href=\"javascript:",
    ];

    [Fact]
    public async Task Markup_in_stored_text_is_shown_as_text_on_every_page_and_api_answer()
    {
        var (world, ids) = await PayloadWorldAsync();
        var failures = new List<string>();
        var shown = 0;
        foreach (var (endpoint, rule) in Endpoints().Where(e => e.Endpoint.Method == "GET" && e.Rule is not null && !e.Endpoint.Route.StartsWith("health", StringComparison.Ordinal)))
        {
            var id = rule!.Subject switch
            {
                Subject.Organization => ids.Organization,
                Subject.Gap => ids.Gap,
                Subject.Initiative => ids.Initiative,
                Subject.Proposal => ids.Proposal,
                _ => NoSuchId,
            };

            // Reflected too: every query parameter the endpoint reads carries markup.
            var markup = Uri.EscapeDataString(Name + Description);
            var query = string.Join("&", InputFields.Of(endpoint, App.Services).Where(f => f.Name is not ("format" or "page" or "pageSize" or "top")).Select(f => Uri.EscapeDataString(f.Name) + "=" + markup));
            foreach (var url in new[] { UrlOf(endpoint, rule, id), UrlOf(endpoint, rule with { Query = string.Join("&", new[] { rule.Query, query }.Where(q => !string.IsNullOrEmpty(q))) }, id) })
            {
                foreach (var (who, client, _) in world.Identities.Where(i => i.Name is "anonymous" or "owner" or "moderator" or "staff"))
                {
                    using var response = await client.GetAsync(url);
                    var type = response.Content.Headers.ContentType?.MediaType ?? "";
                    if (type is "text/csv" || type.Contains("spreadsheet", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var body = await response.Content.ReadAsStringAsync();
                    shown += body.Contains("xss-name", StringComparison.Ordinal) || body.Contains("xss-description", StringComparison.Ordinal) ? 1 : 0;
                    foreach (var marker in Dangerous.Where(m => body.Contains(m, StringComparison.OrdinalIgnoreCase)))
                    {
                        failures.Add($"{endpoint.Key} ({url[..Math.Min(url.Length, 120)]}) as {who} ({type}) contains {marker}");
                    }
                }
            }
        }

        // The payloads were on the pages (encoded), so the absence of live markup means something.
        Assert.True(shown > 40, $"The stored text appeared in only {shown} answers.");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Distinct().Take(40)));
    }

    [Fact]
    public async Task The_organization_page_shows_the_text_encoded_and_links_only_to_http_websites()
    {
        var (world, ids) = await PayloadWorldAsync();

        var html = await world.Anonymous.GetPageAsync($"/Organizations/{ids.Organization}");

        Assert.Contains("&lt;script&gt;alert(&#x27;xss-name&#x27;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(&#x27;xss-description&#x27;)&gt;", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org/&quot;&gt;&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html.Replace("javascript:alert(&#x27;xss-link&#x27;)", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_javascript_website_is_refused_next_to_the_field()
    {
        var owner = await PersonAsync("owner@example.org");

        using var response = await owner.Client.SubmitAsync("/Organizations/Register",
        [
            new("Input.Name", "Scripted Organization"), new("Input.Sector", "civil-society"), new("Input.Countries", "GT"),
            new("Input.Website", "javascript:alert(document.cookie)"), new("Input.Description", "Works with migrants."),
        ]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("The website must be an http:// or https:// address.", Html.FieldError(html, "Input.Website"));
        Assert.Equal(0, await Data.QueryAsync(db => Task.FromResult(db.Organizations.Count())));
    }

    [Theory]
    [InlineData("/Organizations?handler=Export&format={0}", "Name", Name)]
    [InlineData("/Organizations?handler=Export&format={0}", "Description", Description)]
    [InlineData("/Gaps?handler=Export&format={0}", "Title", Name)]
    [InlineData("/Gaps?handler=Export&format={0}", "Description", Description)]
    [InlineData("/Initiatives?handler=Export&format={0}", "Title", Name)]
    [InlineData("/Proposals/Export?format={0}", "Title", Name)]
    public async Task Exports_give_the_stored_markup_back_as_plain_cell_text(string address, string column, string expected)
    {
        var (world, _) = await PayloadWorldAsync();
        foreach (var format in new[] { "csv", "xlsx" })
        {
            var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, address, format);
            using var response = await world.Staff.Client.GetAsync(url);
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.StartsWith("attachment", response.Content.Headers.ContentDisposition?.ToString() ?? "", StringComparison.Ordinal);

            var table = await ExportFile.DownloadAsync(world.Staff.Client, url);

            Assert.Contains(expected, table.Column(column));
        }
    }

    private sealed record PayloadIds(int Organization, int Gap, int Initiative, int Proposal);

    /// <summary>The usual world, plus a verified organization of the owner's, its work and proposals, all written with markup.</summary>
    private async Task<(World World, PayloadIds Ids)> PayloadWorldAsync()
    {
        var world = await WorldAsync();
        var profile = new OrganizationProfile(
            Name, Acronym, "civil-society", ["GT", "HN"], ["legal-aid", "vocational-training"], ["job-placement"], ["es"], Website, Description,
            new OrganizationContact(Name, "contact@example.org", Acronym));
        var (organization, partner) = await Data.QueryAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            var mine = Organization.Imported(profile, now);
            mine.AddMember(world.Owner.Id, now);
            var other = Organization.Imported(profile with { Name = "Partner " + Name, Sector = "government", Offers = ["job-placement"], Seeks = ["legal-aid"] }, now);
            var pending = Organization.Register(profile with { Name = "Pending " + Name }, world.Owner.Id, now);
            db.Organizations.AddRange(mine, other, pending);
            await db.SaveChangesAsync();
            return (mine.Id, other.Id);
        });
        var gap = await Data.GapAsync(organization, WorkTestData.NewGap(Name, Description, requires: ["job-placement"]));
        var initiative = await Data.InitiativeAsync(organization, WorkTestData.NewInitiative(Name, Description, participants: [partner]), accepted: true);
        var submitted = await ProposalAsync(organization, world.Owner.Id, [partner], ProposalState.Submitted, gap.Id, title: Name, rationale: Description);
        await ProposalAsync(organization, world.Owner.Id, [partner], ProposalState.Approved, title: "Approved " + Name, rationale: Description);
        await ProposalAsync(organization, world.Owner.Id, [partner], ProposalState.ChangesRequested, title: "Returned " + Name, rationale: Description);
        await Data.QueryAsync(async db =>
        {
            db.Notifications.Add(Notification.For(world.Owner.Id, NotificationKinds.ProposalChangesRequested, Name, DateTimeOffset.UtcNow, Description, submitted, organization));
            await db.SaveChangesAsync();
            return 0;
        });
        return (world, new PayloadIds(organization, gap.Id, initiative.Id, submitted));
    }
}
