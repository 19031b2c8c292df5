using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using WorkwaysPortal.Data.Accounts;

namespace WorkwaysPortal.Web.Features.Account.Manage;

/// <summary>Your account: the name shown in the header and to others, and the language of the emails you get.</summary>
[Authorize]
public sealed class IndexModel(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, IStringLocalizer<SharedResource> t) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your name.")]
        [StringLength(200, ErrorMessage = "The name can have at most {1} characters.")]
        [Display(Name = "Your name")]
        public string DisplayName { get; set; } = "";

        [Required(ErrorMessage = "Choose a language.")]
        [Display(Name = "Language of the emails you receive")]
        public string PreferredLanguage { get; set; } = "";
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    public string Email { get; private set; } = "";
    public bool EmailConfirmed { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        Show(user);
        Input.DisplayName = user.DisplayName;
        Input.PreferredLanguage = AccountEmails.LanguageOf(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        Show(user);
        if (!PortalLanguages.IsSupported(Input.PreferredLanguage))
        {
            ModelState.AddModelError("Input.PreferredLanguage", t["Choose a language."]);
        }

        var name = Input.DisplayName?.Trim() ?? "";
        if (name.Any(char.IsControl))
        {
            ModelState.AddModelError("Input.DisplayName", t[WorkwaysPortal.Domain.UserMessages.TextNotPlain]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        user.DisplayName = name;
        user.PreferredLanguage = Input.PreferredLanguage.ToLowerInvariant();
        var result = await users.UpdateAsync(user);
        if (!result.Succeeded)
        {
            AccountForm.AddErrors(ModelState, result);
            return Page();
        }

        // The header shows the name from the sign-in: renew it.
        await signIn.RefreshSignInAsync(user);
        TempData["StatusMessage"] = t["Your account was saved."].Value;
        return RedirectToPage();
    }

    private void Show(ApplicationUser user)
    {
        Email = user.Email ?? "";
        EmailConfirmed = user.EmailConfirmed;
    }
}
