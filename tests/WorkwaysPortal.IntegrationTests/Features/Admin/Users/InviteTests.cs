using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Domain;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Admin.Users;

/// <summary>An administrator invites someone with a role: an emailed single-use link that creates the account with that role.</summary>
public sealed class InviteTests(PortalDatabaseFixture database) : ProposalTest(database)
{
    private const string NewPassword = "a sentence long enough to pass";

    [Fact]
    public async Task An_invitation_creates_a_confirmed_account_with_its_role_once()
    {
        var admin = await PersonAsync("admin@example.org", Roles.Admin);
        using var mailbox = new Mailbox(App);

        using var invite = await admin.Client.SubmitAsync(
            "/Admin/Users/Invite", [new("Input.Email", "nora@example.org"), new("Input.Role", Roles.Moderator), new("Input.Language", "es")]);
        Assert.Equal(HttpStatusCode.Redirect, invite.StatusCode);
        var message = Assert.Single(await mailbox.ToAsync("nora@example.org"));
        Assert.Equal("Invitación al Portal Workways", message.Subject);
        var link = Mailbox.LinkTo(message, "/Account/Invitation");
        var stored = await Data.QueryAsync(db => db.AccountInvitations.SingleAsync());
        Assert.DoesNotContain(stored.TokenHash, link, StringComparison.Ordinal);

        var visitor = NewClient();
        var page = await visitor.GetPageAsync(link);
        Assert.Contains("nora@example.org", page, StringComparison.Ordinal);
        using var created = await visitor.SubmitAsync(link, [new("Input.DisplayName", "Nora"), new("Input.Password", NewPassword), new("Input.ConfirmPassword", NewPassword)]);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var user = await Data.QueryAsync(db => db.Users.SingleAsync(u => u.Email == "nora@example.org"));
        Assert.True(user.EmailConfirmed);
        Assert.Equal("Nora", user.DisplayName);
        var roles = await Data.QueryAsync(db => db.UserRoles.Where(ur => ur.UserId == user.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).OrderBy(n => n).ToListAsync());
        Assert.Equal([Roles.Delegate, Roles.Moderator], roles);
        var nora = NewClient();
        await nora.SignInAsync("nora@example.org", NewPassword);
        using var moderation = await nora.GetAsync("/Moderation");
        Assert.Equal(HttpStatusCode.OK, moderation.StatusCode);
        Assert.Equal(
            [AuditActions.AccountInvited, AuditActions.AccountCreated, AuditActions.RoleGranted],
            await Data.QueryAsync(db => db.AuditEvents.Where(e => e.Action != AuditActions.SignedIn).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync()));

        // Once only.
        var again = await NewClient().GetPageAsync(link);
        Assert.Contains(UserMessages.AccountInvitationClosed, WebUtility.HtmlDecode(again), StringComparison.Ordinal);
        using var unknown = await NewClient().GetAsync("/Account/Invitation?token=nothing");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task An_address_that_has_an_account_or_is_not_one_is_refused_next_to_the_field()
    {
        var admin = await PersonAsync("admin@example.org", Roles.Admin);
        await Data.UserAsync("ben@example.org");

        using var taken = await admin.Client.SubmitAsync("/Admin/Users/Invite", [new("Input.Email", "BEN@example.org"), new("Input.Role", Roles.Staff)]);
        using var invalid = await admin.Client.SubmitAsync("/Admin/Users/Invite", [new("Input.Email", "Ben <ben@example.org>"), new("Input.Role", Roles.Staff)]);

        Assert.Equal(UserMessages.InvitedEmailHasAccount, Html.FieldError(await taken.Content.ReadAsStringAsync(), "Input.Email"));
        Assert.Equal(UserMessages.InvitedEmailInvalid, Html.FieldError(await invalid.Content.ReadAsStringAsync(), "Input.Email"));
        Assert.Equal(0, await Data.QueryAsync(db => db.AccountInvitations.CountAsync()));
        Assert.Equal(0, await Data.QueryAsync(db => db.OutboxEmails.CountAsync()));
    }
}
