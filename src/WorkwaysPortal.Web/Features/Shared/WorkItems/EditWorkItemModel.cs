namespace WorkwaysPortal.Web.Features;

/// <summary>Whoever may change a work item (its organization's delegates; a session's gap, staff) edits it; nobody else (403).</summary>
[Authorize]
public abstract class EditWorkItemModel<TItem, TInput, TView>(
    PortalDbContext db, IAuthorizationService authorization, IWorkItemForm<TItem, TInput, TView> form, TimeProvider clock) : PageModel
    where TItem : class
    where TInput : class, new()
{
    [BindProperty] public TInput Input { get; set; } = new();
    public TView Form { get; private set; } = default!;
    public int Id { get; private set; }
    public string Title { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync([FromRoute] int id, CancellationToken ct)
    {
        var (item, refusal) = await this.ForEditAsync(authorization, form.WithId(id).AsNoTracking().FirstOrDefaultAsync(ct));
        if (item is null)
        {
            return refusal;
        }

        Input = form.InputFrom(item);
        await ShowAsync(item, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] int id, CancellationToken ct)
    {
        var (item, refusal) = await this.ForEditAsync(authorization, form.WithId(id).FirstOrDefaultAsync(ct));
        if (item is null)
        {
            return refusal;
        }

        await ShowAsync(item, ct);
        await form.ValidateAsync(Input, ModelState, form.Describe(item).OrganizationId, ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        form.Update(item, Input, clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, form.ChangedMeanwhile);
            return Page();
        }

        TempData["StatusMessage"] = form.Saved;
        return RedirectToPage("Details", new { id });
    }

    private async Task ShowAsync(TItem item, CancellationToken ct)
    {
        (Id, Title, var organizationId) = form.Describe(item);
        Form = await form.ViewAsync(Input, organizationId, ct);
    }
}
