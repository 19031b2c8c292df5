using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using WorkwaysPortal.Data.Accounts;
using WorkwaysPortal.Domain.Accounts;

namespace WorkwaysPortal.Web.Features.Account;

/// <summary>
/// The second factor (TOTP from an authenticator app, with recovery codes), as Identity provides it, and
/// the rule that privileged roles need one (<see cref="AccountOptions.RequireTwoFactorForRoles"/>): an
/// account with the role of moderator, staff or administrator and no second factor signs in without that
/// role (its claims leave it out, <see cref="PortalClaims"/>) and with <see cref="EnrolmentClaim"/>, so
/// every check of the role, policy or <c>IsInRole</c>, refuses it until it turns two-factor on; role-gated
/// pages send it to <see cref="EnrolmentPage"/>, and the API answers 403 with a title that says why.
/// A sign-in with a passkey (WebAuthn, user-verified: something the person has and something they are or
/// know) is a second factor by itself: such a sign-in keeps the roles, and carries <see cref="PasskeyClaim"/>
/// so that refreshing the sign-in (a changed profile, the security stamp's periodic check) keeps them too.
/// </summary>
public static class SecondFactor
{
    /// <summary>On a sign-in of a privileged account without a second factor: the roles it cannot use yet.</summary>
    public const string EnrolmentClaim = "workways:second_factor_needed";

    public const string EnrolmentPage = "/Account/Manage/TwoFactor";

    /// <summary>On a sign-in made with a passkey: the claim that says so (its value is the account's id).</summary>
    public const string PasskeyClaim = "workways:signed_in_with_passkey";

    /// <summary>
    /// <see cref="HttpContext.Items"/> key: how the sign-in being made in this request proves who it is
    /// (<see cref="PasswordMethod"/> or <see cref="PasskeyMethod"/>); set just before Identity makes the claims.
    /// </summary>
    public const string SignInMethodItem = "workways:sign-in-method";

    public const string PasswordMethod = "password";
    public const string PasskeyMethod = "passkey";

    /// <summary>How many recovery codes an account gets (each works once).</summary>
    public const int RecoveryCodeCount = 10;

    public static IReadOnlyList<string> PrivilegedRoles { get; } = [Roles.Moderator, Roles.Staff, Roles.Admin];

    /// <summary>Whether the signed-in account has a role it cannot use until it turns two-factor authentication on.</summary>
    public static bool MustEnrol(ClaimsPrincipal user) => user?.HasClaim(c => c.Type == EnrolmentClaim) == true;

    /// <summary>
    /// Whether <paramref name="user"/>, with <paramref name="roles"/>, must turn two-factor on before using them:
    /// not when it has two-factor authentication, nor when this sign-in was made with a passkey.
    /// </summary>
    public static bool MustEnrol(ApplicationUser user, IEnumerable<string> roles, AccountOptions options, bool passkeySignIn = false)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(options);
        return options.RequireTwoFactorForRoles && !user.TwoFactorEnabled && !passkeySignIn && roles.Any(PrivilegedRoles.Contains);
    }

    /// <summary>
    /// Whether the claims being made for <paramref name="userId"/> in this request are those of a passkey sign-in:
    /// the sign-in being made says so (<see cref="SignInMethodItem"/>), or, when none is being made (a refresh),
    /// the account's current sign-in carries <see cref="PasskeyClaim"/>.
    /// </summary>
    public static bool IsPasskeySignIn(HttpContext? http, Guid userId)
    {
        if (http is null)
        {
            return false;
        }

        return http.Items.TryGetValue(SignInMethodItem, out var method)
            ? method as string == PasskeyMethod
            : http.User.HasClaim(PasskeyClaim, userId.ToString());
    }

    /// <summary>
    /// The security stamp's periodic check makes new claims without the request's sign-in (<see cref="IsPasskeySignIn"/>
    /// cannot see it there): a passkey sign-in keeps its roles and its <see cref="PasskeyClaim"/>.
    /// </summary>
    public static Task KeepPasskeySignIn(SecurityStampRefreshingPrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.CurrentPrincipal?.FindFirst(PasskeyClaim) is { } passkey
            && context.NewPrincipal?.Identity is ClaimsIdentity identity
            && context.NewPrincipal.FindFirstValue(ClaimTypes.NameIdentifier) == passkey.Value)
        {
            RestoreRoles(identity);
            if (!identity.HasClaim(PasskeyClaim, passkey.Value))
            {
                identity.AddClaim(new Claim(PasskeyClaim, passkey.Value));
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Takes the privileged roles out of <paramref name="identity"/>, each noted in an <see cref="EnrolmentClaim"/>.</summary>
    public static void WithholdRoles(ClaimsIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        foreach (var privileged in identity.FindAll(identity.RoleClaimType).Where(c => PrivilegedRoles.Contains(c.Value)).ToList())
        {
            identity.RemoveClaim(privileged);
            identity.AddClaim(new Claim(EnrolmentClaim, privileged.Value));
        }
    }

    /// <summary>Gives back the roles <see cref="WithholdRoles"/> took out.</summary>
    public static void RestoreRoles(ClaimsIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        foreach (var waiting in identity.FindAll(EnrolmentClaim).ToList())
        {
            identity.RemoveClaim(waiting);
            identity.AddClaim(new Claim(identity.RoleClaimType, waiting.Value));
        }
    }

    /// <summary>Whether the account with this email must turn two-factor on before using its role.</summary>
    public static async Task<bool> MustEnrolAsync(UserManager<ApplicationUser> users, IOptions<AccountOptions> options, string email)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(options);
        return await users.FindByEmailAsync(email) is { } user && MustEnrol(user, await users.GetRolesAsync(user), options.Value);
    }

    /// <summary>
    /// A refusal (403) of an account that has a role it cannot use yet: a page sends it to set up two-factor
    /// authentication (and back afterwards); the API answers problem details whose title says why.
    /// </summary>
    public static async Task<bool> RefuseUntilEnrolledAsync(HttpContext http, string returnUrl)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!MustEnrol(http.User))
        {
            return false;
        }

        if (ApiEndpoints.IsApi(http.Request.Path))
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            await TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: RefusalTitle(http)).ExecuteAsync(http);
            return true;
        }

        http.Response.Redirect(QueryHelpers.AddQueryString(EnrolmentPage, "returnUrl", returnUrl));
        return true;
    }

    /// <summary>On the API: a 403 of an endpoint that decides by role (a proposal's approval) says why when the role is waiting for two-factor.</summary>
    public static async ValueTask<object?> ExplainApiRefusals(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var result = await next(context);
        var inner = result is INestedHttpResult nested ? nested.Result : result;
        return MustEnrol(context.HttpContext.User) && inner is IStatusCodeHttpResult { StatusCode: StatusCodes.Status403Forbidden }
            ? TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: RefusalTitle(context.HttpContext))
            : result;
    }

    private static string RefusalTitle(HttpContext http)
    {
        var t = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        return t["Your role needs two-factor authentication. Turn it on at /Account/Manage/TwoFactor to use it."];
    }

    /// <summary>A code of the app as people type it ("123 456", "123-456"): without spaces and hyphens.</summary>
    public static string Normalize(string? code) =>
        new((code ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());

    /// <summary>A recovery code as people type it: without spaces, in capitals (Identity makes them like <c>7KQ2M-XR4TP</c>).</summary>
    public static string NormalizeRecoveryCode(string? code) =>
        new((code ?? "").Where(c => !char.IsWhiteSpace(c)).Select(char.ToUpperInvariant).ToArray());

    /// <summary>The shared key in groups of four, as authenticator apps show and expect it.</summary>
    public static string FormatKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(chunk => new string(chunk)));
    }

    /// <summary>The <c>otpauth://</c> address a QR code carries (Google Authenticator's key URI format).</summary>
    public static string AuthenticatorUri(string email, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString("Workways Portal")}:{Uri.EscapeDataString(email)}?secret={key}&issuer={Uri.EscapeDataString("Workways Portal")}&digits=6";

    /// <summary>The QR code of <paramref name="text"/> as a PNG <c>data:</c> address (the CSP allows <c>img-src data:</c>).</summary>
    public static string QrCodeDataUri(string text)
    {
        using var generator = new QRCoder.QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCoder.QRCodeGenerator.ECCLevel.Q);
        var png = new QRCoder.PngByteQRCode(data).GetGraphic(5);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
