using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Data.Seed;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Sessions;
using WorkwaysPortal.Domain.Taxonomy;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Seed;

/// <summary>The demo data's session: the report's first session, faithfully, linked to the rest of the demo data.</summary>
[Collection(PortalDatabaseCollection.Name)]
public sealed class DemoSessionTests(PortalDatabaseFixture fixture) : IAsyncLifetime
{
    private static readonly string SeedReport =
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Pages", "Sessions", "SeedReport.txt"));

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_session_has_the_reports_people_points_themes_and_agreements()
    {
        await DemoSeeding.SeedAsync(fixture);

        await using var db = fixture.CreateDbContext();
        var session = await db.Sessions.SingleAsync();
        var report = ReportParser.Parse(SeedReport, TaxonomySnapshot.Seed).Draft!;
        Assert.Equal(report.Participants.Select(p => p.Name), session.Participants.Select(p => p.Name));
        Assert.Equal(report.Participants.Select(p => p.Points.Count), session.Participants.Select(p => p.Points.Count));
        Assert.Equal(report.Agenda.Select(a => a.Responsible.Select(r => (r.Person, r.Role))), session.Agenda.Select(a => a.Responsible.Select(r => (r.Person, r.Role))));
        Assert.Equal(report.Themes.Count, session.Themes.Count);
        Assert.Equal(report.Agreements.Count, session.Agreements.Length);
        Assert.Equal(DemoSession.HeldOn, session.HeldOn);
        Assert.Equal("Unregulated migration", session.ProblemStatement);

        // Every participant's organization is in the directory, and every demo gap and initiative came out of the session.
        Assert.All(session.Participants, p => Assert.NotNull(p.OrganizationId));
        Assert.Equal(DemoActivity.Gaps.Count, session.GapIds.Length);
        Assert.Equal(DemoActivity.Initiatives.Count, session.InitiativeIds.Length);
        Assert.Equal(DemoSession.MentionedOrganizations.Count, session.OrganizationIds.Length);
        Assert.Equal(DemoActivity.Gaps.Count, await db.Gaps.CountAsync(g => g.RaisedInSessionId == session.Id));
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Action == AuditActions.SessionRecorded));
    }

    [Fact]
    public async Task Seeding_again_adds_no_second_session_and_keeps_what_staff_changed()
    {
        await DemoSeeding.SeedAsync(fixture);
        await using (var db = fixture.CreateDbContext())
        {
            var session = await db.Sessions.SingleAsync();
            var details = new SessionDetails(
                session.Title, session.Consultation, session.HeldOn, session.Languages, "Edited by staff.", session.Agenda,
                session.Participants, session.Themes, session.Agreements, session.ProblemStatement, null, session.GapIds,
                session.InitiativeIds, session.OrganizationIds);
            session.Update(details, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }

        await DemoSeeding.SeedAsync(fixture);

        await using var check = fixture.CreateDbContext();
        Assert.Equal("Edited by staff.", (await check.Sessions.SingleAsync()).Introduction);
        Assert.Equal(1, await check.AuditEvents.CountAsync(e => e.Action == AuditActions.SessionRecorded));
    }
}
