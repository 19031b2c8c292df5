using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using WorkwaysPortal.Data.Accounts;
using WorkwaysPortal.Domain.Accounts;

namespace WorkwaysPortal.Web.Features.Account;

/// <summary>Anyone may create an account; it starts as a delegate who can register organizations.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Registration)]
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
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            DisplayName = Input.DisplayName.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };

        // The account and its role are one unit: either both exist or neither does.
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
                await transaction.CommitAsync(ct);
            }

            return created;
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
        return this.RedirectToLocal(ReturnUrl, "/Organizations/Mine");
    }
}
