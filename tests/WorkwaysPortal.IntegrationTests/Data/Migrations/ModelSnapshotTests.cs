using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
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

    [Fact]
    public void A_context_made_with_the_hosts_identity_options_has_the_same_model()
    {
        // The portal asks Identity for schema version 3; a context without the host's services (this test's
        // first one, the design-time factory) must build the same model, passkeys included.
        using var host = new ServiceCollection().Configure<IdentityOptions>(DataServiceCollectionExtensions.ConfigureIdentity).BuildServiceProvider();
        var builder = new DbContextOptionsBuilder<PortalDbContext>();
        DataServiceCollectionExtensions.Configure(builder, "Host=unused;Database=unused")
            .UseApplicationServiceProvider(host)
            .EnableServiceProviderCaching(false);
        using var db = new PortalDbContext(builder.Options);

        Assert.Equal(IdentitySchemaVersions.Version3, host.GetRequiredService<IOptions<IdentityOptions>>().Value.Stores.SchemaVersion);
        Assert.NotNull(db.Model.FindEntityType(typeof(IdentityUserPasskey<Guid>)));
        Assert.False(db.Database.HasPendingModelChanges(), "With Identity's options the model differs from the migrations' (PortalDbContext.ConfigureIdentitySchemaVersion3).");
    }
}
