using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.Web.Features;

/// <summary>
/// An organization's delegates add a work item to it. The organization is the one in the address,
/// checked against the signed-in user (404 unknown, 403 not theirs); nothing in the form can change it.
/// </summary>
[Authorize]
public abstract class NewWorkItemModel<TItem, TInput, TView>(
    PortalDbContext db, IAuthorizationService authorization, IWorkItemForm<TItem, TInput, TView> form, TimeProvider clock) : PageModel
    where TItem : class
    where TInput : class, new()
{
    [BindProperty] public TInput Input { get; set; } = new();
    public TView Form { get; private set; } = default!;
    public OrganizationLink Organization { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync([FromRoute] int organizationId, CancellationToken ct)
    {
        var (organization, refusal) = await LoadAsync(organizationId, ct);
        if (organization is null)
        {
            return refusal;
        }

        Input = form.NewInput(organization);
        await ShowAsync(organization, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] int organizationId, CancellationToken ct)
    {
        var (organization, refusal) = await LoadAsync(organizationId, ct);
        if (organization is null)
        {
            return refusal;
        }

        await ShowAsync(organization, ct);
        await form.ValidateAsync(Input, ModelState, organization.Id, ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var item = form.Create(organization.Id, Input, User.Id(), clock.GetUtcNow());
        db.Add(item);
        await db.SaveChangesAsync(ct);

        TempData["StatusMessage"] = form.Saved;
        return RedirectToPage("Details", new { id = form.Describe(item).Id });
    }

    private Task<(Organization? Record, IActionResult Refusal)> LoadAsync(int organizationId, CancellationToken ct) =>
        this.ForEditAsync(authorization, db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == organizationId, ct));

    private async Task ShowAsync(Organization organization, CancellationToken ct)
    {
        Organization = new OrganizationLink(organization.Id, organization.Name, organization.Acronym);
        Form = await form.ViewAsync(Input, organization.Id, ct);
    }
}
