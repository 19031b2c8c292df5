using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkwaysPortal.Data.Accounts;
using WorkwaysPortal.Data.Mail;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Notifications;
using WorkwaysPortal.IntegrationTests.Security;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Account.Manage;

/// <summary>
/// Deleting one's own account: the person goes (account, sessions, notifications, emails, memberships),
/// the organizations and their records stay, the audit trail keeps a pseudonym, and nothing happens
/// without the password and the tick.
/// </summary>
public sealed class DeleteTests(PortalDatabaseFixture database) : PortalTest(database)
{
    private static readonly KeyValuePair<string, string> Tick = new("Input.Confirm", "true");

    [Fact]
    public async Task Deleting_with_the_password_removes_the_person_and_keeps_the_organization_and_a_pseudonymous_trail()
    {
        var ana = await Data.UserAsync("ana@example.org");
        var moderator = await Data.UserAsync("mod@example.org", Roles.Moderator);
        var organization = await Data.PendingAsync(TestData.Profile("Red de Apoyo al Migrante"), ana.Id);
        await Data.QueryAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            db.AuditEvents.Add(AuditEvent.Record(now, ana.Id, "ana@example.org", AuditActions.OrganizationRegistered, AuditSubjects.Organization, organization.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            db.AuditEvents.Add(AuditEvent.Record(now, moderator.Id, "mod@example.org", AuditActions.InvitationSent, AuditSubjects.Organization, "7", details: "{\"email\":\"ana@example.org\"}"));
            db.Notifications.Add(Notification.For(ana.Id, NotificationKinds.OrganizationRegistered, "Red de Apoyo al Migrante", now));
            db.OutboxEmails.Add(OutboxEmail.Create("Ana@Example.org", "Hello", "A message to Ana.", now));
            db.OutboxEmails.Add(OutboxEmail.Create("mod@example.org", "Hello", "A message to the moderator.", now));
            return await db.SaveChangesAsync();
        });
        var client = NewClient();
        var cookie = await AuthCookie.SignInAsync(client, "ana@example.org");

        var page = await client.GetPageAsync("/Account/Manage/Delete");
        Assert.Contains("Red de Apoyo al Migrante", Html.Between(page, "data-testid=\"left-without-delegate\"", "</div>"));
        using var response = await client.SubmitAsync("/Account/Manage/Delete", [new("Input.CurrentPassword", TestData.Password), Tick]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await AuthCookie.IsSignedInAsync(App, cookie));
        var pseudonym = AccountDeletion.Pseudonym(ana.Id);
        await Data.QueryAsync(async db =>
        {
            Assert.False(await db.Users.AnyAsync(u => u.Id == ana.Id));
            Assert.False(await db.OrganizationMembers.AnyAsync(m => m.UserId == ana.Id));
            Assert.False(await db.Notifications.AnyAsync(n => n.UserId == ana.Id));
            Assert.False(await db.UserSessions.AnyAsync(s => s.UserId == ana.Id));
            Assert.Equal(["mod@example.org"], await db.OutboxEmails.Select(m => m.To).Distinct().ToListAsync());
            Assert.True(await db.Organizations.AnyAsync(o => o.Id == organization.Id));

            var trail = await db.AuditEvents.OrderBy(e => e.Id).ToListAsync();
            Assert.DoesNotContain(trail, e => e.ActorName.Contains("ana@", StringComparison.OrdinalIgnoreCase) || (e.Details ?? "").Contains("ana@", StringComparison.OrdinalIgnoreCase));
            Assert.Equal(pseudonym, trail.Single(e => e.Action == AuditActions.OrganizationRegistered).ActorName);
            Assert.Contains(pseudonym, trail.Single(e => e.Action == AuditActions.InvitationSent).Details);
            var deleted = trail.Single(e => e.Action == AuditActions.AccountDeleted);
            Assert.Equal((ana.Id, pseudonym), (deleted.ActorId, deleted.ActorName));

            var told = await db.Notifications.SingleAsync(n => n.Kind == NotificationKinds.OrganizationWithoutDelegate);
            Assert.Equal((moderator.Id, organization.Id), (told.UserId, told.OrganizationId));
            return true;
        });
    }

    [Fact]
    public async Task A_wrong_password_or_no_tick_is_refused_next_to_its_field_and_deletes_nothing()
    {
        await Data.UserAsync("ana@example.org");
        var client = NewClient();
        await client.SignInAsync("ana@example.org", TestData.Password);

        using var wrong = await client.SubmitAsync("/Account/Manage/Delete", [new("Input.CurrentPassword", "not my password"), Tick]);
        Assert.Equal("The password is not correct.", Html.FieldError(await wrong.Content.ReadAsStringAsync(), "Input.CurrentPassword"));

        using var unticked = await client.SubmitAsync("/Account/Manage/Delete", [new("Input.CurrentPassword", TestData.Password)]);
        Assert.Equal("Tick the box to confirm that you want to delete your account.", Html.FieldError(await unticked.Content.ReadAsStringAsync(), "Input.Confirm"));

        Assert.Equal(HttpStatusCode.OK, unticked.StatusCode);
        Assert.True(await Data.QueryAsync(db => db.Users.AnyAsync(u => u.Email == "ana@example.org")));
        Assert.False(await Data.QueryAsync(db => db.AuditEvents.AnyAsync(e => e.Action == AuditActions.AccountDeleted)));
    }

    [Fact]
    public async Task The_only_administrator_cannot_delete_their_account_but_one_of_two_can()
    {
        await Data.UserAsync("admin@example.org", Roles.Admin);
        var client = NewClient();
        await client.SignInAsync("admin@example.org", TestData.Password);

        using var refused = await client.SubmitAsync("/Account/Manage/Delete", [new("Input.CurrentPassword", TestData.Password), Tick]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("You are the only administrator.", Html.FormError(await refused.Content.ReadAsStringAsync()));
        Assert.True(await Data.QueryAsync(db => db.Users.AnyAsync(u => u.Email == "admin@example.org")));

        await Data.UserAsync("second.admin@example.org", Roles.Admin);
        using var deleted = await client.SubmitAsync("/Account/Manage/Delete", [new("Input.CurrentPassword", TestData.Password), Tick]);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await Data.QueryAsync(db => db.Users.AnyAsync(u => u.Email == "admin@example.org")));
    }

    [Fact]
    public async Task A_deleted_account_cannot_sign_in_and_its_address_can_register_again()
    {
        await Data.UserAsync("ana@example.org");
        var client = NewClient();
        await client.SignInAsync("ana@example.org", TestData.Password);
        using var deleted = await client.SubmitAsync("/Account/Manage/Delete", [new("Input.CurrentPassword", TestData.Password), Tick]);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);

        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<ApplicationUser>>();
        Assert.Null(await users.FindByEmailAsync("ana@example.org"));
        await Data.UserAsync("ana@example.org");
        await NewClient().SignInAsync("ana@example.org", TestData.Password);
    }
}
