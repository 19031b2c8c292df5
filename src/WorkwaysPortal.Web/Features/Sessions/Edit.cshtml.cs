using WorkwaysPortal.Domain;
using WorkwaysPortal.Domain.Auditing;

namespace WorkwaysPortal.Web.Features.Sessions;

/// <summary>Staff correct a session. Someone else's change made meanwhile is not overwritten.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class EditModel(PortalDbContext db, SessionForm form, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public SessionInput Input { get; set; } = new();
    public SessionFormView Form { get; private set; } = null!;
    public int Id { get; private set; }
    public string Title { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync([FromRoute] int id, CancellationToken ct)
    {
        var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (session is null)
        {
            return NotFound();
        }

        Input = SessionInput.From(session, await SessionOrganizations.NamesAsync(db, session.InvolvedOrganizationIds(), ct));
        await ShowAsync(id, session.Title, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] int id, CancellationToken ct)
    {
        var session = await db.Sessions.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (session is null)
        {
            return NotFound();
        }

        var details = await form.ReadAsync(Input, ModelState, ct);
        if (details is not null && Input.Version is { } version && version != session.Version)
        {
            ModelState.AddModelError("", t[UserMessages.SessionChangedMeanwhile]);
        }

        if (details is null || !ModelState.IsValid)
        {
            await ShowAsync(id, session.Title, ct);
            return Page();
        }

        var now = clock.GetUtcNow();
        session.Update(details, now);
        db.AuditEvents.Add(SessionAudit.Event(User, now, AuditActions.SessionEdited, id));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", t[UserMessages.SessionChangedMeanwhile]);
            await ShowAsync(id, session.Title, ct);
            return Page();
        }

        TempData["StatusMessage"] = t["The session was saved."].Value;
        return RedirectToPage("Details", new { id });
    }

    private async Task ShowAsync(int id, string title, CancellationToken ct)
    {
        Id = id;
        Title = title;
        Form = await form.ViewAsync(Input, ct);
    }
}
