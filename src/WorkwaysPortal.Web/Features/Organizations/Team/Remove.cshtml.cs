using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Notifications;

namespace WorkwaysPortal.Web.Features.Organizations.Team;

/// <summary>
/// A delegate removes a fellow delegate, after confirming; the removed person is told. The last
/// delegate cannot be removed (the Domain refuses), and one's own membership is left, not removed.
/// </summary>
public sealed class RemoveModel(
    PortalDbContext db, IAuthorizationService authorization, OrganizationNotifier notifier, TimeProvider clock, IStringLocalizer<SharedResource> t)
    : ConfirmedTeamChangeModel(db, authorization, t)
{
    /// <summary>The delegate to remove (<c>?member=</c>).</summary>
    [BindProperty(SupportsGet = true)] public Guid? Member { get; set; }

    public TeamMember Removed { get; private set; } = null!;

    protected override async Task<IActionResult?> ShowAsync(int id, CancellationToken ct)
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

    protected override async Task ChangeAsync(int id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        Organization.RemoveMember(Removed.UserId, now);
        Db.AuditEvents.Add(OrganizationAudit.Event(User, now, AuditActions.DelegateRemoved, id, details: new { userId = Removed.UserId }));
        await notifier.ToAsync(Db, Organization, NotificationKinds.DelegateRemoved, [Removed.UserId], null, ct);
    }

    protected override IActionResult Done(int id)
    {
        TempData["StatusMessage"] = T["{0} is no longer a delegate of {1}.", Removed.DisplayName, Organization.Name].Value;
        return RedirectToPage("Index", new { id });
    }
}
