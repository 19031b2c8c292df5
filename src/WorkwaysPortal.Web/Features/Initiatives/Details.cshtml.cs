using WorkwaysPortal.Domain.Initiatives;
using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.Web.Features.Initiatives;

/// <summary>
/// An initiative's page. Public when its lead organization is verified; before that only that
/// organization's delegates and the moderators see it (everyone else gets 404).
/// </summary>
public sealed class DetailsModel(PortalDbContext db, TaxonomyCatalog catalog, IAuthorizationService authorization) : PageModel
{
    public Initiative Initiative { get; private set; } = null!;
    public OrganizationLink Lead { get; private set; } = null!;
    public IReadOnlyList<OrganizationLink> Participants { get; private set; } = [];
    public TaxonomySnapshot Taxonomy { get; private set; } = TaxonomySnapshot.Seed;
    public bool MayEdit { get; private set; }

    /// <summary>Whether everyone may see it (its lead is verified), or only its delegates and the moderators.</summary>
    public bool IsPublic { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] int id, CancellationToken ct)
    {
        var initiative = await Visibility.Initiatives(db, User.AsViewer()).AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (initiative is null)
        {
            return NotFound();
        }

        Initiative = initiative;
        Lead = await db.Organizations.AsNoTracking()
            .Where(o => o.Id == initiative.LeadOrganizationId)
            .Select(o => new OrganizationLink(o.Id, o.Name, o.Acronym))
            .SingleAsync(ct);
        IsPublic = await Visibility.Initiatives(db, Viewer.Anonymous).AnyAsync(i => i.Id == id, ct);
        var participantIds = initiative.ParticipantOrganizationIds;
        Participants = await Visibility.Organizations(db, Viewer.Anonymous).AsNoTracking()
            .Where(o => participantIds.Contains(o.Id))
            .OrderBy(o => o.Name)
            .Select(o => new OrganizationLink(o.Id, o.Name, o.Acronym))
            .ToListAsync(ct);
        MayEdit = (await authorization.AuthorizeAsync(User, initiative, Operations.Edit)).Succeeded;
        Taxonomy = await catalog.GetAsync(ct);
        return Page();
    }
}
