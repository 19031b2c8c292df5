using System.ComponentModel.DataAnnotations;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Notifications;

namespace WorkwaysPortal.Web.Features.Organizations.Team;

/// <summary>
/// An organization's team, for whoever manages it (<see cref="TeamOperations.Manage"/>): its delegates
/// with their emails, and the ways to remove one or leave. A moderator gives an orphaned organization its
/// first delegate here.
/// </summary>
public sealed class IndexModel(
    PortalDbContext db, IAuthorizationService authorization, OrganizationNotifier notifier, TimeProvider clock, IStringLocalizer<SharedResource> t)
    : TeamPageModel(db, authorization, t)
{
    public sealed class AssignInput
    {
        [Required(ErrorMessage = "Enter the email address of their account.")]
        [EmailAddress(ErrorMessage = "Enter a valid email address.")]
        [StringLength(256, ErrorMessage = "The email can have at most {1} characters.")]
        [Display(Name = "Email of the new delegate's account")]
        public string Email { get; set; } = "";
    }

    [BindProperty] public AssignInput Assign { get; set; } = new();

    /// <summary>The user is a moderator and nobody acts for the organization: they may give it a delegate.</summary>
    public bool MayAssign { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await ShowAsync(id, ct) ?? Page();

    /// <summary>A moderator makes the owner of an existing account the first delegate of an orphaned organization.</summary>
    public async Task<IActionResult> OnPostAssignAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, TeamOperations.AssignDelegate, ct) is { } refusal)
        {
            return refusal;
        }

        var account = ModelState.IsValid ? await AccountAsync(Assign.Email, ct) : null;
        if (ModelState.IsValid && account is null)
        {
            ModelState.AddModelError("Assign.Email", T["No account has this email address."]);
        }

        var now = clock.GetUtcNow();
        if (account is not null && await SaveAsync(
                async () =>
                {
                    Organization.AssignDelegate(account.Value, now);
                    Db.AuditEvents.Add(OrganizationAudit.Event(User, now, AuditActions.DelegateAssigned, id, details: new { userId = account }));
                    await notifier.ToAsync(Db, Organization, NotificationKinds.DelegateAssigned, [account.Value], null, ct);
                },
                ct))
        {
            TempData["StatusMessage"] = T["{0} is now a delegate of {1}.", Assign.Email.Trim(), Organization.Name].Value;
            return RedirectToPage(new { id });
        }

        return await ShowAsync(id, ct) ?? Page();
    }

    private async Task<IActionResult?> ShowAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, TeamOperations.Manage, ct) is { } refusal)
        {
            return refusal;
        }

        MayAssign = (await Authorization.AuthorizeAsync(User, Organization, TeamOperations.AssignDelegate)).Succeeded;
        return null;
    }

    private async Task<Guid?> AccountAsync(string email, CancellationToken ct)
    {
        var normalized = email.Trim().Normalize().ToUpperInvariant();
        return await Db.Users.AsNoTracking().Where(u => u.NormalizedEmail == normalized).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
    }
}
