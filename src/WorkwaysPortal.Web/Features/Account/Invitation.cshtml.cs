using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using WorkwaysPortal.Data.Accounts;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Web.Features.Organizations.Team;

namespace WorkwaysPortal.Web.Features.Account;

/// <summary>
/// Where an administrator's invitation link leads (<c>?token=</c>, see <c>Admin/Users/Invite</c>): the
/// invited person chooses a name and a password, and the account is created with the invited address,
/// confirmed (the link proved it), and the role; once. An unknown link is a 404; a used or expired one says so.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Registration)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class InvitationModel(
    UserManager<ApplicationUser> users, PortalDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    public sealed class InputModel : NewPasswordInput
    {
        [Required(ErrorMessage = "Enter your name.")]
        [StringLength(200, ErrorMessage = "The name can have at most {1} characters.")]
        [Display(Name = "Your name")]
        public string DisplayName { get; set; } = "";
    }

    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();

    public string Email { get; private set; } = "";
    public string Role { get; private set; } = "";
    public bool IsOpen { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await FindAsync(ct) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await FindAsync(ct) is not { } invitation)
        {
            return NotFound();
        }

        if (!IsOpen || !ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow();
        var user = new ApplicationUser
        {
            UserName = invitation.Email,
            Email = invitation.Email,
            EmailConfirmed = true,
            DisplayName = Input.DisplayName.Trim(),
            CreatedAt = now,
            PreferredLanguage = PortalLanguages.Of(CultureInfo.CurrentUICulture),
        };
        var result = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var created = await users.CreateAsync(user, Input.Password);
            if (created.Succeeded)
            {
                created = await users.AddToRolesAsync(user, [.. new[] { Roles.Delegate, invitation.Role }.Distinct(StringComparer.Ordinal)]);
            }

            if (created.Succeeded)
            {
                invitation.Accept(user.Id, now);
                var details = JsonSerializer.Serialize(new { email = invitation.Email, role = invitation.Role, invitationId = invitation.Id, invitedBy = invitation.InvitedBy });
                db.AuditEvents.Add(AuditEvent.Record(now, user.Id, invitation.Email, AuditActions.AccountCreated, AuditSubjects.User, user.Id.ToString(), details: details));
                db.AuditEvents.Add(AuditEvent.Record(now, user.Id, invitation.Email, AuditActions.RoleGranted, AuditSubjects.User, user.Id.ToString(), details: details));
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }

            return created;
        });

        if (!result.Succeeded)
        {
            AccountForm.AddErrors(ModelState, result, emailField: string.Empty);
            return Page();
        }

        TempData["StatusMessage"] = t["Your account is ready. Sign in with {0} and your new password.", invitation.Email].Value;
        return RedirectToPage("/Account/Login");
    }

    private async Task<AccountInvitation?> FindAsync(CancellationToken ct)
    {
        if (string.IsNullOrEmpty(Token) || Token.Length > InvitationToken.MaxLength)
        {
            return null;
        }

        var hash = InvitationToken.Hash(Token);
        var invitation = await db.AccountInvitations.FirstOrDefaultAsync(i => i.TokenHash == hash, ct);
        if (invitation is not null)
        {
            Email = invitation.Email;
            Role = invitation.Role;
            IsOpen = invitation.IsOpen(clock.GetUtcNow());
        }

        return invitation;
    }
}
