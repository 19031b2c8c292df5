using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using WorkwaysPortal.Data.Accounts;

namespace WorkwaysPortal.Web.Features.Account;

[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class LoginModel(
    SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users, IStringLocalizer<SharedResource> t) : PageModel
{
    private const string Channel = "sign-in-page";

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

        var email = Input.Email.Trim();
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            SecurityEvents.SignInFailed(HttpContext, null, email, Channel, "unknown-account");
            ModelState.AddModelError(string.Empty, t["The email or password is not correct."]);
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            SecurityEvents.SignedIn(HttpContext, user.Id, Channel);
            return this.RedirectToLocal(ReturnUrl, "/");
        }

        if (result.IsLockedOut)
        {
            SecurityEvents.LockedOut(HttpContext, user.Id, Channel);
            ModelState.AddModelError(string.Empty, t["Too many failed attempts. The account is locked for 15 minutes."]);
            return Page();
        }

        SecurityEvents.SignInFailed(HttpContext, user.Id, email, Channel, result.IsNotAllowed ? "not-allowed" : "wrong-password");
        ModelState.AddModelError(string.Empty, t["The email or password is not correct."]);
        return Page();
    }
}
