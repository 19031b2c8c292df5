using Microsoft.AspNetCore.Identity;
using WorkwaysPortal.Data.Accounts;

namespace WorkwaysPortal.Web.Features.Account;

/// <summary>
/// The page the confirmation link opens (<c>?user=…&amp;code=…</c>): a button that confirms the address.
/// Opening the link changes nothing by itself (a mail scanner that follows it confirms nothing; ASVS 3.5.3).
/// </summary>
[AllowAnonymous]
public sealed class ConfirmEmailModel(UserManager<ApplicationUser> users, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")] public string? UserId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Code { get; set; }

    public void OnGet()
    {
        if (string.IsNullOrEmpty(UserId) || string.IsNullOrEmpty(Code))
        {
            ModelState.AddModelError(string.Empty, t["This link is not complete. Open the whole link from the email, or ask for a new one."]);
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = Guid.TryParse(UserId, out var id) ? await users.FindByIdAsync(id.ToString()) : null;
        var token = AccountEmails.DecodeToken(Code);
        var result = user is null || token is null ? IdentityResult.Failed(users.ErrorDescriber.InvalidToken()) : await users.ConfirmEmailAsync(user, token);
        if (!result.Succeeded)
        {
            AccountForm.AddErrors(ModelState, result);
            return Page();
        }

        TempData["StatusMessage"] = t["Your email address is confirmed."].Value;
        return User.TryGetId() == user!.Id ? RedirectToPage("/Account/Manage/Index") : RedirectToPage("/Account/Login");
    }
}
