using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using WorkwaysPortal.Data.Accounts;

namespace WorkwaysPortal.Web.Features.Account;

/// <summary>
/// The second step of signing in with one of the account's recovery codes instead of the authenticator
/// app; each code works once (Identity removes it). Rate-limited like sign-ins; a wrong code counts
/// towards the lockout.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class LoginWithRecoveryCodeModel(SignInManager<ApplicationUser> signInManager, PasswordSignIn signIn, IStringLocalizer<SharedResource> t) : PageModel
{
    private const string Channel = "sign-in-page";

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter one of your recovery codes.")]
        [StringLength(32, ErrorMessage = "The recovery code is not correct.")]
        [Display(Name = "Recovery code")]
        public string Code { get; set; } = "";
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signInManager.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login", new { ReturnUrl }) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("/Account/Login", new { ReturnUrl });
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.SecondFactorAsync(HttpContext, Input.Code, isRecoveryCode: true, persistent: false, Channel);
        if (result.Succeeded)
        {
            TempData["StatusMessage"] = t["You used a recovery code; it will not work again. If you are running out of them, make new ones under Your account, Two-factor authentication."].Value;
            return this.RedirectToLocal(ReturnUrl, "/");
        }

        if (result.IsLockedOut)
        {
            ModelState.AddModelError(string.Empty, signIn.SecondFactorLockedMessage(t));
            return Page();
        }

        ModelState.AddModelError("Input.Code", t["The recovery code is not correct."]);
        return Page();
    }
}
