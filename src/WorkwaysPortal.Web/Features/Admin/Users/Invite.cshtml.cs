using System.ComponentModel.DataAnnotations;
using System.Globalization;
using WorkwaysPortal.Domain.Accounts;

namespace WorkwaysPortal.Web.Features.Admin.Users;

/// <summary>
/// An administrator invites someone to create an account with a role: a single-use link valid for 7 days,
/// emailed in the language chosen here. An address that already has an account is refused next to the
/// field (give that account the role from its page).
/// </summary>
public sealed class InviteModel(AccountAdministration administration, IStringLocalizer<SharedResource> t) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the email address to invite.")]
        [StringLength(AccountInvitation.EmailMaxLength, ErrorMessage = "The email can have at most {1} characters.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";

        [Display(Name = "Role")]
        public string Role { get; set; } = Roles.Delegate;

        [Display(Name = "Language of the email")]
        public string Language { get; set; } = "en";
    }

    [BindProperty] public InputModel Input { get; set; } = new();

    public void OnGet() => Input.Language = PortalLanguages.Of(CultureInfo.CurrentUICulture);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Roles.IsKnown(Input.Role))
        {
            ModelState.AddModelError("Input.Role", t[Domain.UserMessages.NotAPortalRole]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await administration.InviteAsync(HttpContext, Input.Email, Input.Role, Input.Language, ct);
        if (outcome.Refusal is { } refusal)
        {
            ModelState.AddModelError("Input.Email", t[refusal]);
            return Page();
        }

        TempData["StatusMessage"] = t["An invitation was sent to {0}.", Input.Email.Trim()].Value;
        return RedirectToPage("/Admin/Users/Index");
    }
}
