namespace WorkwaysPortal.Web.Features.Notifications;

/// <summary>
/// The header's "Notifications" link with the signed-in user's unread count: one COUNT over the
/// (user_id, read_at) index. The error page (and a database that is down) shows the link without a count.
/// </summary>
public sealed class UnreadNotificationsViewComponent(PortalDbContext db) : ViewComponent
{
    public sealed record Badge(int? Unread);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (UserClaimsPrincipal.TryGetId() is not { } userId || HttpContext.Request.Path.StartsWithSegments("/Error", StringComparison.OrdinalIgnoreCase))
        {
            return View(new Badge(null));
        }

        try
        {
            var unread = await db.Notifications.AsNoTracking()
                .CountAsync(n => n.UserId == userId && n.ReadAt == null, HttpContext.RequestAborted);
            return View(new Badge(unread));
        }
        catch (Exception e) when (DataServiceCollectionExtensions.IsDatabaseUnavailable(e))
        {
            return View(new Badge(null));
        }
    }
}
