using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Account.Manage;

/// <summary>Turning two-factor authentication on with an authenticator app, new recovery codes and turning it off (ASVS 6.5.x, 7.5.1).</summary>
public sealed class TwoFactorTests(PortalDatabaseFixture database) : PortalTest(database), IDisposable
{
    private const string Email = "ana@example.org";
    private readonly Mailbox _mailbox = new(database.App);

    [Fact]
    public async Task Turning_it_on_with_a_correct_code_shows_ten_recovery_codes_once_and_mails_a_notice()
    {
        var client = await SignedInAsync(Email);
        Assert.Contains("Signing in needs only your password.", await client.GetPageAsync("/Account/Manage/TwoFactor"), StringComparison.Ordinal);

        var key = await TwoFactorSignIn.StartAsync(client);
        var codes = await TwoFactorSignIn.EnableAsync(client, key);

        Assert.Equal(10, codes.Distinct().Count());
        var stored = await Data.QueryAsync(db => db.Users.SingleAsync(u => u.Email == Email));
        Assert.True(stored.TwoFactorEnabled);
        Assert.Equal(key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant(), await Data.QueryAsync(db =>
            db.UserTokens.Where(t => t.UserId == stored.Id && t.Name == "AuthenticatorKey").Select(t => t.Value).SingleAsync()));
        using var again = await client.GetAsync("/Account/Manage/EnableAuthenticator");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var page = await client.GetPageAsync("/Account/Manage/TwoFactor");
        Assert.Contains("Recovery codes left: 10", page, StringComparison.Ordinal);
        Assert.DoesNotContain(codes[0], page, StringComparison.Ordinal);
        Assert.Equal("Two-factor authentication is on for your Workways Portal account", Assert.Single(await _mailbox.ToAsync(Email)).Subject);
    }

    [Fact]
    public async Task A_wrong_code_or_password_is_refused_next_to_its_field_and_nothing_changes()
    {
        var client = await SignedInAsync(Email);
        var key = await TwoFactorSignIn.StartAsync(client);
        var wrong = Totp.WrongCode(key);

        using var response = await client.SubmitAsync(
            "/Account/Manage/EnableAuthenticator", [new("Input.CurrentPassword", TestData.Password), new("Input.Code", wrong)]);
        using var wrongPassword = await client.SubmitAsync(
            "/Account/Manage/EnableAuthenticator", [new("Input.CurrentPassword", "not my password"), new("Input.Code", Totp.Code(key))]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            "The code is not correct. Check that the app's clock is right and enter the code it shows now.",
            Html.FieldError(await response.Content.ReadAsStringAsync(), "Input.Code"));
        Assert.Equal("The password is not correct.", Html.FieldError(await wrongPassword.Content.ReadAsStringAsync(), "Input.CurrentPassword"));
        Assert.False(await Data.QueryAsync(db => db.Users.Where(u => u.Email == Email).Select(u => u.TwoFactorEnabled).SingleAsync()));
        Assert.Empty(await _mailbox.DeliverAsync());
    }

    [Fact]
    public async Task Turning_it_off_needs_the_password_replaces_the_key_and_mails_a_notice_in_the_accounts_language()
    {
        await Data.UserAsync(Email);
        await Data.QueryAsync(db => db.Users.Where(u => u.Email == Email).ExecuteUpdateAsync(s => s.SetProperty(u => u.PreferredLanguage, "es")));
        var key = await Data.TwoFactorAsync(Email);
        var client = NewClient();
        using (await TwoFactorSignIn.PasswordAsync(client, Email))
        using (var signedIn = await TwoFactorSignIn.CodeAsync(client, Totp.Code(key)))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }

        using var wrong = await client.SubmitAsync("/Account/Manage/TwoFactor", [new("Input.CurrentPassword", "not my password")], "/Account/Manage/TwoFactor?handler=Disable");
        Assert.Equal("The password is not correct.", Html.FieldError(await wrong.Content.ReadAsStringAsync(), "Input.CurrentPassword"));
        Assert.True(await Data.QueryAsync(db => db.Users.Where(u => u.Email == Email).Select(u => u.TwoFactorEnabled).SingleAsync()));

        using var off = await client.SubmitAsync("/Account/Manage/TwoFactor", [new("Input.CurrentPassword", TestData.Password)], "/Account/Manage/TwoFactor?handler=Disable");

        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.False(await Data.QueryAsync(db => db.Users.Where(u => u.Email == Email).Select(u => u.TwoFactorEnabled).SingleAsync()));
        Assert.NotEqual(key, await Data.QueryAsync(db => db.UserTokens.Where(t => t.Name == "AuthenticatorKey").Select(t => t.Value).SingleAsync()));
        Assert.Equal(
            "La autenticación en dos pasos está desactivada en su cuenta de Workways Portal",
            Assert.Single(await _mailbox.ToAsync(Email)).Subject);
        using var signIn = await TwoFactorSignIn.PasswordAsync(NewClient(), Email);
        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task New_recovery_codes_need_the_password_and_the_old_ones_stop_working()
    {
        await Data.UserAsync(Email);
        var key = await Data.TwoFactorAsync(Email);
        var old = await Data.RecoveryCodesAsync(Email);
        var client = NewClient();
        using (await TwoFactorSignIn.PasswordAsync(client, Email))
        using (await TwoFactorSignIn.CodeAsync(client, Totp.Code(key)))
        {
        }

        using var wrong = await client.SubmitAsync("/Account/Manage/TwoFactor", [new("Input.CurrentPassword", "not my password")], "/Account/Manage/TwoFactor?handler=RecoveryCodes");
        Assert.Equal("The password is not correct.", Html.FieldError(await wrong.Content.ReadAsStringAsync(), "Input.CurrentPassword"));

        using var made = await client.SubmitAsync("/Account/Manage/TwoFactor", [new("Input.CurrentPassword", TestData.Password)], "/Account/Manage/TwoFactor?handler=RecoveryCodes");
        var codes = TwoFactorSignIn.RecoveryCodes(await made.Content.ReadAsStringAsync());

        Assert.Equal(10, codes.Count);
        Assert.True(made.Headers.CacheControl?.NoStore);
        Assert.Empty(codes.Intersect(old));
        var other = NewClient();
        using (await TwoFactorSignIn.PasswordAsync(other, Email))
        using (var refused = await TwoFactorSignIn.RecoveryCodeAsync(other, old[0]))
        {
            Assert.Equal("The recovery code is not correct.", Html.FieldError(await refused.Content.ReadAsStringAsync(), "Input.Code"));
        }
    }

    public void Dispose() => _mailbox.Dispose();
}
