using System.Net;
using WorkwaysPortal.Data.Seed;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Sessions;

public sealed class DetailsTests(PortalDatabaseFixture database) : SessionTest(database)
{
    [Fact]
    public async Task The_demo_session_shows_its_agenda_participants_points_themes_agreements_and_links()
    {
        var id = await DemoSessionAsync();
        var staff = await StaffAsync();

        var html = WebUtility.HtmlDecode(await staff.GetPageAsync($"/Sessions/{id}"));

        Assert.All(DemoSession.Agenda, a => Assert.Contains(a.Title, html, StringComparison.Ordinal));
        Assert.All(DemoSession.Participants.SelectMany(p => p.Points), p => Assert.Contains(p, html, StringComparison.Ordinal));
        Assert.All(DemoSession.Themes, t => Assert.Contains(t.Heading, html, StringComparison.Ordinal));
        Assert.All(DemoSession.Agreements, a => Assert.Contains(a, html, StringComparison.Ordinal));
        Assert.Contains(DemoSession.ProblemStatement, html, StringComparison.Ordinal);
        Assert.All(DemoActivity.Gaps, g => Assert.Contains(g.Details.Title, html, StringComparison.Ordinal));
        Assert.All(DemoActivity.Initiatives, i => Assert.Contains(i.Title, html, StringComparison.Ordinal));
        Assert.Contains(DemoData.HiasPeruName, html, StringComparison.Ordinal);

        var points = DemoSession.Participants.Sum(p => p.Points.Count);
        Assert.Equal(points, CountOf(html, "data-testid=\"gap-from-point\""));

        // Every participant's organization is in the directory, so each point can also become an initiative.
        Assert.Equal(points, CountOf(html, "data-testid=\"initiative-from-point\""));
    }

    [Fact]
    public async Task An_unknown_session_is_not_found()
    {
        var staff = await StaffAsync();

        using var response = await staff.GetAsync("/Sessions/424242");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static int CountOf(string html, string text) => html.Split(text).Length - 1;
}
