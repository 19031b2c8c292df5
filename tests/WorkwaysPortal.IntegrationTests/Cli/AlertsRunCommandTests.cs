using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Data.Accounts;
using WorkwaysPortal.Domain.Alerts;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Cli;

[Collection(PortalDatabaseCollection.Name)]
public sealed class AlertsRunCommandTests(PortalDatabaseFixture database) : CliTest(database)
{
    [Fact]
    public async Task Alerts_run_now_sends_the_digest_of_a_daily_search_and_says_how_many()
    {
        var now = DateTimeOffset.UtcNow;
        await using (var db = Database.CreateDbContext())
        {
            var user = new ApplicationUser { Id = Guid.NewGuid(), UserName = "ana@example.org", Email = "ana@example.org", EmailConfirmed = true, CreatedAt = now, PreferredLanguage = "es" };
            db.Users.Add(user);
            db.SavedSearches.Add(SavedSearch.Create(user.Id, "Abogados en Perú", AlertFrequency.Daily, new(["legal-aid"], ["PE"], [], [], [], [], null), now.AddSeconds(-2)));
            db.Organizations.Add(Organization.Imported(TestData.Profile("Abogados del Perú", "legal-professional", ["PE"], offers: ["legal-aid"]), now.AddSeconds(-1)));
            await db.SaveChangesAsync();
        }

        // Saved today: a daily search is not due before tomorrow, unless --now.
        var scheduled = await RunAsync("alerts", "run");
        Assert.Equal(0, scheduled.ExitCode);
        Assert.Contains("Sent 0 digest(s)", scheduled.Stdout, StringComparison.Ordinal);

        var result = await RunAsync("alerts", "run", "--now");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        Assert.Contains("Sent 1 digest(s) with 1 organization(s)", result.Stdout, StringComparison.Ordinal);
        await using var after = Database.CreateDbContext();
        var email = await after.OutboxEmails.SingleAsync();
        Assert.StartsWith("Nuevas organizaciones para sus búsquedas guardadas", email.Subject, StringComparison.Ordinal);
        Assert.Contains("Ofrece", email.Body, StringComparison.Ordinal);
        Assert.Contains("Abogados del Perú", email.Body, StringComparison.Ordinal);
    }
}
