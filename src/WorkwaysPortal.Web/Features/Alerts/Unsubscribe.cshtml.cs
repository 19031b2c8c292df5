using System.Globalization;
using WorkwaysPortal.Data.Alerts;
using WorkwaysPortal.Domain.Auditing;

namespace WorkwaysPortal.Web.Features.Alerts;

/// <summary>
/// The one-click unsubscribe link of an alert email: no sign-in, the signed and expiring token names the
/// saved search. GET shows what will stop and a button; POST (with antiforgery) turns the search off.
/// A malformed, tampered or expired token answers 400 with a clear message.
/// </summary>
[AllowAnonymous]
public sealed class UnsubscribeModel(PortalDbContext db, AlertUnsubscribeTokens tokens, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }

    public string? SearchName { get; private set; }
    public bool Invalid { get; private set; }
    public bool Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (tokens.Read(Token) is not { } id || await db.SavedSearches.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct) is not { } search)
        {
            return Refused();
        }

        SearchName = search.Name;
        Done = !search.Active;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (tokens.Read(Token) is not { } id || await db.SavedSearches.SingleOrDefaultAsync(s => s.Id == id, ct) is not { } search)
        {
            return Refused();
        }

        SearchName = search.Name;
        if (search.Active)
        {
            search.TurnOff();
            db.AuditEvents.Add(AuditEvent.Record(
                clock.GetUtcNow(), null, "", AuditActions.SavedSearchUnsubscribed, AuditSubjects.SavedSearch, id.ToString(CultureInfo.InvariantCulture)));
            await db.SaveChangesAsync(ct);
        }

        Done = true;
        return Page();
    }

    private PageResult Refused()
    {
        Invalid = true;
        var page = Page();
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }
}
