using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.RateLimiting;

namespace WorkwaysPortal.Web.Features.Account;

[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class LoginModel(PasswordSignIn signIn, IStringLocalizer<SharedResource> t) : PageModel
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

        var result = await signIn.SignInAsync(HttpContext, Input.Email.Trim(), Input.Password, Input.RememberMe, Channel);
        if (result.Succeeded)
        {
            return this.RedirectToLocal(ReturnUrl, "/");
        }

        ModelState.AddModelError(string.Empty, signIn.FailureMessage(t));
        return Page();
    }
}
