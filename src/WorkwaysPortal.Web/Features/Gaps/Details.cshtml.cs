using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Data;
using WorkwaysPortal.Data.Taxonomy;
using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Taxonomy;
using WorkwaysPortal.Web.Infrastructure;

namespace WorkwaysPortal.Web.Features.Gaps;

/// <summary>
/// A gap's page. Public when the organization that raised it is verified (or a session raised it);
/// before that only that organization's delegates and the moderators see it (everyone else gets 404).
/// </summary>
public sealed class DetailsModel(PortalDbContext db, TaxonomyCatalog catalog, WorkAccess access) : PageModel
{
    public Gap Gap { get; private set; } = null!;
    public OrganizationLink? RaisedBy { get; private set; }
    public TaxonomySnapshot Taxonomy { get; private set; } = TaxonomySnapshot.Seed;
    public bool MayEdit { get; private set; }

    /// <summary>Whether everyone may see it, or only its organization's delegates and the moderators.</summary>
    public bool IsPublic { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] int id, CancellationToken ct)
    {
        var gap = await db.Gaps.AsNoTracking().FirstOrDefaultAsync(g => g.Id == id, ct);
        if (gap is null || !await access.MayViewAsync(User, gap.RaisedByOrganizationId, ct))
        {
            return NotFound();
        }

        Gap = gap;
        RaisedBy = await db.Organizations.AsNoTracking()
            .Where(o => o.Id == gap.RaisedByOrganizationId)
            .Select(o => new OrganizationLink(o.Id, o.Name, o.Acronym))
            .FirstOrDefaultAsync(ct);
        IsPublic = gap.RaisedByOrganizationId is not { } organizationId
                   || await db.Organizations.AnyAsync(o => o.Id == organizationId && o.Status == VerificationStatus.Verified, ct);
        MayEdit = User.Identity?.IsAuthenticated == true && await access.MayEditAsync(User, gap.RaisedByOrganizationId, ct);
        Taxonomy = await catalog.GetAsync(ct);
        return Page();
    }
}
