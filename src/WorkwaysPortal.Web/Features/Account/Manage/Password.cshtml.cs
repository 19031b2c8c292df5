using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using WorkwaysPortal.Data.Accounts;

namespace WorkwaysPortal.Web.Features.Account.Manage;

/// <summary>
/// Change the password, knowing the current one (rate-limited like sign-ins). Every other
/// session of the account ends (ASVS 7.4.3); this one stays, and the account's address gets a notice.
/// </summary>
[Authorize]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class PasswordModel(
    UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, PortalDbContext db, AccountEmails emails,
    IStringLocalizer<SharedResource> t) : PageModel
{
    public sealed class InputModel : NewPasswordInput
    {
        [Required(ErrorMessage = "Enter your current password.")]
        [StringLength(PasswordPolicy.MaximumLength, ErrorMessage = "The password can have at most {1} characters.")]
        [DataType(DataType.Password)]
        [Display(Name = "Current password")]
        public string CurrentPassword { get; set; } = "";
    }

    [BindProperty] public InputModel Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (!ModelState.IsValid || !await AccountForm.CheckCurrentPasswordAsync(users, user, Input.CurrentPassword, ModelState))
        {
            return Page();
        }

        var result = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var changed = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.Password);
            if (changed.Succeeded)
            {
                await SignInSessions.EndOthersAsync(db, user.Id, SignInSessions.CurrentId(User), ct);
                emails.PasswordChanged(db, user);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }

            return changed;
        });

        if (!result.Succeeded)
        {
            AccountForm.AddErrors(ModelState, result);
            return Page();
        }

        // The security stamp changed: this session gets a ticket with the new one.
        await signIn.RefreshSignInAsync(user);
        SecurityEvents.AccountChanged(HttpContext, "account.password-changed", user.Id);
        TempData["StatusMessage"] = t["Your password was changed. Every other session of your account was signed out."].Value;
        return RedirectToPage();
    }
}
