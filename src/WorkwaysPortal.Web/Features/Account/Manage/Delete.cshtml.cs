using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using WorkwaysPortal.Data.Accounts;

namespace WorkwaysPortal.Web.Features.Account.Manage;

/// <summary>
/// Deleting one's own account: the page says what goes and what stays (and which organizations would be
/// left without a delegate), and asks for the password and an explicit tick. Rate-limited like sign-ins,
/// since it checks a password.
/// </summary>
[Authorize]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class DeleteModel(
    UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, AccountDeletion deletion, IStringLocalizer<SharedResource> t)
    : PageModel
{
    public sealed class DeleteInput : CurrentPasswordInput
    {
        [Range(typeof(bool), "true", "true", ErrorMessage = "Tick the box to confirm that you want to delete your account.")]
        [Display(Name = "I understand that my account is deleted for good.")]
        public bool Confirm { get; set; }
    }

    [BindProperty] public DeleteInput Input { get; set; } = new();

    /// <summary>The organizations that would have no delegate left.</summary>
    public IReadOnlyList<(int Id, string Name)> LeftWithoutDelegate { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        LeftWithoutDelegate = await deletion.OrganizationsLeftWithoutDelegateAsync(User.Id(), ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (!ModelState.IsValid || !await AccountForm.CheckCurrentPasswordAsync(users, user, Input.CurrentPassword, ModelState))
        {
            await OnGetAsync(ct);
            return Page();
        }

        if (await deletion.DeleteAsync(user, ct) == AccountDeletionOutcome.LastAdministrator)
        {
            ModelState.AddModelError(string.Empty, t["You are the only administrator. Make someone else an administrator before deleting your account."]);
            await OnGetAsync(ct);
            return Page();
        }

        SecurityEvents.AccountChanged(HttpContext, "account.deleted", user.Id);
        await signIn.SignOutAsync();
        TempData["StatusMessage"] = t["Your account was deleted."].Value;
        return Redirect("/");
    }
}
