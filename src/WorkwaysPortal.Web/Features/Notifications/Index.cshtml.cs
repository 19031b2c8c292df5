using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using WorkwaysPortal.Data.Notifications;

namespace WorkwaysPortal.Web.Features.Notifications;

/// <summary>
/// The signed-in user's notifications, newest first. Opening one (a POST) marks it read and goes to
/// what it is about; "Mark all as read" clears the unread count. Nobody sees another user's notifications.
/// </summary>
[Authorize]
public sealed class IndexModel(PortalDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    public const int PageSize = 20;

    public sealed record Row(
        long Id, string Kind, string Subject, string? Reason, int? ProposalId, int? OrganizationId, DateTimeOffset CreatedAt, bool IsRead, int? ConversationId = null, int? InitiativeId = null);

    public IReadOnlyList<Row> Items { get; private set; } = [];
    public int Total { get; private set; }
    public int Unread { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var userId = User.Id();
        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == userId);
        Total = await mine.CountAsync(ct);
        Unread = await mine.CountAsync(n => n.ReadAt == null, ct);

        // "page" is also Razor Pages' own route value (the page name), so it is read from the query string itself.
        PageNumber = int.TryParse(Request.Query["page"], out var p) ? Math.Clamp(p, 1, PageCount) : 1;
        Items = await mine
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(n => new Row(n.Id, n.Kind, n.Subject, n.Reason, n.ProposalId, n.OrganizationId, n.CreatedAt, n.ReadAt != null, n.ConversationId, n.InitiativeId))
            .ToListAsync(ct);
    }

    /// <summary>Marks one of the user's notifications read and goes to what it is about.</summary>
    public async Task<IActionResult> OnPostOpenAsync(long id, CancellationToken ct)
    {
        var userId = User.Id();
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == id && n.UserId == userId, ct);
        if (notification is null)
        {
            return NotFound();
        }

        notification.MarkRead(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return LocalRedirect(NotificationLinks.For(notification.Kind, notification.ProposalId, notification.OrganizationId, notification.ConversationId, notification.InitiativeId) ?? Url.Page("/Notifications/Index")!);
    }

    public async Task<IActionResult> OnPostMarkAllReadAsync(CancellationToken ct)
    {
        var userId = User.Id();
        var now = clock.GetUtcNow();
        var marked = await db.Notifications
            .Where(n => n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
        TempData["StatusMessage"] = marked == 0
            ? t["You have no unread notifications."].Value
            : t["All notifications are marked as read."].Value;
        return RedirectToPage();
    }

    /// <summary>The address of another page of the list.</summary>
    public string Href(int page) =>
        QueryHelpers.AddQueryString(Url.Page("/Notifications/Index")!, "page", page.ToString(CultureInfo.InvariantCulture));
}
