using Microsoft.Extensions.DependencyInjection;
using WorkwaysPortal.Data.Alerts;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Alerts;

/// <summary>What the alert job's tests share: a clock they move by hand, one run of the job, and organizations verified at a given time.</summary>
public abstract class AlertTest(PortalDatabaseFixture database) : PortalTest(database)
{
    protected sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    /// <summary>One run of the alert job at the clock's time, as a portal instance or <c>workways alerts run</c> makes it.</summary>
    protected async Task<AlertRunResult> RunAsync(Clock clock, bool ignoreSchedule = false)
    {
        ArgumentNullException.ThrowIfNull(clock);
        await using var scope = App.Services.CreateAsyncScope();
        var runner = ActivatorUtilities.CreateInstance<AlertRunner>(scope.ServiceProvider, (TimeProvider)clock);
        return await runner.RunAsync(ignoreSchedule, CancellationToken.None);
    }

    protected async Task<Organization> VerifiedAtAsync(OrganizationProfile profile, DateTimeOffset at)
    {
        await using var db = Database.CreateDbContext();
        var organization = Organization.Imported(profile, at);
        db.Organizations.Add(organization);
        await db.SaveChangesAsync();
        return organization;
    }
}
