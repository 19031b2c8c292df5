using WorkwaysPortal.Domain.Auditing;

namespace WorkwaysPortal.Web.Features.Sessions;

/// <summary>
/// Staff delete a session after confirming. Its gaps and initiatives stay (a gap only forgets the
/// session it came from); the audit trail keeps who deleted which session.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DeleteModel(PortalDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    public int Id { get; private set; }
    public string Title { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync([FromRoute] int id, CancellationToken ct)
    {
        var title = await db.Sessions.Where(s => s.Id == id).Select(s => s.Title).FirstOrDefaultAsync(ct);
        if (title is null)
        {
            return NotFound();
        }

        (Id, Title) = (id, title);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] int id, CancellationToken ct)
    {
        var session = await db.Sessions.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (session is null)
        {
            return NotFound();
        }

        db.Sessions.Remove(session);
        db.AuditEvents.Add(SessionAudit.Event(User, clock.GetUtcNow(), AuditActions.SessionDeleted, id, new { title = session.Title }));
        await db.SaveChangesAsync(ct);

        TempData["StatusMessage"] = t["The session “{0}” was deleted.", session.Title].Value;
        return RedirectToPage("Index");
    }
}
