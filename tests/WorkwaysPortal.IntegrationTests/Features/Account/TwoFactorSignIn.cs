using System.Net;
using System.Text.RegularExpressions;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Account;

/// <summary>What the two-factor tests do as a person would: the steps of the pages, read from their HTML.</summary>
internal static partial class TwoFactorSignIn
{
    /// <summary>The password step: answers the redirect to the code's page for an account with two-factor authentication.</summary>
    public static Task<HttpResponseMessage> PasswordAsync(PortalClient client, string email, string? returnUrl = null) =>
        client.SubmitAsync(
            "/Account/Login" + (returnUrl is null ? "" : "?ReturnUrl=" + Uri.EscapeDataString(returnUrl)),
            [new("Input.Email", email), new("Input.Password", TestData.Password)]);

    public static Task<HttpResponseMessage> CodeAsync(PortalClient client, string code) =>
        client.SubmitAsync("/Account/LoginWith2fa", [new("Input.Code", code)]);

    public static Task<HttpResponseMessage> RecoveryCodeAsync(PortalClient client, string code) =>
        client.SubmitAsync("/Account/LoginWithRecoveryCode", [new("Input.Code", code)]);

    /// <summary>"Set up an authenticator app" on the two-factor page: the key the next page shows, as shown.</summary>
    public static async Task<string> StartAsync(PortalClient client)
    {
        using var start = await client.SubmitAsync("/Account/Manage/TwoFactor", [], "/Account/Manage/EnableAuthenticator?handler=Start");
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var html = await client.GetPageAsync("/Account/Manage/EnableAuthenticator");
        Assert.Matches("<img src=\"data:image/png;base64,[^\"]{100,}\"", html);
        return SharedKey().Match(html).Groups["key"].Value;
    }

    /// <summary>Turns two-factor on with the key from <see cref="StartAsync"/>; the recovery codes the answer shows.</summary>
    public static async Task<IReadOnlyList<string>> EnableAsync(PortalClient client, string key)
    {
        using var response = await client.SubmitAsync("/Account/Manage/EnableAuthenticator", [new("Input.CurrentPassword", TestData.Password), new("Input.Code", Totp.Code(key))]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return RecoveryCodes(await response.Content.ReadAsStringAsync());
    }

    public static IReadOnlyList<string> RecoveryCodes(string html) =>
        [.. RecoveryCode().Matches(Html.Between(html, "data-testid=\"recovery-codes\"", "</ul>")).Select(m => m.Groups["code"].Value)];

    [GeneratedRegex("data-testid=\"shared-key\">(?<key>[a-z2-7 ]+)</kbd>")]
    private static partial Regex SharedKey();

    [GeneratedRegex("<li class=\"col-6\">(?<code>[^<]+)</li>")]
    private static partial Regex RecoveryCode();
}
