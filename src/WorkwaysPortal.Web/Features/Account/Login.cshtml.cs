using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using WorkwaysPortal.Data.Accounts;

namespace WorkwaysPortal.Web.Features.Account;

[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class LoginModel(
    PasswordSignIn signIn, PasskeySignIn passkeys, UserManager<ApplicationUser> users, IOptions<AccountOptions> account,
    IStringLocalizer<SharedResource> t) : PageModel
{
    private const string Channel = "sign-in-page";

    /// <summary>A passkey's assertion as JSON is a few kilobytes at most.</summary>
    private const int MaxCredentialLength = 64 * 1024;

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your email address.")]
        [EmailAddress(ErrorMessage = "Enter a valid email address.")]
        [StringLength(256, ErrorMessage = "The email can have at most {1} characters.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter your password.")]
        [StringLength(200, ErrorMessage = "The password can have at most {1} characters.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = "";

        [Display(Name = "Keep me signed in")]
        public bool RememberMe { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.SignInAsync(HttpContext, Input.Email.Trim(), Input.Password, Input.RememberMe, Channel);
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/LoginWith2fa", new { ReturnUrl, Input.RememberMe });
        }

        if (result.Succeeded)
        {
            // A moderator, staff member or administrator without a second factor sets it up before using the role.
            if (await SecondFactor.MustEnrolAsync(users, account, Input.Email.Trim()))
            {
                TempData["StatusMessage"] = t["Your role needs two-factor authentication. Set it up now to use it."].Value;
                return RedirectToPage(SecondFactor.EnrolmentPage, new { ReturnUrl });
            }

            return this.RedirectToLocal(ReturnUrl, "/");
        }

        ModelState.AddModelError(string.Empty, signIn.FailureMessage(t));
        return Page();
    }

    /// <summary>The options of "Sign in with a passkey" (<c>wwwroot/js/passkeys.js</c>), as JSON: the same for everyone.</summary>
    public async Task<IActionResult> OnPostPasskeyOptionsAsync()
    {
        Response.Headers.CacheControl = "no-store";
        return Content(await passkeys.RequestOptionsAsync(), "application/json");
    }

    /// <summary>"Sign in with a passkey": the credential the browser gave, as JSON; a passkey is a second factor by itself.</summary>
    public async Task<IActionResult> OnPostPasskeyAsync(string? credentialJson)
    {
        // The email and password of the other form are not part of this one.
        ModelState.Clear();
        if (credentialJson is { Length: > 0 and <= MaxCredentialLength }
            && (await passkeys.SignInAsync(HttpContext, credentialJson)).Succeeded)
        {
            return this.RedirectToLocal(ReturnUrl, "/");
        }

        ModelState.AddModelError(string.Empty, t["The passkey did not sign you in. Try again, or sign in with your email and password."]);
        return Page();
    }
}
