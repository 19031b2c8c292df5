using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkwaysPortal.Data;
using WorkwaysPortal.Data.Notifications;
using WorkwaysPortal.Domain.Notifications;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Data.Notifications;

/// <summary>Each recipient's email is in the language they chose on their account page, or in both.</summary>
public sealed class NotificationOutboxTests(PortalDatabaseFixture database) : PortalTest(database)
{
    [Fact]
    public async Task Each_recipient_gets_the_email_in_their_preferred_language_or_in_both()
    {
        var spanish = await Data.UserAsync("es@example.org");
        var english = await Data.UserAsync("en@example.org");
        var unknown = await Data.UserAsync("both@example.org");
        await Data.QueryAsync(async db =>
        {
            await db.Users.Where(u => u.Id == spanish.Id).ExecuteUpdateAsync(set => set.SetProperty(u => u.PreferredLanguage, "es"));
            return await db.Users.Where(u => u.Id == english.Id).ExecuteUpdateAsync(set => set.SetProperty(u => u.PreferredLanguage, "en"));
        });

        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var outbox = scope.ServiceProvider.GetRequiredService<NotificationOutbox>();
            var content = new NotificationContent(NotificationKinds.OrganizationVerified, "Red Regional", null, null, 1, NotificationLinks.Organization(1));
            await outbox.AddAsync(db, [spanish.Id, english.Id, unknown.Id], null, content, CancellationToken.None);
            await db.SaveChangesAsync();
        }

        var subjects = await Data.QueryAsync(db => db.OutboxEmails.ToDictionaryAsync(e => e.To, e => e.Subject));
        Assert.Equal("Organización verificada: Red Regional", subjects["es@example.org"]);
        Assert.Equal("Organization verified: Red Regional", subjects["en@example.org"]);
        Assert.Equal("Organization verified / Organización verificada: Red Regional", subjects["both@example.org"]);
    }
}
