using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Account.Manage;

/// <summary>Changing the password: the current one is needed, every other session ends (ASVS 7.4.3), a notice is mailed.</summary>
public sealed class PasswordTests(PortalDatabaseFixture database) : PortalTest(database), IDisposable
{
    private const string NewPassword = "a brand new sentence";
    private readonly Mailbox _mailbox = new(database.App);

    [Fact]
    public async Task A_new_password_ends_every_other_session_and_keeps_this_one()
    {
        await Data.UserAsync("ana@example.org");
        var here = NewClient();
        await here.SignInAsync("ana@example.org", TestData.Password);
        var elsewhere = await AuthCookie.SignInAsync(NewClient(), "ana@example.org");

        using var changed = await ChangeAsync(here, TestData.Password, NewPassword);

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.False(await AuthCookie.IsSignedInAsync(App, elsewhere));
        using var stillHere = await here.GetAsync("/Organizations/Mine");
        Assert.Equal(HttpStatusCode.OK, stillHere.StatusCode);
        Assert.Equal(1, await Data.QueryAsync(db => db.UserSessions.CountAsync()));
        await NewClient().SignInAsync("ana@example.org", NewPassword);
        Assert.Equal("Your Workways Portal password was changed", Assert.Single(await _mailbox.ToAsync("ana@example.org")).Subject);
    }

    [Fact]
    public async Task A_wrong_current_password_is_refused_next_to_its_field_and_a_common_new_one_next_to_its_own()
    {
        var client = await SignedInAsync("ana@example.org");

        using var wrong = await ChangeAsync(client, "not my password", NewPassword);
        using var common = await ChangeAsync(client, TestData.Password, "1qaz2wsx3edc");

        Assert.Equal("The password is not correct.", Html.FieldError(await wrong.Content.ReadAsStringAsync(), "Input.CurrentPassword"));
        Assert.Equal(WorkwaysPortal.Domain.UserMessages.PasswordTooCommon, Html.FieldError(await common.Content.ReadAsStringAsync(), "Input.Password"));
        await NewClient().SignInAsync("ana@example.org", TestData.Password);
        Assert.Empty(await _mailbox.DeliverAsync());
    }

    public void Dispose() => _mailbox.Dispose();

    private static Task<HttpResponseMessage> ChangeAsync(PortalClient client, string current, string password) =>
        client.SubmitAsync("/Account/Manage/Password",
            [new("Input.CurrentPassword", current), new("Input.Password", password), new("Input.ConfirmPassword", password)]);
}
