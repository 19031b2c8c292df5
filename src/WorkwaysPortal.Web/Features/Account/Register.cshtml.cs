using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using WorkwaysPortal.Data.Accounts;
using WorkwaysPortal.Domain.Accounts;

namespace WorkwaysPortal.Web.Features.Account;

/// <summary>
/// Anyone may create an account; it starts as an unconfirmed delegate, and a link emailed to the address
/// confirms it. The answer is the same whether or not the address already has an account (ASVS 6.x,
/// no enumeration): for a taken address no account is made, and its owner is emailed instead.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Registration)]
public sealed class RegisterModel(
    UserManager<ApplicationUser> users, PortalDbContext db, AccountEmails emails, TimeProvider clock, IStringLocalizer<SharedResource> t,
    ILogger<RegisterModel> logger)
    : PageModel
{
    public sealed class InputModel : NewPasswordInput
    {
        [Required(ErrorMessage = "Enter your name.")]
        [StringLength(200, ErrorMessage = "The name can have at most {1} characters.")]
        [Display(Name = "Your name")]
        public string DisplayName { get; set; } = "";

        [Required(ErrorMessage = "Enter your email address.")]
        [EmailAddress(ErrorMessage = "Enter a valid email address.")]
        [StringLength(256, ErrorMessage = "The email can have at most {1} characters.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var email = Input.Email.Trim();
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            DisplayName = Input.DisplayName.Trim(),
            CreatedAt = clock.GetUtcNow(),
            PreferredLanguage = PortalLanguages.Of(CultureInfo.CurrentUICulture),
        };

        // The password is judged the same way whether or not the address is taken, so that its refusal tells nothing.
        var policy = await CheckPasswordAsync(user);
        if (!policy.Succeeded)
        {
            AccountForm.AddErrors(ModelState, policy);
            return Page();
        }

        var existing = await users.FindByEmailAsync(email);
        var result = existing is null ? await CreateAsync(user, ct) : await TellOwnerAsync(existing, user, ct);
        if (!result.Succeeded)
        {
            AccountForm.AddErrors(ModelState, result);
            return Page();
        }

        TempData["StatusMessage"] = t["We have sent a link to {0} to confirm the address. Open it, then sign in.", email].Value;
        return RedirectToPage("/Account/Login", new { ReturnUrl = LocalRedirects.SafeLocal(ReturnUrl, Url) });
    }

    private async Task<IdentityResult> CheckPasswordAsync(ApplicationUser user)
    {
        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            errors.AddRange((await validator.ValidateAsync(users, user, Input.Password)).Errors);
        }

        return errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]);
    }

    /// <summary>The account, its role and the confirmation email are one unit: all of them or none.</summary>
    private async Task<IdentityResult> CreateAsync(ApplicationUser user, CancellationToken ct)
    {
        var result = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var created = await users.CreateAsync(user, Input.Password);
            if (created.Succeeded)
            {
                created = await users.AddToRoleAsync(user, Roles.Delegate);
            }

            if (created.Succeeded)
            {
                emails.ConfirmAddress(db, user, await users.GenerateEmailConfirmationTokenAsync(user));
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }

            return created;
        });

        if (result.Succeeded)
        {
            logger.LogInformation("Account {UserId} created", user.Id);
        }

        // Someone registered the same address a moment ago: answer as for a new one.
        return result.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName))
            ? IdentityResult.Success
            : result;
    }

    /// <summary>The address has an account: no new one, its owner is told (and the work of hashing is done anyway, for time).</summary>
    private async Task<IdentityResult> TellOwnerAsync(ApplicationUser existing, ApplicationUser attempt, CancellationToken ct)
    {
        _ = users.PasswordHasher.HashPassword(attempt, Input.Password);
        emails.AlreadyRegistered(db, existing);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Registration with the address of account {UserId}: its owner was emailed", existing.Id);
        return IdentityResult.Success;
    }
}
