using Microsoft.AspNetCore.RateLimiting;
using WorkwaysPortal.Data.Auditing;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Notifications;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Text;

namespace WorkwaysPortal.Web.Features.Organizations;

/// <summary>
/// A signed-in user registers an organization; it waits for a moderator, with them as its delegate. The
/// registration is audited and every moderator is told, in the same transaction.
/// </summary>
[Authorize]
[Account.RequireConfirmedEmail]
[EnableRateLimiting(RateLimits.Registration)]
public sealed class RegisterModel(
    PortalDbContext db, TaxonomyCatalog catalog, OrganizationNotifier notifier, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    /// <summary>An organization of the same name that the user can see: they may ask to join it instead.</summary>
    public sealed record Existing(int Id, string Name);

    [BindProperty] public OrganizationInput Input { get; set; } = new();
    public TaxonomySnapshot Taxonomy { get; private set; } = TaxonomySnapshot.Seed;
    public Existing? SameName { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Taxonomy = await catalog.GetAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Taxonomy = await catalog.GetAsync(ct);
        Input.Validate(ModelState, Taxonomy, t);
        if (ModelState.IsValid && await NameTakenAsync(ct))
        {
            ModelState.AddModelError("Input.Name", t["An organization with this name is already registered."]);
            SameName = await SameNameAsync(ct);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow();
        var organization = Organization.Register(Input.ToProfile(), User.Id(), now);
        await db.AddAuditedAsync(organization, id => OrganizationAudit.Event(User, now, AuditActions.OrganizationRegistered, id), ct);
        await notifier.ToModeratorsAsync(db, organization, NotificationKinds.OrganizationRegistered, null, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            ModelState.AddModelError("Input.Name", t["An organization with this name is already registered."]);
            SameName = await SameNameAsync(ct);
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

    /// <summary>The organization of that name, when the user may see it (one waiting for verification stays hidden).</summary>
    private Task<Existing?> SameNameAsync(CancellationToken ct)
    {
        var key = NameKey.For(Input.Name);
        return Visibility.Organizations(db, User.AsViewer()).AsNoTracking()
            .Where(o => o.NameKey == key)
            .Select(o => new Existing(o.Id, o.Name))
            .FirstOrDefaultAsync(ct);
    }
}
