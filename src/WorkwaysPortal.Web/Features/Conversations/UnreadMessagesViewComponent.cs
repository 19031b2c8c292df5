namespace WorkwaysPortal.Web.Features.Conversations;

/// <summary>
/// The header's "Messages" link with the signed-in user's unread messages across their conversations. The
/// error page (and a database that is down) shows the link without a count.
/// </summary>
public sealed class UnreadMessagesViewComponent(ConversationQueries queries) : ViewComponent
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
            return View(new Badge(await queries.UnreadTotalAsync(userId, HttpContext.RequestAborted)));
        }
        catch (Exception e) when (DataServiceCollectionExtensions.IsDatabaseUnavailable(e))
        {
            return View(new Badge(null));
        }
    }
}
