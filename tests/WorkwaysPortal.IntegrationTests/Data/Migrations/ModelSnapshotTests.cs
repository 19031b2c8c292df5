using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Data;

namespace WorkwaysPortal.IntegrationTests.Data.Migrations;

/// <summary>
/// The migrations describe the model the code has: two branches that each add a migration can merge
/// without a conflict and still leave the snapshot behind the entities, and the next migration would
/// then carry the other branch's changes a second time.
/// </summary>
public sealed class ModelSnapshotTests
{
    [Fact]
    public void The_model_snapshot_has_every_change_of_the_entities()
    {
        var options = DataServiceCollectionExtensions.Configure(
            new DbContextOptionsBuilder<PortalDbContext>(), "Host=unused;Database=unused").Options;
        using var db = new PortalDbContext((DbContextOptions<PortalDbContext>)options);

        Assert.False(db.Database.HasPendingModelChanges(), "The entities changed after the last migration: add one (dotnet ef migrations add).");
    }
}
