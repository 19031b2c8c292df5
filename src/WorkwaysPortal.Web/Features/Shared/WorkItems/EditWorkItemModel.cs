namespace WorkwaysPortal.Web.Features;

/// <summary>Whoever may change a work item (its organization's delegates; a session's gap, staff) edits it; nobody else (403).</summary>
public abstract class EditWorkItemModel<TItem, TInput, TView>(
    PortalDbContext db, IAuthorizationService authorization, IWorkItemForm<TItem, TInput, TView> form, TimeProvider clock)
    : WorkItemFormModel<TItem, TInput, TView>(form)
    where TItem : class
    where TInput : class, new()
{
    public int Id { get; private set; }
    public string Title { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync([FromRoute] int id, CancellationToken ct)
    {
        var (item, refusal) = await this.ForEditAsync(authorization, Kind.WithId(id, User.AsViewer()).AsNoTracking().FirstOrDefaultAsync(ct));
        if (item is null)
        {
            return refusal;
        }

        Input = Kind.InputFrom(item);
        await ShowFormAsync(Describe(item), ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] int id, CancellationToken ct)
    {
        var (item, refusal) = await this.ForEditAsync(authorization, Kind.WithId(id, User.AsViewer()).FirstOrDefaultAsync(ct));
        if (item is null)
        {
            return refusal;
        }

        if (!await ValidateAsync(Describe(item), ct))
        {
            return Page();
        }

        try
        {
            await Kind.UpdateAsync(item, Input, User, clock.GetUtcNow(), ct);
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, Kind.ChangedMeanwhile);
            return Page();
        }

        TempData["StatusMessage"] = Kind.Saved;
        return RedirectToPage("Details", new { id });
    }

    /// <summary>Shows the item's id and title in the page and answers its organization.</summary>
    private int? Describe(TItem item)
    {
        (Id, Title, var organizationId) = Kind.Describe(item);
        return organizationId;
    }
}
