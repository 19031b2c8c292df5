using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Account;

/// <summary>Signing in to an account with two-factor authentication: the page and the token API (ASVS 6.3.3, 6.5.x).</summary>
public sealed class LoginWith2faTests(PortalDatabaseFixture database) : PortalTest(database)
{
    private const string Email = "ana@example.org";

    [Fact]
    public async Task Signing_in_needs_the_code_after_the_password_and_a_wrong_one_is_refused_next_to_the_field()
    {
        await Data.UserAsync(Email);
        var key = await Data.TwoFactorAsync(Email);
        var client = NewClient();

        using var password = await TwoFactorSignIn.PasswordAsync(client, Email, "/Organizations/Mine");

        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.StartsWith("/Account/LoginWith2fa?ReturnUrl=%2FOrganizations%2FMine", password.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain(password.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("workways.auth=", StringComparison.Ordinal));
        using (var notYet = await client.GetAsync("/Organizations/Mine"))
        {
            Assert.StartsWith("/Account/Login", notYet.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }

        using var wrong = await TwoFactorSignIn.CodeAsync(client, Totp.WrongCode(key));
        Assert.Equal("The code is not correct.", Html.FieldError(await wrong.Content.ReadAsStringAsync(), "Input.Code"));

        var form = await client.GetPageAsync(password.Headers.Location!.OriginalString);
        using var right = await client.PostAsync("/Account/LoginWith2fa?ReturnUrl=%2FOrganizations%2FMine",
            [new("Input.Code", Totp.Code(key)), new("__RequestVerificationToken", PortalClient.AntiforgeryToken(form))]);

        Assert.Equal("/Organizations/Mine", right.Headers.Location?.OriginalString);
        using var mine = await client.GetAsync("/Organizations/Mine");
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
    }

    [Fact]
    public async Task A_code_of_the_app_works_once()
    {
        await Data.UserAsync(Email);
        var key = await Data.TwoFactorAsync(Email);
        var code = Totp.Code(key);
        var first = NewClient();
        var second = NewClient();

        using (await TwoFactorSignIn.PasswordAsync(first, Email))
        using (var used = await TwoFactorSignIn.CodeAsync(first, code))
        {
            Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        }

        using (await TwoFactorSignIn.PasswordAsync(second, Email))
        using (var replayed = await TwoFactorSignIn.CodeAsync(second, code))
        {
            Assert.Equal("The code is not correct.", Html.FieldError(await replayed.Content.ReadAsStringAsync(), "Input.Code"));
        }

        using var next = await TwoFactorSignIn.CodeAsync(second, Totp.Code(key, 1));
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
    }

    [Fact]
    public async Task The_code_page_without_the_password_step_sends_back_to_sign_in()
    {
        using var response = await NewClient().GetAsync("/Account/LoginWith2fa");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        await Data.UserAsync(Email);
        await Data.TwoFactorAsync(Email);
        var codes = await Data.RecoveryCodesAsync(Email);
        var first = NewClient();

        using (await TwoFactorSignIn.PasswordAsync(first, Email))
        using (var used = await TwoFactorSignIn.RecoveryCodeAsync(first, codes[3]))
        {
            Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
            Assert.Equal("/", used.Headers.Location?.OriginalString);
        }

        var second = NewClient();
        using (await TwoFactorSignIn.PasswordAsync(second, Email))
        using (var again = await TwoFactorSignIn.RecoveryCodeAsync(second, codes[3]))
        {
            Assert.Equal("The recovery code is not correct.", Html.FieldError(await again.Content.ReadAsStringAsync(), "Input.Code"));
        }

        Assert.Contains("Recovery codes left: 9", await first.GetPageAsync("/Account/Manage/TwoFactor"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_codes_lock_the_account_like_wrong_passwords_even_with_the_right_password_between_them()
    {
        await Data.UserAsync(Email);
        var key = await Data.TwoFactorAsync(Email);
        var first = NewClient();
        using (await TwoFactorSignIn.PasswordAsync(first, Email))
        {
        }

        for (var i = 0; i < 3; i++)
        {
            using var wrong = await TwoFactorSignIn.CodeAsync(first, Totp.WrongCode(key));
        }

        // The right password again does not wipe the count of wrong codes.
        var client = NewClient();
        using (await TwoFactorSignIn.PasswordAsync(client, Email))
        {
        }

        for (var i = 0; i < 2; i++)
        {
            using var wrong = await TwoFactorSignIn.CodeAsync(client, Totp.WrongCode(key));
        }

        using var right = await TwoFactorSignIn.CodeAsync(client, Totp.Code(key));

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("Too many wrong codes: the account is locked for 15 minutes.", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(await Data.QueryAsync(db => db.Users.Where(u => u.Email == Email).Select(u => u.LockoutEnd).SingleAsync()));
    }

    [Fact]
    public async Task The_token_api_asks_an_account_with_two_factor_for_its_code_and_sets_no_cookie()
    {
        await Data.UserAsync(Email);
        var key = await Data.TwoFactorAsync(Email);
        var recovery = await Data.RecoveryCodesAsync(Email);
        var api = NewClient().Http;

        using var noCode = await api.PostAsJsonAsync("/api/v1/auth/token", new { email = Email, password = TestData.Password });
        using var wrongCode = await api.PostAsJsonAsync("/api/v1/auth/token", new { email = Email, password = TestData.Password, code = Totp.WrongCode(key) });
        using var withCode = await api.PostAsJsonAsync("/api/v1/auth/token", new { email = Email, password = TestData.Password, code = Totp.Code(key) });
        using var withRecovery = await api.PostAsJsonAsync("/api/v1/auth/token", new { email = Email, password = TestData.Password, recoveryCode = recovery[0] });

        Assert.Equal(HttpStatusCode.Unauthorized, noCode.StatusCode);
        Assert.StartsWith("This account uses two-factor authentication", await TitleAsync(noCode), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongCode.StatusCode);
        Assert.Equal("The code is not correct.", await TitleAsync(wrongCode));
        Assert.True(withCode.StatusCode == HttpStatusCode.OK, await withCode.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrEmpty((await withCode.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()));
        Assert.Equal(HttpStatusCode.OK, withRecovery.StatusCode);
        foreach (var response in new[] { noCode, wrongCode, withCode, withRecovery })
        {
            Assert.False(response.Headers.Contains("Set-Cookie"));
        }
    }

    [Fact]
    public async Task A_wrong_password_gets_the_same_answer_whether_or_not_the_account_has_two_factor()
    {
        await Data.UserAsync(Email);
        await Data.TwoFactorAsync(Email);
        await Data.UserAsync("plain@example.org");

        using var twoFactor = await NewClient().SubmitAsync("/Account/Login", [new("Input.Email", Email), new("Input.Password", "not the password")]);
        using var plain = await NewClient().SubmitAsync("/Account/Login", [new("Input.Email", "plain@example.org"), new("Input.Password", "not the password")]);

        Assert.Equal(HttpStatusCode.OK, twoFactor.StatusCode);
        Assert.Equal(Validation(await plain.Content.ReadAsStringAsync()), Validation(await twoFactor.Content.ReadAsStringAsync()));
    }

    private static string Validation(string html) => Html.Between(html, "alert alert-danger", "</div>");

    private static async Task<string?> TitleAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString();
}
