using WorkwaysPortal.Domain.Auditing;

namespace WorkwaysPortal.Web.Features.Admin.Taxonomy;

/// <summary>
/// The taxonomy for staff and administrators: country groups (edited on their own page), migration
/// corridors (added and removed here), and the names of sectors and capabilities (their codes stay).
/// Every edit is audited; the cached taxonomy of every instance follows at once (the <c>taxonomy</c> counter).
/// </summary>
public sealed class IndexModel(PortalDbContext db, TaxonomyCatalog catalog, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    public TaxonomySnapshot Taxonomy { get; private set; } = TaxonomySnapshot.Seed;

    public async Task OnGetAsync(CancellationToken ct) => Taxonomy = await catalog.GetAsync(ct);

    public async Task<IActionResult> OnPostAddCorridorAsync(string? origin, string? destination, CancellationToken ct)
    {
        Taxonomy = await catalog.GetAsync(ct);
        if (origin is null || destination is null || !Taxonomy.IsCountry(origin) || !Taxonomy.IsCountry(destination) || origin == destination)
        {
            ModelState.AddModelError("", t["Choose two different countries."]);
            return Page();
        }

        if (Taxonomy.Corridors.Any(c => c.OriginCode == origin && c.DestinationCode == destination))
        {
            ModelState.AddModelError("", t["This corridor already exists."]);
            return Page();
        }

        db.Corridors.Add(new Corridor { OriginCode = origin, DestinationCode = destination });
        db.AuditEvents.Add(TaxonomyAudit.Event(User, clock.GetUtcNow(), AuditActions.TaxonomyCorridorAdded, "corridor", origin + "-" + destination, new { origin, destination }));
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = t["The corridor {0} → {1} was added.", Taxonomy.CountryName(origin, PortalCultures.Current), Taxonomy.CountryName(destination, PortalCultures.Current)].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveCorridorAsync(string? origin, string? destination, CancellationToken ct)
    {
        var corridor = TaxonomyCodes.IsCode(origin) && TaxonomyCodes.IsCode(destination)
            ? await db.Corridors.FirstOrDefaultAsync(c => c.OriginCode == origin && c.DestinationCode == destination, ct)
            : null;
        if (corridor is null)
        {
            return NotFound();
        }

        db.Corridors.Remove(corridor);
        db.AuditEvents.Add(TaxonomyAudit.Event(User, clock.GetUtcNow(), AuditActions.TaxonomyCorridorRemoved, "corridor", origin + "-" + destination, new { origin, destination }));
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = t["The corridor was removed."].Value;
        return RedirectToPage();
    }
}
