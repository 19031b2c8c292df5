using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using WorkwaysPortal.Data.Accounts;

namespace WorkwaysPortal.Web.Features.Account;

/// <summary>
/// Asks for a password reset link. The answer is the same whether or not an account uses the address
/// (ASVS 6.4.x, no enumeration); if one does, it gets an email with a single-use link that expires.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.AccountEmails)]
public sealed class ForgotPasswordModel(
    UserManager<ApplicationUser> users, PortalDbContext db, AccountEmails emails, IStringLocalizer<SharedResource> t) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your email address.")]
        [EmailAddress(ErrorMessage = "Enter a valid email address.")]
        [StringLength(256, ErrorMessage = "The email can have at most {1} characters.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";
    }

    [BindProperty] public InputModel Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is not null)
        {
            emails.PasswordReset(db, user, await users.GeneratePasswordResetTokenAsync(user));
            await db.SaveChangesAsync(ct);
        }

        TempData["StatusMessage"] = t["If an account uses this address, we have sent it a link to choose a new password. Look in your inbox (and in the spam folder)."].Value;
        return RedirectToPage("/Account/Login");
    }
}
