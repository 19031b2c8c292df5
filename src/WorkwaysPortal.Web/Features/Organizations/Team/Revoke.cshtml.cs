using System.ComponentModel.DataAnnotations;
using WorkwaysPortal.Domain.Auditing;

namespace WorkwaysPortal.Web.Features.Organizations.Team;

/// <summary>A delegate revokes a pending invitation of their organization, after confirming: its link stops working.</summary>
public sealed class RevokeModel(PortalDbContext db, IAuthorizationService authorization, TimeProvider clock, IStringLocalizer<SharedResource> t)
    : TeamPageModel(db, authorization, t)
{
    public sealed class RevokeInput
    {
        [Display(Name = "I understand that the link of this invitation will stop working.")]
        public bool Confirm { get; set; }
    }

    /// <summary>The invitation to revoke (<c>?invitation=</c>), one of this organization's.</summary>
    [BindProperty(SupportsGet = true)] public int? Invitation { get; set; }

    [BindProperty] public RevokeInput Input { get; set; } = new();

    public PendingInvitation Revoked { get; private set; } = null!;

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
        if (!await SaveAsync(
                async () =>
                {
                    var invitation = await Db.OrganizationInvitations.FirstAsync(i => i.Id == Revoked.Id && i.OrganizationId == id, ct);
                    invitation.Revoke(User.Id(), now);
                    Db.AuditEvents.Add(OrganizationAudit.Event(User, now, AuditActions.InvitationRevoked, id, details: new { invitationId = invitation.Id }));
                },
                ct))
        {
            return await ShowAsync(id, ct) ?? Page();
        }

        TempData["StatusMessage"] = T["The invitation to {0} was revoked.", Revoked.Email].Value;
        return RedirectToPage("Index", new { id });
    }

    /// <summary>Loads the team and the pending invitation: null to show the page, else the answer (back to the team when it is not pending there).</summary>
    private async Task<IActionResult?> ShowAsync(int id, CancellationToken ct)
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
}
