namespace WorkwaysPortal.Web.Features.Conversations;

/// <summary>The conversations of the signed-in user's organizations, latest first, with what they have not read.</summary>
[Authorize]
public sealed class IndexModel(ConversationQueries queries) : PageModel
{
    public IReadOnlyList<ConversationRow> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Items = await queries.ListAsync(User, ct);
}
