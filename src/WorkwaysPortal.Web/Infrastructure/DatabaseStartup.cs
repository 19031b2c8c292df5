using WorkwaysPortal.Data.Seed;

namespace WorkwaysPortal.Web.Infrastructure;

/// <summary>Brings the database up to date and, when configured, loads the demo data.</summary>
public static class DatabaseStartup
{
    public static async Task InitializeAsync(IServiceProvider services, IConfiguration configuration, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        if (configuration.GetValue("Database:MigrateOnStartup", true))
        {
            await db.Database.MigrateAsync(ct);
        }

        if (configuration.GetValue("Database:SeedDemoData", false))
        {
            await DemoSeeder.SeedAsync(scope.ServiceProvider, ct);
        }
    }
}
