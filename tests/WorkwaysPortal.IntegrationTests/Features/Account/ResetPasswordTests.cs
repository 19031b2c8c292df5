using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.IntegrationTests.Security;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Account;

/// <summary>
/// Forgot password → an email with a single-use link that expires → a new password that ends every
/// session of the account (ASVS 6.4.1–6.4.3, 7.4.3), the emails read back from the pickup folder.
/// </summary>
public sealed class ResetPasswordTests(PortalDatabaseFixture database) : PortalTest(database), IDisposable
{
    private const string NewPassword = "a brand new sentence";
    private readonly Mailbox _mailbox = new(database.App);

    [Fact]
    public async Task Asking_for_a_link_answers_the_same_for_a_known_and_an_unknown_address_and_mails_only_the_known_one()
    {
        await Data.UserAsync("known@example.org");

        using var known = await ForgotAsync(NewClient(), "known@example.org");
        using var unknown = await ForgotAsync(NewClient(), "unknown@example.org");

        Assert.Equal(HttpStatusCode.Redirect, known.StatusCode);
        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(known.Headers.Location, unknown.Headers.Location);
        var messages = await _mailbox.DeliverAsync();
        var message = Assert.Single(messages);
        Assert.Equal("known@example.org", message.To.Mailboxes.Single().Address);
        Assert.Equal("Choose a new password for Workways Portal", message.Subject);
        Assert.Contains("within 60 minutes", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_link_sets_a_new_password_once_and_ends_every_session_of_the_account()
    {
        await Data.UserAsync("delegate@example.org");
        var laptop = await AuthCookie.SignInAsync(NewClient(), "delegate@example.org");
        var phone = await AuthCookie.SignInAsync(NewClient(), "delegate@example.org");
        using var _ = await ForgotAsync(NewClient(), "delegate@example.org");
        var link = Mailbox.LinkTo(Assert.Single(await _mailbox.ToAsync("delegate@example.org")), "/Account/ResetPassword");

        var browser = NewClient();
        using var reset = await browser.SubmitAsync(link, NewPasswordFields(link, NewPassword), "/Account/ResetPassword");
        using var again = await browser.SubmitAsync(link, NewPasswordFields(link, "yet another sentence"), "/Account/ResetPassword");

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.False(await AuthCookie.IsSignedInAsync(App, laptop));
        Assert.False(await AuthCookie.IsSignedInAsync(App, phone));
        Assert.Equal(0, await Data.QueryAsync(db => db.UserSessions.CountAsync()));
        Assert.Contains("This link is no longer valid.", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await NewClient().SignInAsync("delegate@example.org", NewPassword);
        var notice = (await _mailbox.ToAsync("delegate@example.org"))[^1];
        Assert.Equal("Your Workways Portal password was changed", notice.Subject);
    }

    [Fact]
    public async Task A_reset_confirms_the_address_and_lifts_a_lockout()
    {
        var user = await Data.UserAsync("locked@example.org");
        await Data.QueryAsync(async db =>
            await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(set => set
                .SetProperty(u => u.EmailConfirmed, false).SetProperty(u => u.LockoutEnd, DateTimeOffset.UtcNow.AddMinutes(15))));
        using var _ = await ForgotAsync(NewClient(), "locked@example.org");
        var link = Mailbox.LinkTo(Assert.Single(await _mailbox.ToAsync("locked@example.org")), "/Account/ResetPassword");

        using var reset = await NewClient().SubmitAsync(link, NewPasswordFields(link, NewPassword), "/Account/ResetPassword");

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        var after = await Data.QueryAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id));
        Assert.True(after.EmailConfirmed);
        Assert.Null(after.LockoutEnd);
        await NewClient().SignInAsync("locked@example.org", NewPassword);
    }

    [Fact]
    public async Task A_common_password_is_refused_next_to_the_field_and_the_link_still_works()
    {
        await Data.UserAsync("delegate@example.org");
        using var _ = await ForgotAsync(NewClient(), "delegate@example.org");
        var link = Mailbox.LinkTo(Assert.Single(await _mailbox.ToAsync("delegate@example.org")), "/Account/ResetPassword");
        var browser = NewClient();

        using var common = await browser.SubmitAsync(link, NewPasswordFields(link, "1qaz2wsx3edc"), "/Account/ResetPassword");
        using var good = await browser.SubmitAsync(link, NewPasswordFields(link, NewPassword), "/Account/ResetPassword");

        Assert.Equal(WorkwaysPortal.Domain.UserMessages.PasswordTooCommon, Html.FieldError(await common.Content.ReadAsStringAsync(), "Input.Password"));
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
    }

    [Fact]
    public async Task The_email_is_in_the_language_the_person_asked_in()
    {
        await Data.UserAsync("delegate@example.org");
        var client = NewClient();
        await client.GetPageAsync("/?culture=es");

        using var _ = await ForgotAsync(client, "delegate@example.org");

        var message = Assert.Single(await _mailbox.ToAsync("delegate@example.org"));
        Assert.Equal("Elija una nueva contraseña para el Portal Workways", message.Subject);
    }

    [Fact]
    public async Task An_expired_link_is_refused()
    {
        await using var app = new ConfiguredPortal(Database.ConnectionString, new Dictionary<string, string?> { ["Account:PasswordResetLinkLifetime"] = "00:00:01" });
        using var mailbox = new Mailbox(app);
        await Data.UserAsync("delegate@example.org");
        using var client = new PortalClient(app);
        using var _ = await ForgotAsync(client, "delegate@example.org");
        var link = Mailbox.LinkTo(Assert.Single(await mailbox.ToAsync("delegate@example.org")), "/Account/ResetPassword");
        await Task.Delay(TimeSpan.FromSeconds(2));

        using var reset = await client.SubmitAsync(link, NewPasswordFields(link, NewPassword), "/Account/ResetPassword");

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Contains("This link is no longer valid.", await reset.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_without_its_code_says_so_and_changes_nothing()
    {
        var html = await NewClient().GetPageAsync("/Account/ResetPassword");

        Assert.Contains("This link is not complete.", html, StringComparison.Ordinal);
    }

    public void Dispose() => _mailbox.Dispose();

    private static Task<HttpResponseMessage> ForgotAsync(PortalClient client, string email) =>
        client.SubmitAsync("/Account/ForgotPassword", [new("Input.Email", email)]);

    /// <summary>The reset form as the link fills it: the account and code from the link, and the new password twice.</summary>
    private static KeyValuePair<string, string>[] NewPasswordFields(string link, string password)
    {
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://portal" + link).Query);
        return
        [
            new("Input.User", query["user"].ToString()), new("Input.Code", query["code"].ToString()),
            new("Input.Password", password), new("Input.ConfirmPassword", password),
        ];
    }
}
