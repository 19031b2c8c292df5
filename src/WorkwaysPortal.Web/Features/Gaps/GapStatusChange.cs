using WorkwaysPortal.Domain.Gaps;

namespace WorkwaysPortal.Web.Features.Gaps;

/// <summary>
/// What Close and Reopen share: a confirmation page (GET) and the change itself (POST), allowed to
/// the delegates of the organization that raised the gap, in one transaction.
/// </summary>
public abstract class GapStatusChange(PortalDbContext db, IAuthorizationService authorization, IStringLocalizer<SharedResource> t) : PageModel
{
    public int Id { get; private set; }
    public string Title { get; private set; } = "";
    public GapStatus Status { get; private set; }

    /// <summary>The localizer of the UI's texts.</summary>
    protected IStringLocalizer<SharedResource> T => t;

    /// <summary>Whether the gap is in a state this change applies to.</summary>
    public abstract bool Applies { get; }

    protected abstract void Change(Gap gap);

    protected abstract string Done { get; }

    public async Task<IActionResult> OnGetAsync([FromRoute] int id, CancellationToken ct)
    {
        var (gap, refusal) = await this.ForEditAsync(authorization, Visibility.Gaps(db, User.AsViewer()).AsNoTracking().FirstOrDefaultAsync(g => g.Id == id, ct));
        if (gap is null)
        {
            return refusal;
        }

        Show(gap);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] int id, CancellationToken ct)
    {
        var (gap, refusal) = await this.ForEditAsync(authorization, Visibility.Gaps(db, User.AsViewer()).FirstOrDefaultAsync(g => g.Id == id, ct));
        if (gap is null)
        {
            return refusal;
        }

        Show(gap);
        if (!Applies)
        {
            return RedirectToPage("Details", new { id });
        }

        Change(gap);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, t["Someone else changed this gap meanwhile. Reload the page to see their changes."]);
            return Page();
        }

        TempData["StatusMessage"] = Done;
        return RedirectToPage("Details", new { id });
    }

    private void Show(Gap gap)
    {
        Id = gap.Id;
        Title = gap.Title;
        Status = gap.Status;
    }
}
