using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Data.Seed;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.IntegrationTests.Seed;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Sessions;

/// <summary>Base of the session page tests: the demo data (with its session) and a signed-in member of staff.</summary>
public abstract class SessionTest(PortalDatabaseFixture database) : PortalTest(database)
{
    protected static readonly string SeedReport =
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Pages", "Sessions", "SeedReport.txt"));

    /// <summary>Loads the demo data and returns the id of its session.</summary>
    protected async Task<int> DemoSessionAsync()
    {
        await DemoSeeding.SeedAsync(Database);
        return await Data.QueryAsync(db => db.Sessions.Where(s => s.Title == DemoSession.Title).Select(s => s.Id).SingleAsync());
    }

    protected Task<PortalClient> StaffAsync(string email = "staff@example.org") => SignedInAsync(email, Roles.Staff);

    protected Task<List<AuditEvent>> SessionAuditAsync() =>
        Data.QueryAsync(db => db.AuditEventsBesideSignIns().Where(e => e.SubjectType == AuditSubjects.Session).OrderBy(e => e.Id).ToListAsync());
}
