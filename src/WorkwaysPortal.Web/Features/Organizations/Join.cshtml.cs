using System.ComponentModel.DataAnnotations;
using WorkwaysPortal.Data.Auditing;
using WorkwaysPortal.Domain;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Notifications;
using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.Web.Features.Organizations;

/// <summary>
/// A signed-in person asks to join an organization they can see. Its delegates are told (or, while it
/// has none, the moderators), and answer on its team page; the request is audited.
/// </summary>
[Authorize]
public sealed class JoinModel(PortalDbContext db, OrganizationNotifier notifier, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    public sealed class JoinInput
    {
        [StringLength(JoinRequest.MessageMaxLength, ErrorMessage = "The message can have at most {1} characters.")]
        [Display(Name = "A word for the delegates (optional)")]
        public string? Message { get; set; }
    }

    [BindProperty] public JoinInput Input { get; set; } = new();
    public Organization Organization { get; private set; } = null!;

    /// <summary>The user is one of its delegates already.</summary>
    public bool IsDelegate { get; private set; }

    /// <summary>A request of theirs is waiting for an answer.</summary>
    public bool IsPending { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await ShowAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await ShowAsync(id, ct))
        {
            return NotFound();
        }

        var userId = User.Id();
        var waiting = await db.JoinRequests.CountAsync(r => r.UserId == userId && r.State == JoinRequestState.Pending, ct);
        FormErrors.Add(ModelState, JoinRequest.Check(Input.Message, IsDelegate, IsPending, waiting), t);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow();
        var request = JoinRequest.Ask(id, userId, Input.Message, now);
        await db.AddAuditedAsync(request, requestId => OrganizationAudit.Event(User, now, AuditActions.JoinRequested, id, details: new { joinRequestId = requestId }), ct);
        if (await db.OrganizationMembers.AnyAsync(m => m.OrganizationId == id, ct))
        {
            await notifier.ToDelegatesAsync(db, Organization, NotificationKinds.JoinRequested, request.Message, ct);
        }
        else
        {
            await notifier.ToModeratorsAsync(db, Organization, NotificationKinds.JoinRequested, request.Message, ct);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            ModelState.AddModelError(string.Empty, t[UserMessages.JoinRequestPending]);
            return Page();
        }

        TempData["StatusMessage"] = t["Your request to join {0} was sent. You will be told of the answer.", Organization.Name].Value;
        return RedirectToPage("Details", new { id });
    }

    private async Task<bool> ShowAsync(int id, CancellationToken ct)
    {
        var viewer = User.AsViewer();
        var organization = await Visibility.Organizations(db, viewer).AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organization is null)
        {
            return false;
        }

        Organization = organization;
        IsDelegate = await Visibility.MemberOf(db, viewer).ContainsAsync(id, ct);
        IsPending = await db.JoinRequests.AnyAsync(r => r.OrganizationId == id && r.UserId == viewer.UserId && r.State == JoinRequestState.Pending, ct);
        return true;
    }
}
