using System.ComponentModel.DataAnnotations;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Notifications;

namespace WorkwaysPortal.Web.Features.Organizations.Team;

/// <summary>
/// A delegate removes a fellow delegate, after confirming; the removed person is told. The last
/// delegate cannot be removed (the Domain refuses), and one's own membership is left, not removed.
/// </summary>
public sealed class RemoveModel(
    PortalDbContext db, IAuthorizationService authorization, OrganizationNotifier notifier, TimeProvider clock, IStringLocalizer<SharedResource> t)
    : TeamPageModel(db, authorization, t)
{
    public sealed class RemoveInput
    {
        [Display(Name = "I understand that they will no longer be able to act for the organization.")]
        public bool Confirm { get; set; }
    }

    /// <summary>The delegate to remove (<c>?member=</c>).</summary>
    [BindProperty(SupportsGet = true)] public Guid? Member { get; set; }

    [BindProperty] public RemoveInput Input { get; set; } = new();

    public TeamMember Removed { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await ShowAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await ShowAsync(id, ct) is { } other)
        {
            return other;
        }

        if (!Input.Confirm)
        {
            ModelState.AddModelError("Input.Confirm", T["Tick the box to confirm."]);
            return Page();
        }

        var now = clock.GetUtcNow();
        var removed = Removed;
        if (!await SaveAsync(
                async () =>
                {
                    Organization.RemoveMember(removed.UserId, now);
                    Db.AuditEvents.Add(OrganizationAudit.Event(User, now, AuditActions.DelegateRemoved, id, details: new { userId = removed.UserId }));
                    await notifier.ToAsync(Db, Organization, NotificationKinds.DelegateRemoved, [removed.UserId], null, ct);
                },
                ct))
        {
            return await ShowAsync(id, ct) ?? Page();
        }

        TempData["StatusMessage"] = T["{0} is no longer a delegate of {1}.", removed.DisplayName, Organization.Name].Value;
        return RedirectToPage("Index", new { id });
    }

    /// <summary>Loads the team and the delegate to remove: null to show the page, else the answer (back to the team, or to Leave for oneself).</summary>
    private async Task<IActionResult?> ShowAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, Operations.Edit, ct) is { } refusal)
        {
            return refusal;
        }

        if (Member == User.Id())
        {
            return RedirectToPage("Leave", new { id });
        }

        if (Members.FirstOrDefault(m => m.UserId == Member) is not { } member)
        {
            TempData["StatusMessage"] = T["This person is not a delegate of the organization."].Value;
            return RedirectToPage("Index", new { id });
        }

        Removed = member;
        return null;
    }
}
