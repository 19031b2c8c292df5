using WorkwaysPortal.Domain.Gaps;

namespace WorkwaysPortal.Web.Features.Gaps;

/// <summary>The delegates of the organization that raised a gap edit it; nobody else may (403).</summary>
[Authorize]
public sealed class EditModel(
    PortalDbContext db, IAuthorizationService authorization, GapForm form, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public GapInput Input { get; set; } = new();
    public GapFormView Form { get; private set; } = null!;
    public int Id { get; private set; }
    public string Title { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync([FromRoute] int id, CancellationToken ct)
    {
        var (gap, refusal) = await this.ForEditAsync(authorization, db.Gaps.AsNoTracking().FirstOrDefaultAsync(g => g.Id == id, ct));
        if (gap is null)
        {
            return refusal;
        }

        Input = GapInput.From(gap);
        await ShowAsync(gap, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] int id, CancellationToken ct)
    {
        var (gap, refusal) = await this.ForEditAsync(authorization, db.Gaps.FirstOrDefaultAsync(g => g.Id == id, ct));
        if (gap is null)
        {
            return refusal;
        }

        await ShowAsync(gap, ct);
        await form.ValidateAsync(Input, ModelState, ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        gap.Update(Input.ToDetails(), clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, t["Someone else changed this gap while you were editing. Reload the page to see their changes."]);
            return Page();
        }

        TempData["StatusMessage"] = t["The gap was saved."].Value;
        return RedirectToPage("Details", new { id });
    }

    private async Task ShowAsync(Gap gap, CancellationToken ct)
    {
        Id = gap.Id;
        Title = gap.Title;
        Form = await form.ViewAsync(Input, ct);
    }
}
