using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using WorkwaysPortal.Data.Accounts;

namespace WorkwaysPortal.Web.Features.Account.Manage;

/// <summary>
/// Two-factor authentication of the account: whether it is on and how many recovery codes are left; with
/// the password asked again (ASVS 7.5.1, rate-limited like sign-ins), new recovery
/// codes (shown once, on this answer only) or turning it off (the authenticator key is replaced, so the
/// old app's codes never work again; every other session ends; a notice is mailed). A privileged account without it lands here
/// after signing in (<see cref="SecondFactor"/>).
/// </summary>
[Authorize]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class TwoFactorModel(
    UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, PortalDbContext db, AccountEmails emails,
    IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public CurrentPasswordInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public bool Enabled { get; private set; }
    public int RecoveryCodesLeft { get; private set; }

    /// <summary>The role(s) this sign-in cannot use until two-factor authentication is on.</summary>
    public IReadOnlyList<string> WaitingRoles { get; private set; } = [];

    /// <summary>New recovery codes, on the answer that made them only.</summary>
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        await ShowAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (!user.TwoFactorEnabled)
        {
            return RedirectToPage();
        }

        if (!ModelState.IsValid || !await AccountForm.CheckCurrentPasswordAsync(users, user, Input.CurrentPassword, ModelState))
        {
            await ShowAsync(user);
            return Page();
        }

        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, SecondFactor.RecoveryCodeCount) ?? []];
        SecurityEvents.AccountChanged(HttpContext, "account.recovery-codes-reset", user.Id);
        Response.Headers.CacheControl = "no-store";
        await ShowAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (!user.TwoFactorEnabled)
        {
            return RedirectToPage();
        }

        if (!ModelState.IsValid || !await AccountForm.CheckCurrentPasswordAsync(users, user, Input.CurrentPassword, ModelState))
        {
            await ShowAsync(user);
            return Page();
        }

        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            Check(await users.SetTwoFactorEnabledAsync(user, false));
            Check(await users.ResetAuthenticatorKeyAsync(user));
            // Whoever turned it off elsewhere (or a session taken over) keeps no other session.
            await SignInSessions.EndOthersAsync(db, user.Id, SignInSessions.CurrentId(User), ct);
            emails.TwoFactorDisabled(db, user);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        });

        // The security stamp changed, and a privileged role may need the second factor again: new claims.
        await signIn.RefreshSignInAsync(user);
        SecurityEvents.AccountChanged(HttpContext, "account.two-factor-disabled", user.Id);
        TempData["StatusMessage"] = t["Two-factor authentication is off. Signing in needs only your password now."].Value;
        return RedirectToPage();
    }

    private async Task ShowAsync(ApplicationUser user)
    {
        Enabled = user.TwoFactorEnabled;
        RecoveryCodesLeft = Enabled ? await users.CountRecoveryCodesAsync(user) : 0;
        WaitingRoles = [.. User.FindAll(SecondFactor.EnrolmentClaim).Select(c => c.Value)];
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
