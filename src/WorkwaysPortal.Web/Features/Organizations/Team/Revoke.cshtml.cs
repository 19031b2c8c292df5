using WorkwaysPortal.Domain.Auditing;

namespace WorkwaysPortal.Web.Features.Organizations.Team;

/// <summary>A delegate revokes a pending invitation of their organization, after confirming: its link stops working.</summary>
public sealed class RevokeModel(PortalDbContext db, IAuthorizationService authorization, TimeProvider clock, IStringLocalizer<SharedResource> t)
    : ConfirmedTeamChangeModel(db, authorization, t)
{
    /// <summary>The invitation to revoke (<c>?invitation=</c>), one of this organization's.</summary>
    [BindProperty(SupportsGet = true)] public int? Invitation { get; set; }

    public PendingInvitation Revoked { get; private set; } = null!;

    /// <summary>Loads the team and the pending invitation; back to the team when it is not pending there.</summary>
    protected override async Task<IActionResult?> ShowAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, Operations.Edit, ct) is { } refusal)
        {
            return refusal;
        }

        if ((await PendingInvitationsAsync(clock.GetUtcNow(), ct)).FirstOrDefault(i => i.Id == Invitation) is not { } invitation)
        {
            TempData["StatusMessage"] = T["This invitation is no longer pending."].Value;
            return RedirectToPage("Index", new { id });
        }

        Revoked = invitation;
        return null;
    }

    protected override async Task ChangeAsync(int id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var invitation = await Db.OrganizationInvitations.FirstAsync(i => i.Id == Revoked.Id && i.OrganizationId == id, ct);
        invitation.Revoke(User.Id(), now);
        Db.AuditEvents.Add(OrganizationAudit.Event(User, now, AuditActions.InvitationRevoked, id, details: new { invitationId = invitation.Id }));
    }

    protected override IActionResult Done(int id)
    {
        TempData["StatusMessage"] = T["The invitation to {0} was revoked.", Revoked.Email].Value;
        return RedirectToPage("Index", new { id });
    }
}
