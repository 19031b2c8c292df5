using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using WorkwaysPortal.Data.Accounts;

namespace WorkwaysPortal.Web.Features.Account.Manage;

/// <summary>
/// Turning on two-factor authentication with an authenticator app (TOTP, RFC 6238, as Identity's
/// <c>AuthenticatorTokenProvider</c> checks it): a new shared key (made by a POST, since showing a page
/// changes nothing), shown in groups of four and as a QR code drawn here (QRCoder, a PNG <c>data:</c>
/// image), and a code of the app to prove it works, with the password asked again. Then the ten recovery codes, shown once, a notice
/// by email and new sign-in claims (a privileged account gets its role back).
/// </summary>
[Authorize]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class EnableAuthenticatorModel(
    UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, PortalDbContext db, AccountEmails emails,
    IStringLocalizer<SharedResource> t) : PageModel
{
    public sealed class InputModel : CurrentPasswordInput
    {
        [Required(ErrorMessage = "Enter the code of your authenticator app.")]
        [StringLength(16, ErrorMessage = "The code has 6 digits.")]
        [Display(Name = "Code shown by the app")]
        public string Code { get; set; } = "";
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    /// <summary>The shared key in groups of four; null until one is made.</summary>
    public string? SharedKey { get; private set; }
    public string? QrCode { get; private set; }

    /// <summary>The recovery codes, on the answer that turned two-factor on only.</summary>
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public string ContinueUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : Url.Page(SecondFactor.EnrolmentPage) ?? "/";

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            return RedirectToPage(SecondFactor.EnrolmentPage);
        }

        await ShowKeyAsync(user);
        return Page();
    }

    /// <summary>A new key (replacing any earlier one that was never confirmed).</summary>
    public async Task<IActionResult> OnPostStartAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (!user.TwoFactorEnabled)
        {
            await users.ResetAuthenticatorKeyAsync(user);
            // The security stamp changed: this session gets a ticket with the new one.
            await signIn.RefreshSignInAsync(user);
        }

        return RedirectToPage(new { ReturnUrl });
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled || await users.GetAuthenticatorKeyAsync(user) is null)
        {
            return RedirectToPage(new { ReturnUrl });
        }

        // The password again (ASVS 7.5.1): a session taken over must not tie the account to someone else's app.
        if (!ModelState.IsValid || !await AccountForm.CheckCurrentPasswordAsync(users, user, Input.CurrentPassword, ModelState))
        {
            await ShowKeyAsync(user);
            return Page();
        }

        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, SecondFactor.Normalize(Input.Code)))
        {
            ModelState.AddModelError("Input.Code", t["The code is not correct. Check that the app's clock is right and enter the code it shows now."]);
            await ShowKeyAsync(user);
            return Page();
        }

        var codes = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var enabled = await users.SetTwoFactorEnabledAsync(user, true);
            if (!enabled.Succeeded)
            {
                throw new InvalidOperationException(string.Join(" ", enabled.Errors.Select(e => e.Description)));
            }

            var made = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, SecondFactor.RecoveryCodeCount);
            emails.TwoFactorEnabled(db, user);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return made;
        });

        // New claims: a privileged account can use its role from now on.
        await signIn.RefreshSignInAsync(user);
        SecurityEvents.AccountChanged(HttpContext, "account.two-factor-enabled", user.Id);
        RecoveryCodes = [.. codes ?? []];
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    private async Task ShowKeyAsync(ApplicationUser user)
    {
        if (await users.GetAuthenticatorKeyAsync(user) is { Length: > 0 } key)
        {
            SharedKey = SecondFactor.FormatKey(key);
            QrCode = SecondFactor.QrCodeDataUri(SecondFactor.AuthenticatorUri(user.Email!, key));
            Response.Headers.CacheControl = "no-store";
        }
    }
}
