using Microsoft.AspNetCore.Identity;
using WorkwaysPortal.Data.Accounts;

namespace WorkwaysPortal.Web.Features.Account;

/// <summary>
/// The page a password reset link opens (<c>?user=…&amp;code=…</c>): a new password, checked by the policy.
/// The link works once (the reset changes the account's security stamp, which the token holds) and
/// expires (<see cref="AccountOptions.PasswordResetLinkLifetime"/>). A reset ends every session of the
/// account, confirms its address (the link reached it), lifts a lockout and lets every address held back
/// (<see cref="SignInThrottle"/>) try again.
/// </summary>
[AllowAnonymous]
public sealed class ResetPasswordModel(
    UserManager<ApplicationUser> users, PortalDbContext db, AccountEmails emails, SignInThrottle throttle, IStringLocalizer<SharedResource> t) : PageModel
{
    public sealed class InputModel : NewPasswordInput
    {
        public string? User { get; set; }

        public string? Code { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();

    public void OnGet(string? user, string? code)
    {
        Input.User = user;
        Input.Code = code;
        if (string.IsNullOrEmpty(user) || string.IsNullOrEmpty(code))
        {
            ModelState.AddModelError(string.Empty, t["This link is not complete. Open the whole link from the email, or ask for a new one."]);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = Guid.TryParse(Input.User, out var id) ? await users.FindByIdAsync(id.ToString()) : null;
        var token = AccountEmails.DecodeToken(Input.Code);
        if (user is null || token is null)
        {
            ModelState.AddModelError(string.Empty, t["This link is no longer valid."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // The new password, the end of every session and the notice are one unit.
        var result = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var reset = await users.ResetPasswordAsync(user!, token!, Input.Password);
            if (!reset.Succeeded)
            {
                return reset;
            }

            user!.EmailConfirmed = true;
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
            reset = await users.UpdateAsync(user);
            if (reset.Succeeded)
            {
                await SignInSessions.EndAllAsync(db, user.Id, ct);
                emails.PasswordChanged(db, user);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }

            return reset;
        });

        if (!result.Succeeded)
        {
            AccountForm.AddErrors(ModelState, result);
            return Page();
        }

        SecurityEvents.AccountChanged(HttpContext, "account.password-reset", user!.Id);
        await throttle.ForgetAccountAsync(SignInThrottle.KeyOf(users.NormalizeEmail(user.Email!)), ct);
        TempData["StatusMessage"] = t["Your password has been changed. Sign in with the new one."].Value;
        return RedirectToPage("/Account/Login");
    }
}
