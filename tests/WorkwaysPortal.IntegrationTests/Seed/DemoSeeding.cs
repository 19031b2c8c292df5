using Microsoft.Extensions.DependencyInjection;
using WorkwaysPortal.Data;
using WorkwaysPortal.Data.Seed;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Seed;

/// <summary>Runs the demo seeder over the test database as the web portal and the CLI do, at a fixed moment.</summary>
internal static class DemoSeeding
{
    public static readonly DateTimeOffset SeededAt = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    public static async Task SeedAsync(PortalDatabaseFixture fixture, Action<IServiceCollection>? configure = null)
    {
        await using var services = BuildServices(fixture, configure);
        await using var scope = services.CreateAsyncScope();
        await DemoSeeder.SeedAsync(scope.ServiceProvider, CancellationToken.None);
    }

    public static ServiceProvider BuildServices(PortalDatabaseFixture fixture, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPortalData(fixture.ConnectionString);
        services.AddPortalIdentityCore();
        services.AddSingleton<TimeProvider>(new FixedTimeProvider(SeededAt));
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }

    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
