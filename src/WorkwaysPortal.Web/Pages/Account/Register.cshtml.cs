using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Data;
using WorkwaysPortal.Data.Accounts;
using WorkwaysPortal.Domain.Accounts;

namespace WorkwaysPortal.Web.Pages.Account;

/// <summary>Anyone may create an account; it starts as a delegate who can register organizations.</summary>
[AllowAnonymous]
public sealed class RegisterModel(
    UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, PortalDbContext db, TimeProvider clock, ILogger<RegisterModel> logger)
    : PageModel
{
    public sealed class InputModel
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

        [Required(ErrorMessage = "Choose a password.")]
        [StringLength(200, MinimumLength = 10, ErrorMessage = "The password must have between {2} and {1} characters.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Repeat the password.")]
        [DataType(DataType.Password)]
        [Compare(nameof(Password), ErrorMessage = "The two passwords do not match.")]
        [Display(Name = "Repeat the password")]
        public string ConfirmPassword { get; set; } = "";
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

        // The account and its role are one unit: either both exist or neither does. The database
        // connection retries transient failures, so the transaction runs as one retriable unit.
        var strategy = db.Database.CreateExecutionStrategy();
        var (result, user) = await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            var account = new ApplicationUser
            {
                UserName = email,
                Email = email,
                DisplayName = Input.DisplayName.Trim(),
                CreatedAt = clock.GetUtcNow(),
            };
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var outcome = await users.CreateAsync(account, Input.Password);
            if (outcome.Succeeded)
            {
                outcome = await users.AddToRoleAsync(account, Roles.Delegate);
            }

            if (outcome.Succeeded)
            {
                await transaction.CommitAsync(ct);
            }
            else
            {
                await transaction.RollbackAsync(ct);
            }

            return (outcome, account);
        });

        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code switch
                {
                    nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)
                        or nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) => "Input.Email",
                    _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => "Input.Password",
                    _ => string.Empty,
                };
                ModelState.AddModelError(field, error.Description);
            }

            return Page();
        }

        logger.LogInformation("Account created for {Email}", email);
        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/Organizations/Mine");
    }
}
