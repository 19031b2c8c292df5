using Microsoft.AspNetCore.Identity;
using WorkwaysPortal.Data.Accounts;

namespace WorkwaysPortal.Web.Features.Account;

/// <summary>
/// The page the link sent to a new address opens (<c>?user=…&amp;email=…&amp;code=…</c>): a button that
/// makes it the account's address and sign-in name. The old address is told; other sessions end.
/// </summary>
[AllowAnonymous]
public sealed class ConfirmEmailChangeModel(
    UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, PortalDbContext db, AccountEmails emails, IStringLocalizer<SharedResource> t)
    : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")] public string? UserId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Email { get; set; }
    [BindProperty(SupportsGet = true)] public string? Code { get; set; }

    public void OnGet()
    {
        if (string.IsNullOrEmpty(UserId) || string.IsNullOrEmpty(Email) || string.IsNullOrEmpty(Code))
        {
            ModelState.AddModelError(string.Empty, t["This link is not complete. Open the whole link from the email, or ask for a new one."]);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = Guid.TryParse(UserId, out var id) ? await users.FindByIdAsync(id.ToString()) : null;
        var token = AccountEmails.DecodeToken(Code);
        if (user is null || token is null || string.IsNullOrWhiteSpace(Email))
        {
            AccountForm.AddErrors(ModelState, IdentityResult.Failed(users.ErrorDescriber.InvalidToken()));
            return Page();
        }

        var oldEmail = user.Email ?? "";
        var signedInHere = User.TryGetId() == user.Id;
        var result = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var changed = await users.ChangeEmailAsync(user, Email, token);
            if (changed.Succeeded)
            {
                changed = await users.SetUserNameAsync(user, Email);
            }

            if (changed.Succeeded)
            {
                await SignInSessions.EndOthersAsync(db, user.Id, signedInHere ? SignInSessions.CurrentId(User) : null, ct);
                emails.AddressChanged(db, user, oldEmail, Email);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }

            return changed;
        });

        if (!result.Succeeded)
        {
            // A taken address (someone registered it since) is as good as an expired link here.
            AccountForm.AddErrors(ModelState, IdentityResult.Failed(users.ErrorDescriber.InvalidToken()));
            return Page();
        }

        SecurityEvents.AccountChanged(HttpContext, "account.email-changed", user.Id);
        TempData["StatusMessage"] = t["Your email address is now {0}. Use it to sign in.", Email].Value;
        if (signedInHere)
        {
            await signIn.RefreshSignInAsync(user);
            return RedirectToPage("/Account/Manage/Index");
        }

        return RedirectToPage("/Account/Login");
    }
}
