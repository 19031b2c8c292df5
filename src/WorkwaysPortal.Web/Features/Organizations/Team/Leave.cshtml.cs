using WorkwaysPortal.Domain.Auditing;

namespace WorkwaysPortal.Web.Features.Organizations.Team;

/// <summary>A delegate leaves an organization's team, after confirming; the last delegate cannot (the Domain refuses).</summary>
public sealed class LeaveModel(PortalDbContext db, IAuthorizationService authorization, TimeProvider clock, IStringLocalizer<SharedResource> t)
    : ConfirmedTeamChangeModel(db, authorization, t)
{
    /// <summary>The user is its only delegate, so they cannot leave.</summary>
    public bool IsLastDelegate => Members.Count <= 1;

    protected override Task<IActionResult?> ShowAsync(int id, CancellationToken ct) => LoadAsync(id, TeamOperations.Leave, ct);

    protected override Task ChangeAsync(int id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        Organization.RemoveMember(User.Id(), now);
        Db.AuditEvents.Add(OrganizationAudit.Event(User, now, AuditActions.DelegateLeft, id));
        return Task.CompletedTask;
    }

    protected override IActionResult Done(int id)
    {
        TempData["StatusMessage"] = T["You are no longer a delegate of {0}.", Organization.Name].Value;
        return RedirectToPage("/Organizations/Mine");
    }
}
