using WorkwaysPortal.Web.Features.Conversations;

namespace WorkwaysPortal.Web.Features.Moderation.Messages;

/// <summary>
/// Reported messages of conversations between organizations, oldest report first: the message, who
/// wrote it for which organization, the reason given, and a link to the conversation (which moderators
/// may read once a message of it was reported). "Dismiss" leaves the message as it is and closes the report.
/// </summary>
public sealed class IndexModel(PortalDbContext db, ConversationActions actions, IStringLocalizer<SharedResource> t) : PageModel
{
    public const int PageSize = 100;

    public sealed record Row(
        long Id, int ConversationId, string From, string To, string AuthorName, string Body, DateTimeOffset SentAt, DateTimeOffset ReportedAt, string? Reason);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rows = await db.ConversationMessages.AsNoTracking()
            .Where(m => m.ReportedAt != null && m.ReportDismissedAt == null)
            .OrderBy(m => m.ReportedAt).ThenBy(m => m.Id)
            .Take(PageSize)
            .Select(m => new Row(
                m.Id, m.ConversationId,
                db.Organizations.Where(o => o.Id == m.OrganizationId).Select(o => o.Name).First(),
                db.Organizations.Where(o => o.Id == (m.Conversation!.InitiatorOrganizationId == m.OrganizationId
                    ? m.Conversation.RecipientOrganizationId : m.Conversation.InitiatorOrganizationId)).Select(o => o.Name).First(),
                m.AuthorName, m.Body, m.SentAt, m.ReportedAt!.Value, m.ReportReason))
            .ToListAsync(ct);
    }

    public async Task<IActionResult> OnPostDismissAsync(long id, CancellationToken ct)
    {
        var outcome = await actions.DismissReportAsync(User, id, ct);
        if (!outcome.Succeeded)
        {
            return NotFound();
        }

        TempData["StatusMessage"] = t["The report was dismissed."].Value;
        return RedirectToPage();
    }
}
