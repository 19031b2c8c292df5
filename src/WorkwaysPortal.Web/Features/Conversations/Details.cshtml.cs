using WorkwaysPortal.Domain.Conversations;

namespace WorkwaysPortal.Web.Features.Conversations;

/// <summary>
/// One conversation: the messages, a reply form, "Report this message", "Block this organization"
/// (and unblock), and "Propose a partnership" prefilled with the other organization. Only the delegates of
/// the two organizations see it (moderators too once a message was reported, to read it in context);
/// everyone else gets 404. Opening it marks it read for the reader.
/// </summary>
[Authorize]
[Account.RequireConfirmedEmail]
public sealed class DetailsModel(ConversationQueries queries, ConversationActions actions, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public string? Message { get; set; }
    [BindProperty] public int? FromOrganizationId { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public ConversationView Conversation { get; private set; } = null!;
    public int MaxLength => Domain.Conversations.Conversation.MessageMaxLength;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (Conversation.Mine is not null && Conversation.Messages.Count > 0)
        {
            await actions.MarkReadAsync(User.Id(), id, Conversation.Messages[^1].Id, ct);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostReplyAsync(int id, CancellationToken ct)
    {
        var outcome = await actions.ReplyAsync(User, id, FromOrganizationId, Message, ct);
        if (outcome.Succeeded)
        {
            TempData["StatusMessage"] = t["Your message was sent."].Value;
            return RedirectToPage(new { id });
        }

        return await RefusedAsync(id, outcome, nameof(Message), ct);
    }

    public async Task<IActionResult> OnPostReportAsync(int id, long messageId, CancellationToken ct)
    {
        var outcome = await actions.ReportAsync(User, id, messageId, Reason, ct);
        if (outcome.Succeeded)
        {
            TempData["StatusMessage"] = t["The message was reported. A moderator will look at it."].Value;
            return RedirectToPage(new { id });
        }

        return await RefusedAsync(id, outcome, nameof(Reason), ct);
    }

    public Task<IActionResult> OnPostBlockAsync(int id, CancellationToken ct) => BlockAsync(id, true, ct);

    public Task<IActionResult> OnPostUnblockAsync(int id, CancellationToken ct) => BlockAsync(id, false, ct);

    private async Task<IActionResult> BlockAsync(int id, bool block, CancellationToken ct)
    {
        var outcome = await actions.BlockAsync(User, id, block, ct);
        if (!outcome.Succeeded)
        {
            return NotFound();
        }

        TempData["StatusMessage"] = (block
            ? t["The organization is blocked: it can no longer write to yours."]
            : t["The organization is no longer blocked."]).Value;
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> RefusedAsync(int id, ConversationOutcome outcome, string field, CancellationToken ct)
    {
        if (outcome.Status == ConversationOutcomeStatus.NotFound || !await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (outcome.Status == ConversationOutcomeStatus.RateLimited)
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
        }

        var key = outcome.Field == ConversationActions.FromField ? nameof(FromOrganizationId)
            : outcome.Status is ConversationOutcomeStatus.Invalid or ConversationOutcomeStatus.RateLimited ? field
            : string.Empty;
        ModelState.AddModelError(key, outcome.Text(t));
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var view = await queries.FindAsync(User, id, ct);
        if (view is null)
        {
            return false;
        }

        Conversation = view;
        return true;
    }
}
