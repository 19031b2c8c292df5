using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Text;

namespace WorkwaysPortal.Web.Features.Organizations;

/// <summary>An organization's delegates edit its profile; nobody else may (403).</summary>
[Authorize]
public sealed class EditModel(
    PortalDbContext db, TaxonomyCatalog catalog, IAuthorizationService authorization, TimeProvider clock, IStringLocalizer<SharedResource> t)
    : PageModel
{
    [BindProperty] public OrganizationInput Input { get; set; } = new();
    public TaxonomySnapshot Taxonomy { get; private set; } = TaxonomySnapshot.Seed;
    public int Id { get; private set; }
    public VerificationStatus Status { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] int id, CancellationToken ct)
    {
        var (organization, refusal) = await this.ForEditAsync(authorization, Visibility.Organizations(db, User.AsViewer()).FirstOrDefaultAsync(o => o.Id == id, ct));
        if (organization is null)
        {
            return refusal;
        }

        Input = OrganizationInput.From(organization);
        await ShowAsync(organization, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] int id, CancellationToken ct)
    {
        var (organization, refusal) = await this.ForEditAsync(authorization, Visibility.Organizations(db, User.AsViewer()).FirstOrDefaultAsync(o => o.Id == id, ct));
        if (organization is null)
        {
            return refusal;
        }

        await ShowAsync(organization, ct);
        Input.Validate(ModelState, Taxonomy, t);
        var key = NameKey.For(Input.Name ?? "");
        if (ModelState.IsValid && await db.Organizations.AnyAsync(o => o.NameKey == key && o.Id != id, ct))
        {
            ModelState.AddModelError("Input.Name", t["An organization with this name is already registered."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        organization.UpdateProfile(Input.ToProfile(), clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, t["Someone else changed this organization while you were editing. Reload the page to see their changes."]);
            return Page();
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            ModelState.AddModelError("Input.Name", t["An organization with this name is already registered."]);
            return Page();
        }

        TempData["StatusMessage"] = t["The organization was saved."].Value;
        return RedirectToPage("Details", new { id });
    }

    private async Task ShowAsync(Organization organization, CancellationToken ct)
    {
        Id = organization.Id;
        Status = organization.Status;
        Taxonomy = await catalog.GetAsync(ct);
    }
}
