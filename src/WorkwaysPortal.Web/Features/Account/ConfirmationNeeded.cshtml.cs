using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using WorkwaysPortal.Data.Accounts;

namespace WorkwaysPortal.Web.Features.Account;

/// <summary>
/// Where <see cref="RequireConfirmedEmailAttribute"/> sends an account whose address is not confirmed:
/// what to do, and the confirmation link sent again on request.
/// </summary>
[Authorize]
[EnableRateLimiting(RateLimits.AccountEmails)]
public sealed class ConfirmationNeededModel(
    UserManager<ApplicationUser> users, PortalDbContext db, AccountEmails emails, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string Email { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (user.EmailConfirmed)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/Account/Manage");
        }

        Email = user.Email ?? "";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!user.EmailConfirmed)
        {
            emails.ConfirmAddress(db, user, await users.GenerateEmailConfirmationTokenAsync(user));
            await db.SaveChangesAsync(ct);
            TempData["StatusMessage"] = t["We have sent a new link to {0}.", user.Email ?? ""].Value;
        }

        return RedirectToPage(new { ReturnUrl });
    }
}
