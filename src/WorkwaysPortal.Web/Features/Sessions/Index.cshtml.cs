using WorkwaysPortal.Data.Listing;

namespace WorkwaysPortal.Web.Features.Sessions;

/// <summary>One session in the list.</summary>
public sealed record SessionListItem(int Id, string Title, string Consultation, DateOnly HeldOn, int Participants, int Gaps);

/// <summary>The consultation sessions staff have recorded, most recent first, a page at a time.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(PortalDbContext db) : PageModel
{
    public const int PageSize = ListLimits.DefaultPageSize;

    public ListPage<SessionListItem> Results { get; private set; } = new([], 0, 1, PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        // "page" is also Razor Pages' own route value (the page name), so it is read from the query string itself.
        var page = int.TryParse(Request.Query["page"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var p)
            ? p
            : 1;
        var total = await db.Sessions.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var current = Math.Clamp(page, 1, pageCount);
        var rows = await db.Sessions.AsNoTracking()
            .OrderByDescending(s => s.HeldOn).ThenByDescending(s => s.Id)
            .Skip((current - 1) * PageSize)
            .Take(PageSize)
            .Select(s => new { s.Id, s.Title, s.Consultation, s.HeldOn, s.Participants, s.GapIds })
            .ToListAsync(ct);
        Results = new ListPage<SessionListItem>(
            [.. rows.Select(s => new SessionListItem(s.Id, s.Title, s.Consultation, s.HeldOn, s.Participants.Count, s.GapIds.Length))],
            total, current, PageSize);
    }

    public string Href(int page) => page == 1 ? "/Sessions" : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/Sessions?page={page}");
}
