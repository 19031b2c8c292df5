using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Notifications;
using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.Web.Features.Organizations.Team;

/// <summary>
/// Where an invitation's link leads (<c>?token=</c>). Anyone holding the link sees what it invites to; a
/// signed-in person accepts it and joins the delegates, once; an anonymous one signs in or creates an
/// account first, and comes back here (the link rides along as the return address). The organization's
/// delegates are told someone joined.
/// </summary>
[AllowAnonymous]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class AcceptModel(PortalDbContext db, OrganizationNotifier notifier, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    public sealed record InvitationView(int OrganizationId, string OrganizationName, string Email, string? InvitedBy, DateTimeOffset ExpiresAt, InvitationState State);

    /// <summary>The link's secret; found by its hash.</summary>
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }

    public InvitationView Invitation { get; private set; } = null!;

    /// <summary>The signed-in user is already one of the organization's delegates.</summary>
    public bool IsDelegate { get; private set; }

    /// <summary>This page, link included: where sign-in and registration bring the visitor back.</summary>
    public string ReturnUrl => Url.Page("/Organizations/Team/Accept", new { token = Token })!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (User.TryGetId() is not { } userId)
        {
            return Challenge();
        }

        var invitation = await FindAsync(db.OrganizationInvitations, ct);
        if (invitation is null)
        {
            return NotFound();
        }

        var organization = await db.Organizations.Include(o => o.Members).FirstAsync(o => o.Id == invitation.OrganizationId, ct);
        var now = clock.GetUtcNow();
        var joined = await TeamChanges.SaveAsync(this, db, t, async () =>
        {
            invitation.Accept(userId, now);
            organization.Admit(userId, now);
            db.AuditEvents.Add(OrganizationAudit.Event(User, now, AuditActions.InvitationAccepted, organization.Id, details: new { invitationId = invitation.Id }));
            await notifier.ToDelegatesAsync(db, organization, NotificationKinds.DelegateJoined, null, ct);
        }, ct);
        if (!joined)
        {
            return await ShowAsync(ct) ? Page() : NotFound();
        }

        TempData["StatusMessage"] = t["You are now a delegate of {0}.", organization.Name].Value;
        return RedirectToPage("/Organizations/Team/Index", new { id = organization.Id });
    }

    private async Task<bool> ShowAsync(CancellationToken ct)
    {
        var invitation = await FindAsync(db.OrganizationInvitations.AsNoTracking(), ct);
        if (invitation is null)
        {
            return false;
        }

        var names = await db.Organizations.AsNoTracking()
            .Where(o => o.Id == invitation.OrganizationId)
            .Select(o => new { o.Name, InvitedBy = db.Users.Where(u => u.Id == invitation.InvitedBy).Select(u => u.DisplayName).FirstOrDefault() })
            .FirstAsync(ct);
        Invitation = new InvitationView(
            invitation.OrganizationId, names.Name, invitation.Email, names.InvitedBy, invitation.ExpiresAt, invitation.StateAt(clock.GetUtcNow()));
        IsDelegate = User.TryGetId() is { } userId
            && await db.OrganizationMembers.AnyAsync(m => m.OrganizationId == invitation.OrganizationId && m.UserId == userId, ct);
        return true;
    }

    /// <summary>The invitation whose token is <see cref="Token"/>, or null for anything that is not one of our links.</summary>
    private async Task<OrganizationInvitation?> FindAsync(IQueryable<OrganizationInvitation> invitations, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(Token) || Token.Length > InvitationToken.MaxLength)
        {
            return null;
        }

        var hash = InvitationToken.Hash(Token);
        return await invitations.FirstOrDefaultAsync(i => i.TokenHash == hash, ct);
    }
}
