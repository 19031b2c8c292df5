using System.Net;
using System.Text.RegularExpressions;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Domain.Proposals;
using WorkwaysPortal.Testing;
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

        foreach (var id in new[] { "by-sector", "by-country", "gaps-by-capability", "proposals-by-month", "partnerships" })
        {
            Assert.Contains($"role=\"img\" aria-labelledby=\"{id}-title {id}-desc\"", html, StringComparison.Ordinal);
            Assert.Matches($"<title id=\"{id}-title\">[^<]+</title>", html);
            Assert.Matches($"<desc id=\"{id}-desc\">[^<]+</desc>", html);
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
