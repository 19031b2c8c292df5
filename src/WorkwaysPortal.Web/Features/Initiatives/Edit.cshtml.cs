using WorkwaysPortal.Domain.Initiatives;

namespace WorkwaysPortal.Web.Features.Initiatives;

/// <summary>The lead organization's delegates edit an initiative; nobody else may (403).</summary>
[Authorize]
public sealed class EditModel(
    PortalDbContext db, IAuthorizationService authorization, InitiativeForm form, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public InitiativeInput Input { get; set; } = new();
    public InitiativeFormView Form { get; private set; } = null!;
    public int Id { get; private set; }
    public string Title { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync([FromRoute] int id, CancellationToken ct)
    {
        var (initiative, refusal) = await this.ForEditAsync(authorization, db.Initiatives.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct));
        if (initiative is null)
        {
            return refusal;
        }

        Input = InitiativeInput.From(initiative);
        await ShowAsync(initiative, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] int id, CancellationToken ct)
    {
        var (initiative, refusal) = await this.ForEditAsync(authorization, db.Initiatives.FirstOrDefaultAsync(i => i.Id == id, ct));
        if (initiative is null)
        {
            return refusal;
        }

        await ShowAsync(initiative, ct);
        await form.ValidateAsync(Input, ModelState, initiative.LeadOrganizationId, ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        initiative.Update(Input.ToDetails(), clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, t["Someone else changed this initiative while you were editing. Reload the page to see their changes."]);
            return Page();
        }

        TempData["StatusMessage"] = t["The initiative was saved."].Value;
        return RedirectToPage("Details", new { id });
    }

    private async Task ShowAsync(Initiative initiative, CancellationToken ct)
    {
        Id = initiative.Id;
        Title = initiative.Title;
        Form = await form.ViewAsync(Input, initiative.LeadOrganizationId, ct);
    }
}
