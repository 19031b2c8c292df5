using System.ComponentModel.DataAnnotations;
using WorkwaysPortal.Domain.Auditing;

namespace WorkwaysPortal.Web.Features.Organizations.Team;

/// <summary>A delegate leaves an organization's team, after confirming; the last delegate cannot (the Domain refuses).</summary>
public sealed class LeaveModel(PortalDbContext db, IAuthorizationService authorization, TimeProvider clock, IStringLocalizer<SharedResource> t)
    : TeamPageModel(db, authorization, t)
{
    public sealed class LeaveInput
    {
        [Display(Name = "I understand that I will no longer be able to act for the organization.")]
        public bool Confirm { get; set; }
    }

    [BindProperty] public LeaveInput Input { get; set; } = new();

    /// <summary>The user is its only delegate, so they cannot leave.</summary>
    public bool IsLastDelegate => Members.Count <= 1;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, TeamOperations.Leave, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, TeamOperations.Leave, ct) is { } refusal)
        {
            return refusal;
        }

        if (!Input.Confirm)
        {
            ModelState.AddModelError("Input.Confirm", T["Tick the box to confirm."]);
            return Page();
        }

        var now = clock.GetUtcNow();
        if (!await SaveAsync(
                () =>
                {
                    Organization.RemoveMember(User.Id(), now);
                    Db.AuditEvents.Add(OrganizationAudit.Event(User, now, AuditActions.DelegateLeft, id));
                    return Task.CompletedTask;
                },
                ct))
        {
            return await LoadAsync(id, TeamOperations.Leave, ct) ?? Page();
        }

        TempData["StatusMessage"] = T["You are no longer a delegate of {0}.", Organization.Name].Value;
        return RedirectToPage("/Organizations/Mine");
    }
}
