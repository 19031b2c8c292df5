using Microsoft.AspNetCore.RateLimiting;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Text;

namespace WorkwaysPortal.Web.Features.Organizations;

/// <summary>A signed-in user registers an organization; it waits for a moderator, with them as its delegate.</summary>
[Authorize]
[Account.RequireConfirmedEmail]
[EnableRateLimiting(RateLimits.Registration)]
public sealed class RegisterModel(PortalDbContext db, TaxonomyCatalog catalog, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public OrganizationInput Input { get; set; } = new();
    public TaxonomySnapshot Taxonomy { get; private set; } = TaxonomySnapshot.Seed;

    public async Task OnGetAsync(CancellationToken ct) => Taxonomy = await catalog.GetAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Taxonomy = await catalog.GetAsync(ct);
        Input.Validate(ModelState, Taxonomy, t);
        if (ModelState.IsValid && await NameTakenAsync(ct))
        {
            ModelState.AddModelError("Input.Name", t["An organization with this name is already registered."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var organization = Organization.Register(Input.ToProfile(), User.Id(), clock.GetUtcNow());
        db.Organizations.Add(organization);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            ModelState.AddModelError("Input.Name", t["An organization with this name is already registered."]);
            return Page();
        }

        TempData["StatusMessage"] = t["Thank you. A moderator will review the organization before it appears in the directory."].Value;
        return RedirectToPage("Details", new { id = organization.Id });
    }

    private Task<bool> NameTakenAsync(CancellationToken ct)
    {
        var key = NameKey.For(Input.Name);
        return db.Organizations.AnyAsync(o => o.NameKey == key, ct);
    }
}
