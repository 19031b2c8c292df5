using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using WorkwaysPortal.Data.Accounts;

namespace WorkwaysPortal.Web.Features.Account;

/// <summary>
/// The second step of signing in to an account with two-factor authentication: the 6-digit code of the
/// authenticator app. Reached only after the right password (Identity's two-factor cookie says whose);
/// rate-limited like sign-ins, and a wrong code counts towards the lockout.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class LoginWith2faModel(SignInManager<ApplicationUser> signInManager, PasswordSignIn signIn, IStringLocalizer<SharedResource> t) : PageModel
{
    private const string Channel = "sign-in-page";

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the code of your authenticator app.")]
        [StringLength(16, ErrorMessage = "The code has 6 digits.")]
        [Display(Name = "Code of your authenticator app")]
        public string Code { get; set; } = "";
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [BindProperty(SupportsGet = true)] public bool RememberMe { get; set; }

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

        var result = await signIn.SecondFactorAsync(HttpContext, Input.Code, isRecoveryCode: false, RememberMe, Channel);
        if (result.Succeeded)
        {
            return this.RedirectToLocal(ReturnUrl, "/");
        }

        if (result.IsLockedOut)
        {
            ModelState.AddModelError(string.Empty, signIn.SecondFactorLockedMessage(t));
            return Page();
        }

        ModelState.AddModelError("Input.Code", t["The code is not correct."]);
        return Page();
    }
}
