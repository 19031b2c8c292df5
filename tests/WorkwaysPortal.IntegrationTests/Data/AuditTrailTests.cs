using Microsoft.EntityFrameworkCore;
using Npgsql;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Data;

public sealed class AuditTrailTests(PortalDatabaseFixture database) : PortalTest(database)
{
    [Fact]
    public async Task The_database_refuses_to_change_or_delete_an_audit_event()
    {
        await using var db = Database.CreateDbContext();
        db.AuditEvents.Add(AuditEvent.Record(DateTimeOffset.UtcNow, null, "test", AuditActions.OrganizationVerified, "organization", "1", "why"));
        await db.SaveChangesAsync();

        var update = await Assert.ThrowsAsync<PostgresException>(() => db.AuditEvents.ExecuteUpdateAsync(s => s.SetProperty(e => e.Reason, "rewritten")));
        var delete = await Assert.ThrowsAsync<PostgresException>(() => db.AuditEvents.ExecuteDeleteAsync());

        Assert.Contains("append-only", update.MessageText, StringComparison.Ordinal);
        Assert.Contains("append-only", delete.MessageText, StringComparison.Ordinal);
        Assert.Equal("why", (await db.AuditEvents.AsNoTracking().SingleAsync()).Reason);
    }
}
