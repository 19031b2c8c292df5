using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Data;
using WorkwaysPortal.Data.Taxonomy;
using WorkwaysPortal.Domain.Initiatives;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Taxonomy;
using WorkwaysPortal.Web.Infrastructure;

namespace WorkwaysPortal.Web.Features.Initiatives;

/// <summary>
/// An initiative's page. Public when its lead organization is verified; before that only that
/// organization's delegates and the moderators see it (everyone else gets 404).
/// </summary>
public sealed class DetailsModel(PortalDbContext db, TaxonomyCatalog catalog, WorkAccess access) : PageModel
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
        var initiative = await db.Initiatives.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (initiative is null || !await access.MayViewAsync(User, initiative.LeadOrganizationId, ct))
        {
            return NotFound();
        }

        Initiative = initiative;
        Lead = await db.Organizations.AsNoTracking()
            .Where(o => o.Id == initiative.LeadOrganizationId)
            .Select(o => new OrganizationLink(o.Id, o.Name, o.Acronym))
            .SingleAsync(ct);
        IsPublic = await db.Organizations.AnyAsync(o => o.Id == initiative.LeadOrganizationId && o.Status == VerificationStatus.Verified, ct);
        var participantIds = initiative.ParticipantOrganizationIds;
        Participants = await db.Organizations.AsNoTracking()
            .Where(o => participantIds.Contains(o.Id) && o.Status == VerificationStatus.Verified)
            .OrderBy(o => o.Name)
            .Select(o => new OrganizationLink(o.Id, o.Name, o.Acronym))
            .ToListAsync(ct);
        MayEdit = User.Identity?.IsAuthenticated == true && await access.MayEditAsync(User, initiative.LeadOrganizationId, ct);
        Taxonomy = await catalog.GetAsync(ct);
        return Page();
    }
}
