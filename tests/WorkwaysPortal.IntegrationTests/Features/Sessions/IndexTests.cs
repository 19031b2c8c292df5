using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Data.Seed;
using WorkwaysPortal.Domain.Sessions;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Sessions;

public sealed class IndexTests(PortalDatabaseFixture database) : SessionTest(database)
{
    [Fact]
    public async Task Without_sessions_the_list_says_so_and_offers_to_record_one()
    {
        var staff = await StaffAsync();

        var html = await staff.GetPageAsync("/Sessions");

        Assert.Contains("data-testid=\"empty-state\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Sessions/New\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sessions_are_listed_most_recent_first_a_page_at_a_time()
    {
        await Data.QueryAsync(async db =>
        {
            for (var i = 1; i <= 23; i++)
            {
                db.Sessions.Add(ConsultationSession.Record(
                    new SessionDetails(
                        $"Session {i:00}", "GFMD", new DateOnly(2021, 1, 1).AddDays(i), ["en"], null, [], [], [], [], null, null, [], [], []),
                    null, DateTimeOffset.UtcNow));
            }

            return await db.SaveChangesAsync();
        });
        var staff = await StaffAsync();

        var first = Html.Links(await staff.GetPageAsync("/Sessions"), "/Sessions/");
        var second = Html.Links(await staff.GetPageAsync("/Sessions?page=2"), "/Sessions/");
        var beyond = Html.Links(await staff.GetPageAsync("/Sessions?page=99"), "/Sessions/");

        Assert.Equal(20, first.Count);
        Assert.Equal("Session 23", first[0]);
        Assert.Equal(["Session 03", "Session 02", "Session 01"], second);
        Assert.Equal(second, beyond);
    }

    [Fact]
    public async Task The_demo_session_is_listed_with_its_participants_and_gaps()
    {
        var id = await DemoSessionAsync();
        var staff = await StaffAsync();

        var html = await staff.GetPageAsync("/Sessions");

        Assert.Contains($"<a href=\"/Sessions/{id}\">{DemoSession.Title}</a>", html, StringComparison.Ordinal);
        Assert.Contains($"<td class=\"text-end\" data-label=\"Participants\">{DemoSession.Participants.Count}</td>", html, StringComparison.Ordinal);
        Assert.Equal(1, await Data.QueryAsync(db => db.Sessions.CountAsync()));
    }
}
