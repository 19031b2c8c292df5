using WorkwaysPortal.Domain.Conversations;
using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.Web.Features.Conversations;

/// <summary>
/// "Contact this organization": a delegate of a verified organization writes to another verified one
/// (<see cref="ConversationActions.ContactAsync"/>). An organization the reader may not see is 404; the
/// page explains when they may not write (their own organization, no verified organization of theirs,
/// blocked), and links to the conversation the two organizations already have.
/// </summary>
[Authorize]
[Account.RequireConfirmedEmail]
public sealed class ContactModel(PortalDbContext db, ConversationActions actions, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public string? Message { get; set; }
    [BindProperty] public int? FromOrganizationId { get; set; }

    public Organization Organization { get; private set; } = null!;
    public IReadOnlyList<OrganizationName> Senders { get; private set; } = [];
    public bool IsOwn { get; private set; }
    public bool Blocked { get; private set; }
    public int? ExistingConversation { get; private set; }
    public int MaxLength => Conversation.MessageMaxLength;

    public bool MayWrite => !IsOwn && Senders.Count > 0 && Organization.Status == VerificationStatus.Verified;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var outcome = await actions.ContactAsync(User, id, FromOrganizationId, Message, ct);
        switch (outcome.Status)
        {
            case ConversationOutcomeStatus.Ok:
                TempData["StatusMessage"] = t["Your message was sent to {0}. Its delegates will be told.", Organization.Name].Value;
                return RedirectToPage("Details", new { id = outcome.ConversationId });
            case ConversationOutcomeStatus.NotFound:
                return NotFound();
            case ConversationOutcomeStatus.Invalid:
                ModelState.AddModelError(outcome.Field == ConversationActions.FromField ? nameof(FromOrganizationId) : nameof(Message), outcome.Text(t));
                return Page();
            case ConversationOutcomeStatus.RateLimited:
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                ModelState.AddModelError(nameof(Message), outcome.Text(t));
                return Page();
            default:
                ModelState.AddModelError(string.Empty, outcome.Text(t));
                return Page();
        }
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var viewer = User.AsViewer();
        var organization = await Visibility.Organizations(db, viewer).AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organization is null)
        {
            return false;
        }

        Organization = organization;
        IsOwn = await Visibility.MemberOf(db, viewer).ContainsAsync(id, ct);
        Senders = await ConversationAccess.Senders(db, viewer).Where(o => o.Id != id).OrderBy(o => o.Name)
            .Select(o => new OrganizationName(o.Id, o.Name)).ToListAsync(ct);
        var senderIds = Senders.Select(s => s.Id).ToArray();
        Blocked = senderIds.Length > 0 && await db.OrganizationBlocks.AnyAsync(b => b.BlockerOrganizationId == id && senderIds.Contains(b.BlockedOrganizationId), ct);
        ExistingConversation = await ConversationAccess.Mine(db, viewer)
            .Where(c => c.InitiatorOrganizationId == id || c.RecipientOrganizationId == id)
            .OrderByDescending(c => c.LastMessageAt)
            .Select(c => (int?)c.Id)
            .FirstOrDefaultAsync(ct);
        return true;
    }
}
