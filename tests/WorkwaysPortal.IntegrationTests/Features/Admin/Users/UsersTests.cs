using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkwaysPortal.Data.Accounts;
using WorkwaysPortal.Domain;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Admin.Users;

/// <summary>
/// <c>/Admin/Users</c>: administrators find accounts, give and take roles, lock and unlock, send the
/// confirmation link again; every change audited; never the last administrator.
/// </summary>
public sealed class UsersTests(PortalDatabaseFixture database) : ProposalTest(database)
{
    [Fact]
    public async Task The_list_searches_by_name_or_email_and_filters_by_role_state_and_organization()
    {
        var admin = await PersonAsync("admin@example.org", Roles.Admin);
        var ana = await Data.UserAsync("ana.lopez@example.org", Roles.Staff);
        var ben = await Data.UserAsync("ben@example.org");
        var carla = await Data.UserAsync("carla@example.org");
        var dan = await Data.UserAsync("dan@example.org", Roles.Moderator);
        await Data.QueryAsync(async db =>
        {
            await db.Users.Where(u => u.Id == carla.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.EmailConfirmed, false));
            return await db.Users.Where(u => u.Id == dan.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, DateTimeOffset.MaxValue));
        });
        var organization = await OrganizationAsync("Red Regional", delegates: [ben.Id]);

        Assert.Equal(["admin", "ana.lopez", "ben", "carla", "dan"], await NamesAsync(admin, ""));
        Assert.Equal(["ana.lopez"], await NamesAsync(admin, "?q=LOPEZ"));
        Assert.Equal(["ben"], await NamesAsync(admin, "?q=ben%40example"));
        Assert.Equal(["ana.lopez"], await NamesAsync(admin, "?role=staff"));
        Assert.Equal(["carla"], await NamesAsync(admin, "?state=unconfirmed"));
        Assert.Equal(["dan"], await NamesAsync(admin, "?state=locked"));
        Assert.Equal(["admin", "ana.lopez", "ben"], await NamesAsync(admin, "?state=active"));
        Assert.Equal(["ben"], await NamesAsync(admin, $"?organization={organization.Id}"));
        Assert.Equal(["dan"], await NamesAsync(admin, "?role=moderator&state=locked"));

        var empty = await admin.Client.GetPageAsync("/Admin/Users?q=nobody");
        Assert.Contains("No account matches this search.", empty, StringComparison.Ordinal);
        // An unknown filter value is dropped, as on every list.
        Assert.Equal(5, (await NamesAsync(admin, "?role=root&state=7&organization=x")).Count);
    }

    [Fact]
    public async Task The_list_is_paged()
    {
        var admin = await PersonAsync("admin@example.org", Roles.Admin);
        for (var i = 0; i < 21; i++)
        {
            await Data.UserAsync($"user{i:00}@example.org");
        }

        var first = await NamesAsync(admin, "");
        var second = await NamesAsync(admin, "?page=2");

        Assert.Equal(20, first.Count);
        Assert.Equal(["user19", "user20"], second);
        Assert.Contains("href=\"/Admin/Users?page=2\"", await admin.Client.GetPageAsync("/Admin/Users"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Giving_and_taking_a_role_is_audited_and_taking_it_signs_the_account_out()
    {
        var admin = await PersonAsync("admin@example.org", Roles.Admin);
        var ben = await PersonAsync("ben@example.org");

        using var give = await admin.Client.SubmitAsync($"/Admin/Users/Details?user={ben.Id}", [new("role", Roles.Staff)], $"/Admin/Users/Details?user={ben.Id}&handler=Give");
        Assert.Equal(HttpStatusCode.Redirect, give.StatusCode);
        Assert.Equal([Roles.Delegate, Roles.Staff], await RolesOfAsync(ben.Id));
        await ben.Client.SignInAsync(ben.Email, TestData.Password);
        using (var dashboard = await ben.Client.GetAsync("/Staff/Dashboard"))
        {
            Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        }

        var confirm = await admin.Client.GetPageAsync($"/Admin/Users/TakeRole?user={ben.Id}&role=staff");
        Assert.Contains("Take the role Staff from ben", WebUtility.HtmlDecode(confirm), StringComparison.Ordinal);
        using var take = await admin.Client.SubmitAsync($"/Admin/Users/TakeRole?user={ben.Id}&role=staff", [new("Input.Confirm", "true")]);

        Assert.Equal(HttpStatusCode.Redirect, take.StatusCode);
        Assert.Equal($"/Admin/Users/Details?user={ben.Id}", take.Headers.Location?.OriginalString);
        Assert.Equal([Roles.Delegate], await RolesOfAsync(ben.Id));
        var audit = await Data.QueryAsync(db => db.AuditEventsBesideSignIns().OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(
            [(AuditActions.RoleGranted, "admin@example.org", AuditSubjects.User, ben.Id.ToString()), (AuditActions.RoleRevoked, "admin@example.org", AuditSubjects.User, ben.Id.ToString())],
            audit.Select(e => (e.Action, e.ActorName, e.SubjectType, e.SubjectId)));
        Assert.All(audit, e => Assert.Contains("\"role\": \"staff\"", e.Details, StringComparison.Ordinal));

        // Ben's session ended with the role: his next request is anonymous.
        using var after = await ben.Client.GetAsync("/Staff/Dashboard");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/Account/Login", after.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Taking_a_role_and_locking_need_the_box_ticked()
    {
        var admin = await PersonAsync("admin@example.org", Roles.Admin);
        var ben = await Data.UserAsync("ben@example.org", Roles.Moderator);

        using var take = await admin.Client.SubmitAsync($"/Admin/Users/TakeRole?user={ben.Id}&role=moderator", []);
        using var @lock = await admin.Client.SubmitAsync($"/Admin/Users/Lock?user={ben.Id}", []);

        Assert.Equal(HttpStatusCode.OK, take.StatusCode);
        Assert.Equal("Tick the box to confirm.", Html.FieldError(await take.Content.ReadAsStringAsync(), "Input.Confirm"));
        Assert.Equal("Tick the box to confirm.", Html.FieldError(await @lock.Content.ReadAsStringAsync(), "Input.Confirm"));
        Assert.Equal([Roles.Delegate, Roles.Moderator], await RolesOfAsync(ben.Id));
        Assert.Null(await Data.QueryAsync(db => db.Users.Where(u => u.Id == ben.Id).Select(u => u.LockoutEnd).SingleAsync()));
        Assert.Equal(0, await Data.QueryAsync(db => db.AuditEventsBesideSignIns().CountAsync()));
    }

    [Fact]
    public async Task The_last_administrator_can_neither_lose_the_role_nor_be_locked()
    {
        var admin = await PersonAsync("admin@example.org", Roles.Admin);
        // A locked administrator cannot sign in, so does not count.
        var locked = await Data.UserAsync("locked@example.org", Roles.Admin);
        await Data.QueryAsync(db => db.Users.Where(u => u.Id == locked.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, DateTimeOffset.MaxValue)));

        using var take = await admin.Client.SubmitAsync($"/Admin/Users/TakeRole?user={admin.Id}&role=admin", [new("Input.Confirm", "true")]);
        using var @lock = await admin.Client.SubmitAsync($"/Admin/Users/Lock?user={admin.Id}", [new("Input.Confirm", "true")]);

        Assert.Equal(HttpStatusCode.OK, take.StatusCode);
        Assert.Equal(UserMessages.LastAdministrator, Html.FormError(await take.Content.ReadAsStringAsync()));
        Assert.Equal(UserMessages.LastAdministrator, Html.FormError(await @lock.Content.ReadAsStringAsync()));
        Assert.Equal([Roles.Delegate, Roles.Admin], await RolesOfAsync(admin.Id));
        Assert.Equal(0, await Data.QueryAsync(db => db.AuditEventsBesideSignIns().CountAsync()));

        // With a second administrator who can sign in, the first may step down.
        var second = await Data.UserAsync("second@example.org", Roles.Admin);
        using var stepDown = await admin.Client.SubmitAsync($"/Admin/Users/TakeRole?user={admin.Id}&role=admin", [new("Input.Confirm", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, stepDown.StatusCode);
        Assert.Equal([Roles.Delegate], await RolesOfAsync(admin.Id));
        Assert.Equal([Roles.Delegate, Roles.Admin], await RolesOfAsync(second.Id));
    }

    [Fact]
    public async Task Of_two_administrators_taking_each_others_role_at_once_one_remains()
    {
        var ana = await PersonAsync("ana@example.org", Roles.Admin);
        var ben = await PersonAsync("ben@example.org", Roles.Admin);
        var anaToken = PortalClient.AntiforgeryToken(await ana.Client.GetPageAsync($"/Admin/Users/TakeRole?user={ben.Id}&role=admin"));
        var benToken = PortalClient.AntiforgeryToken(await ben.Client.GetPageAsync($"/Admin/Users/TakeRole?user={ana.Id}&role=admin"));

        var answers = await Task.WhenAll(
            ana.Client.PostAsync($"/Admin/Users/TakeRole?user={ben.Id}&role=admin", [new("Input.Confirm", "true"), new("__RequestVerificationToken", anaToken)]),
            ben.Client.PostAsync($"/Admin/Users/TakeRole?user={ana.Id}&role=admin", [new("Input.Confirm", "true"), new("__RequestVerificationToken", benToken)]));

        var administrators = await Data.QueryAsync(db => db.UserRoles.CountAsync(ur => db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Admin)));
        Assert.Equal(1, administrators);
        // The loser is refused (the last administrator), or, when it comes second, already signed out by the winner's change.
        Assert.Single(answers, a => a.Headers.Location?.OriginalString.StartsWith("/Admin/Users/Details", StringComparison.Ordinal) == true);
        Assert.Equal(1, await Data.QueryAsync(db => db.AuditEventsBesideSignIns().CountAsync(e => e.Action == AuditActions.RoleRevoked)));
        foreach (var answer in answers)
        {
            answer.Dispose();
        }
    }

    [Fact]
    public async Task A_locked_account_is_signed_out_and_cannot_sign_in_until_unlocked()
    {
        var admin = await PersonAsync("admin@example.org", Roles.Admin);
        var ben = await PersonAsync("ben@example.org");

        using var @lock = await admin.Client.SubmitAsync($"/Admin/Users/Lock?user={ben.Id}", [new("Input.Confirm", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, @lock.StatusCode);
        using var signedOut = await ben.Client.GetAsync("/Account/Manage");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        using var refused = await NewClient().SubmitAsync("/Account/Login", [new("Input.Email", ben.Email), new("Input.Password", TestData.Password)]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Locked", await admin.Client.GetPageAsync($"/Admin/Users/Details?user={ben.Id}"), StringComparison.Ordinal);

        using var unlock = await admin.Client.SubmitAsync($"/Admin/Users/Details?user={ben.Id}", [], $"/Admin/Users/Details?user={ben.Id}&handler=Unlock");
        Assert.Equal(HttpStatusCode.Redirect, unlock.StatusCode);
        await NewClient().SignInAsync(ben.Email, TestData.Password);
        Assert.Equal(
            [AuditActions.AccountLocked, AuditActions.AccountUnlocked],
            await Data.QueryAsync(db => db.AuditEventsBesideSignIns().Where(e => e.SubjectType == AuditSubjects.User).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync()));
    }

    [Fact]
    public async Task The_confirmation_link_is_sent_again_to_an_unconfirmed_account_and_audited()
    {
        var admin = await PersonAsync("admin@example.org", Roles.Admin);
        var carla = await Data.UserAsync("carla@example.org");
        await Data.QueryAsync(db => db.Users.Where(u => u.Id == carla.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.EmailConfirmed, false)));
        using var mailbox = new Mailbox(App);

        using var resend = await admin.Client.SubmitAsync($"/Admin/Users/Details?user={carla.Id}", [], $"/Admin/Users/Details?user={carla.Id}&handler=Resend");

        Assert.Equal(HttpStatusCode.Redirect, resend.StatusCode);
        var message = Assert.Single(await mailbox.ToAsync("carla@example.org"));
        var link = Mailbox.LinkTo(message, "/Account/ConfirmEmail");
        var audit = await Data.QueryAsync(db => db.AuditEventsBesideSignIns().SingleAsync());
        Assert.Equal((AuditActions.ConfirmationResent, carla.Id.ToString()), (audit.Action, audit.SubjectId));

        // The link works: opening it and pressing its button confirms the address.
        var anonymous = NewClient();
        using var confirmed = await anonymous.SubmitAsync(link, []);
        Assert.True(await Data.QueryAsync(db => db.Users.Where(u => u.Id == carla.Id).Select(u => u.EmailConfirmed).SingleAsync()));
    }

    [Fact]
    public async Task An_unknown_account_is_a_404()
    {
        var admin = await PersonAsync("admin@example.org", Roles.Admin);

        foreach (var url in new[] { "/Admin/Users/Details", $"/Admin/Users/Details?user={Guid.NewGuid()}", $"/Admin/Users/Lock?user={Guid.NewGuid()}", $"/Admin/Users/TakeRole?user={Guid.NewGuid()}&role=staff", "/Admin/Users/Details?user=x" })
        {
            using var response = await admin.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    private static async Task<List<string>> NamesAsync(Person admin, string query)
    {
        var html = await admin.Client.GetPageAsync("/Admin/Users" + query);
        return [.. System.Text.RegularExpressions.Regex.Matches(html, "<tr data-testid=\"user\">\\s*<td[^>]*><a [^>]*>([^<]*)</a>").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];
    }

    private async Task<List<string>> RolesOfAsync(Guid userId)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var roles = await users.GetRolesAsync((await users.FindByIdAsync(userId.ToString()))!);
        return [.. Roles.All.Where(roles.Contains)];
    }
}
