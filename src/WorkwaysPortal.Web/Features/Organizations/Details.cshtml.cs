using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Data;
using WorkwaysPortal.Data.Taxonomy;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Taxonomy;
using WorkwaysPortal.Web.Infrastructure;
using WorkwaysPortal.Web.Infrastructure.Caching;

namespace WorkwaysPortal.Web.Features.Organizations;

/// <summary>
/// An organization's page. Public when verified; before that only its delegates and moderators see
/// it (everyone else gets 404, so unverified names do not leak).
/// </summary>
[OutputCache(PolicyName = PublicPageCache.Organization)]
public sealed class DetailsModel(PortalDbContext db, TaxonomyCatalog catalog, IAuthorizationService authorization) : PageModel
{
    public Organization Organization { get; private set; } = null!;
    public TaxonomySnapshot Taxonomy { get; private set; } = TaxonomySnapshot.Seed;
    public bool MayEdit { get; private set; }
    public bool MayModerate { get; private set; }
    public bool ShowContact { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] int id, CancellationToken ct)
    {
        var organization = await db.Organizations.AsNoTracking().Include(o => o.Members).FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organization is null)
        {
            return NotFound();
        }

        MayEdit = (await authorization.AuthorizeAsync(User, organization, OrganizationOperations.Edit)).Succeeded;
        MayModerate = (await authorization.AuthorizeAsync(User, Policies.Moderation)).Succeeded;
        if (organization.Status != VerificationStatus.Verified && !MayEdit && !MayModerate)
        {
            return NotFound();
        }

        Organization = organization;
        ShowContact = User.Identity?.IsAuthenticated == true;
        Taxonomy = await catalog.GetAsync(ct);
        return Page();
    }
}
