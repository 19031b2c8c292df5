using Microsoft.AspNetCore.Identity;
using WorkwaysPortal.Data.Accounts;

namespace WorkwaysPortal.Web.Features.Account;

/// <summary>Signing out is a POST (with antiforgery), so a link elsewhere cannot sign anyone out.</summary>
public sealed class LogoutModel(SignInManager<ApplicationUser> signIn) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        var userId = User.TryGetId();
        await signIn.SignOutAsync();
        SecurityEvents.SignedOut(HttpContext, userId);
        return RedirectToPage("/Index");
    }
}
