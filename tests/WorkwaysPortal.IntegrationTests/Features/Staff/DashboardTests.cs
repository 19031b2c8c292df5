using System.Net;
using System.Text.RegularExpressions;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Domain.Proposals;
using WorkwaysPortal.Testing;
using WorkwaysPortal.Web.Features.Staff;
using static WorkwaysPortal.Testing.WorkTestData;

namespace WorkwaysPortal.IntegrationTests.Features.Staff;

public sealed partial class DashboardTests(PortalDatabaseFixture database) : ProposalTest(database)
{
    [Fact]
    public async Task The_numbers_of_the_charts_match_the_data()
    {
        var author = await Data.UserAsync("author@example.org");
        var psi = await OrganizationAsync("PSI", "civil-society", ["GT", "MX"], author.Id);
        var eclac = await OrganizationAsync("ECLAC", "international-organization", ["MX"]);
        var iom = await OrganizationAsync("IOM", "international-organization", ["GT"]);
        var ministry = await OrganizationAsync("Ministry", "government", ["PE"]);
        var waiting = await Data.PendingAsync(TestData.Profile("Waiting", "government", ["PE"]), author.Id);

        await Data.GapAsync(psi.Id, NewGap("Training one", requires: ["vocational-training", "legal-aid"]));
        await Data.GapAsync(null, NewGap("Training two", requires: ["vocational-training"]));
        var closed = await Data.GapAsync(psi.Id, NewGap("Training three", requires: ["vocational-training"]));
        var addressed = await Data.GapAsync(iom.Id, NewGap("Placement", requires: ["job-placement"]));
        await Data.GapAsync(waiting.Id, NewGap("Hidden", requires: ["vocational-training"]));
        await Data.QueryAsync(async db =>
        {
            (await db.Gaps.FindAsync(closed.Id))!.Close(DateTimeOffset.UtcNow);
            (await db.Gaps.FindAsync(addressed.Id))!.MarkBeingAddressed(DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });

        var thisMonth = DateTimeOffset.UtcNow;
        var lastMonth = thisMonth.AddMonths(-1);
        var approved = await ProposalAsync(psi.Id, author.Id, [eclac.Id, iom.Id], ProposalState.Approved, title: "Nurses into jobs", at: lastMonth);
        await ProposalAsync(psi.Id, author.Id, [ministry.Id], ProposalState.Submitted, title: "Waiting decision", at: thisMonth);
        await ProposalAsync(psi.Id, author.Id, [ministry.Id], ProposalState.Draft, title: "Draft", at: thisMonth);
        await ProposalAsync(psi.Id, author.Id, [ministry.Id], ProposalState.Approved, title: "Two years ago", at: thisMonth.AddYears(-2));
        var staff = await SignedInAsync("staff@example.org", Roles.Staff);

        var html = await staff.GetPageAsync("/Staff/Dashboard");

        Assert.Equal("4", TestId(html, "total-verified"));
        Assert.Equal("1", TestId(html, "total-pending"));
        Assert.Equal("3", TestId(html, "total-open-gaps"));
        Assert.Equal("1", TestId(html, "total-awaiting"));
        Assert.Equal("2", TestId(html, "total-approved"));

        Assert.Equal(
            new Dictionary<string, string[]> { ["international-organization"] = ["2"], ["civil-society"] = ["1"], ["government"] = ["1"] },
            Table(html, "by-sector"));
        Assert.Equal(
            new Dictionary<string, string[]> { ["GT"] = ["2"], ["MX"] = ["2"], ["PE"] = ["1"] },
            Table(html, "by-country"));
        // Open, being addressed, closed, total.
        Assert.Equal(
            new Dictionary<string, string[]>
            {
                ["vocational-training"] = ["2", "0", "1", "3"],
                ["job-placement"] = ["0", "1", "0", "1"],
                ["legal-aid"] = ["1", "0", "0", "1"],
            },
            Table(html, "gaps-by-capability"));

        var months = Table(html, "proposals-by-month");
        Assert.Equal(12, months.Count);
        // Draft, submitted, changes requested, approved, rejected, withdrawn, waiting for partners, total.
        Assert.Equal(["1", "1", "0", "0", "0", "0", "0", "2"], months[thisMonth.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)]);
        Assert.Equal(["0", "0", "0", "1", "0", "0", "0", "1"], months[lastMonth.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)]);
        Assert.Equal(3, months.Values.Sum(v => int.Parse(v[^1], System.Globalization.CultureInfo.InvariantCulture)));

        var partnerships = Table(html, "partnerships");
        Assert.Equal(2, partnerships.Count);
        Assert.Equal(["PSI", "ECLAC, IOM"], partnerships[approved.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        Assert.Equal(4, NetworkNodes().Count(html));
        Assert.Equal(3, NetworkEdges().Count(html));

        // The map's table: organizations and open (or being addressed) public gaps by country.
        Assert.Equal(
            new Dictionary<string, string[]> { ["GT"] = ["2", "3"], ["MX"] = ["2", "0"], ["PE"] = ["1", "0"] },
            Table(html, "map"));
    }

    [Fact]
    public async Task The_map_shades_countries_by_organizations_and_marks_their_open_gaps()
    {
        var author = await Data.UserAsync("author@example.org");
        var school = await OrganizationAsync("Berufsschule", "academia", ["DE"], author.Id);
        for (var i = 0; i < 9; i++)
        {
            await OrganizationAsync($"Network {i}", "civil-society", ["HN"]);
        }

        await OrganizationAsync("Barbados Trust", "civil-society", ["BB"]);
        await Data.GapAsync(school.Id, NewGap("Language training", countries: ["HN", "GT"]));
        var staff = await SignedInAsync("staff@example.org", Roles.Staff);

        var americas = await staff.GetPageAsync("/Staff/Dashboard");

        Assert.Contains("data-map=\"americas\"", americas, StringComparison.Ordinal);
        // Honduras has the most organizations: the darkest shade, and the largest gap marker.
        Assert.Matches("<path class=\"map-shade-4\" d=\"M[^\"]+\" data-country=\"HN\"><title>Honduras: 9 organizations, 1 open gap</title>", americas);
        Assert.Matches($"<circle class=\"map-gap\" cx=\"\\d+\" cy=\"\\d+\" r=\"{CountryMap.MaxGapRadius}\" data-gaps=\"HN\">", americas);
        Assert.Contains("data-gaps=\"GT\"", americas, StringComparison.Ordinal);
        // Barbados is too small for the outlines: a dot, shaded for one organization of nine at most.
        Assert.Matches("<circle class=\"map-dot map-shade-2\" cx=\"\\d+\" cy=\"\\d+\" r=\"4\" data-country=\"BB\">", americas);
        // Germany is not on the map of the Americas; the note says so and the table lists it.
        Assert.DoesNotContain("data-country=\"DE\"", americas, StringComparison.Ordinal);
        Assert.Contains("1 country with organizations or open gaps is not on this map", americas, StringComparison.Ordinal);
        Assert.Equal(["1", "0"], Table(americas, "map")["DE"]);
        Assert.Equal(["9", "1"], Table(americas, "map")["HN"]);

        var world = await staff.GetPageAsync("/Staff/Dashboard?map=world&culture=fr");

        Assert.Contains("data-map=\"world\"", world, StringComparison.Ordinal);
        Assert.Contains("data-country=\"DE\"><title>Allemagne : 1 organisation, 0 besoin non couvert ouvert</title>", world.Replace("\u00a0", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"map-elsewhere\"", world, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\"", world, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 10, 0)]
    [InlineData(1, 1, 4)]
    [InlineData(1, 1000, 1)]
    [InlineData(1000, 1000, 4)]
    [InlineData(30, 1000, 2)]
    [InlineData(31, 1000, 3)]
    [InlineData(1, 9, 2)]
    public void Shades_grow_with_the_logarithm_of_the_count(int count, int most, int shade) =>
        Assert.Equal(shade, CountryMap.Shade(count, most));

    [Fact]
    public void The_legend_covers_every_count_once()
    {
        foreach (var most in new[] { 1, 2, 3, 9, 10, 100, 12345 })
        {
            var legend = CountryMap.StepsFor(most);
            Assert.Equal(1, legend[0].From);
            Assert.Equal(most, legend[^1].To);
            for (var i = 1; i < legend.Count; i++)
            {
                Assert.Equal(legend[i - 1].To + 1, legend[i].From);
                Assert.True(legend[i].Shade > legend[i - 1].Shade);
            }
        }

        Assert.Empty(CountryMap.StepsFor(0));
    }

    [Fact]
    public void Both_outlines_are_embedded_and_place_every_country_of_the_americas()
    {
        var americas = MapOutline.Get(MapOutline.Americas);
        var world = MapOutline.Get(MapOutline.World);
        var placed = americas.Shapes.Select(s => s.Code).ToHashSet();

        Assert.Superset(new HashSet<string> { "CA", "US", "MX", "GT", "HN", "SV", "NI", "CR", "PA", "HT", "DO", "JM", "BB", "TT", "CO", "BR", "AR" }, placed);
        Assert.DoesNotContain("DE", placed);
        Assert.Contains(americas.Shapes, s => s.Code == "BB" && s.Path.Length == 0);
        Assert.Contains(world.Shapes, s => s.Code == "DE" && s.Path.StartsWith('M'));
        Assert.All(world.Shapes, s => Assert.InRange(s.X, 0, world.Width));
    }

    [Fact]
    public async Task Every_chart_is_an_image_with_a_title_and_a_description()
    {
        var author = await Data.UserAsync("author@example.org");
        var psi = await OrganizationAsync("PSI", delegates: author.Id);
        var iom = await OrganizationAsync("IOM");
        await Data.GapAsync(psi.Id, NewGap("Training"));
        await ProposalAsync(psi.Id, author.Id, [iom.Id], ProposalState.Approved);
        var admin = await SignedInAsync("admin@example.org", Roles.Admin);

        var html = await admin.GetPageAsync("/Staff/Dashboard?culture=es");

        // Bar charts name their image with hidden text; the network and the map are SVG images with their title and desc.
        foreach (var id in new[] { "by-sector", "by-country", "gaps-by-capability", "proposals-by-month", "partnerships", "map" })
        {
            Assert.Contains($"role=\"img\"", html, StringComparison.Ordinal);
            Assert.Matches($"role=\"img\"\\s+aria-labelledby=\"{id}-title {id}-desc\"", html);
            Assert.Matches($"<(title|span) id=\"{id}-title\"[^>]*>[^<]+</(title|span)>", html);
            Assert.Matches($"<(desc|span) id=\"{id}-desc\"[^>]*>[^<]+</(desc|span)>", html);
        }

        Assert.Contains("Organizaciones por sector", html, StringComparison.Ordinal);
        Assert.Contains("Red de alianzas aprobadas", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Staff, HttpStatusCode.OK)]
    [InlineData(Roles.Admin, HttpStatusCode.OK)]
    [InlineData(Roles.Moderator, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Delegate, HttpStatusCode.Forbidden)]
    public async Task Only_staff_and_administrators_open_the_dashboard(string role, HttpStatusCode expected)
    {
        var client = await SignedInAsync($"{role}@example.org", role);

        using var response = await client.GetAsync("/Staff/Dashboard");

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        using var response = await NewClient().GetAsync("/Staff/Dashboard");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_header_links_to_the_dashboard_for_staff_only()
    {
        var staff = await SignedInAsync("staff@example.org", Roles.Staff);
        var delegateClient = await SignedInAsync("delegate@example.org");

        Assert.Contains("href=\"/Staff/Dashboard\"", await staff.GetPageAsync("/"), StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/Staff/Dashboard\"", await delegateClient.GetPageAsync("/"), StringComparison.Ordinal);
    }

    private static string TestId(string html, string id) =>
        Regex.Match(html, $"data-testid=\"{id}\">(?<value>[^<]*)<").Groups["value"].Value;

    /// <summary>The rows of a chart's table: key → the texts of its cells after the heading cell.</summary>
    private static Dictionary<string, string[]> Table(string html, string chart)
    {
        var start = html.IndexOf($"data-testid=\"table-{chart}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No table for {chart}.");
        var table = html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
        return TableRow().Matches(table).ToDictionary(
            m => m.Groups["key"].Value,
            m => TableCell().Matches(m.Groups["body"].Value).Select(c => System.Net.WebUtility.HtmlDecode(c.Groups["value"].Value.Trim())).ToArray());
    }

    [GeneratedRegex("<tr data-key=\"(?<key>[^\"]+)\">(?<body>.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex TableRow();

    [GeneratedRegex("<td[^>]*>(?<value>[^<]*)</td>")]
    private static partial Regex TableCell();

    [GeneratedRegex("<circle class=\"network-node\"")]
    private static partial Regex NetworkNodes();

    [GeneratedRegex("<line class=\"network-edge\"")]
    private static partial Regex NetworkEdges();
}
