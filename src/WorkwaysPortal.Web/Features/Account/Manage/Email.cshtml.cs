using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using WorkwaysPortal.Data.Accounts;

namespace WorkwaysPortal.Web.Features.Account.Manage;

/// <summary>
/// Change the account's address: a link goes to the new address, and the change happens when it is
/// opened (<c>/Account/ConfirmEmailChange</c>). The answer does not say whether the new address has an
/// account already (no enumeration); if it has, no link is sent and nothing changes. The current
/// password is asked first (ASVS 7.5.1).
/// </summary>
[Authorize]
[EnableRateLimiting(RateLimits.AccountEmails)]
public sealed class EmailModel(UserManager<ApplicationUser> users, PortalDbContext db, AccountEmails emails, IStringLocalizer<SharedResource> t) : PageModel
{
    public sealed class InputModel : CurrentPasswordInput
    {
        [Required(ErrorMessage = "Enter your email address.")]
        [EmailAddress(ErrorMessage = "Enter a valid email address.")]
        [StringLength(256, ErrorMessage = "The email can have at most {1} characters.")]
        [Display(Name = "New email")]
        public string NewEmail { get; set; } = "";
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    public string Email { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        Email = user.Email ?? "";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        Email = user.Email ?? "";
        var newEmail = Input.NewEmail?.Trim() ?? "";
        if (ModelState.IsValid && string.Equals(newEmail, user.Email, StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError("Input.NewEmail", t["This is already your address."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (!await AccountForm.CheckCurrentPasswordAsync(users, user, Input.CurrentPassword, ModelState))
        {
            return Page();
        }

        if (await users.FindByEmailAsync(newEmail) is null)
        {
            emails.ConfirmNewAddress(db, user, newEmail, await users.GenerateChangeEmailTokenAsync(user, newEmail));
            await db.SaveChangesAsync(ct);
        }

        TempData["StatusMessage"] = t["We have sent a link to {0}. Your address changes when you open it.", newEmail].Value;
        return RedirectToPage();
    }
}
