using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.Web.Features;

/// <summary>
/// An organization's delegates add a work item to it. The organization is the one in the address,
/// checked against the signed-in user (404 unknown, 403 not theirs); nothing in the form can change it.
/// </summary>
public abstract class NewWorkItemModel<TItem, TInput, TView>(
    PortalDbContext db, IAuthorizationService authorization, IWorkItemForm<TItem, TInput, TView> form, TimeProvider clock)
    : WorkItemFormModel<TItem, TInput, TView>(form)
    where TItem : class
    where TInput : class, new()
{
    public OrganizationLink Organization { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync([FromRoute] int organizationId, CancellationToken ct)
    {
        var (organization, refusal) = await LoadAsync(organizationId, ct);
        if (organization is null)
        {
            return refusal;
        }

        Input = Kind.NewInput(organization);
        await ShowFormAsync(organization.Id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] int organizationId, CancellationToken ct)
    {
        var (organization, refusal) = await LoadAsync(organizationId, ct);
        if (organization is null)
        {
            return refusal;
        }

        if (!await ValidateAsync(organization.Id, ct))
        {
            return Page();
        }

        var item = await Kind.AddAsync(organization.Id, Input, User, clock.GetUtcNow(), ct);
        await db.SaveChangesAsync(ct);

        TempData["StatusMessage"] = Kind.Saved;
        return RedirectToPage("Details", new { id = Kind.Describe(item).Id });
    }

    private async Task<(Organization? Record, IActionResult Refusal)> LoadAsync(int organizationId, CancellationToken ct)
    {
        var loaded = await this.ForEditAsync(authorization, Visibility.Organizations(db, User.AsViewer()).AsNoTracking().FirstOrDefaultAsync(o => o.Id == organizationId, ct));
        if (loaded.Record is { } organization)
        {
            Organization = new OrganizationLink(organization.Id, organization.Name, organization.Acronym);
        }

        return loaded;
    }
}
