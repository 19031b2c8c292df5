using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Domain.Initiatives;
using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.Web.Features.Organizations;

/// <summary>One line of the organization page's lists of initiatives and gaps.</summary>
public sealed record OrganizationWorkItem<TStatus>(int Id, string Title, string[] Countries, TStatus Status, bool Leads);

/// <summary>What the "Initiatives" and "Gaps" sections of an organization's page show.</summary>
public sealed record OrganizationWork(
    int OrganizationId,
    bool MayEdit,
    IReadOnlyList<OrganizationWorkItem<InitiativeStatus>> Initiatives,
    IReadOnlyList<OrganizationWorkItem<GapStatus>> Gaps,
    TaxonomySnapshot Taxonomy);

/// <summary>
/// The organization page's sections on its initiatives (as lead or participant) and its gaps, with
/// the buttons that add them for its delegates. The page has already decided who may see the
/// organization; initiatives it only takes part in are listed when their lead is verified.
/// </summary>
public sealed class OrganizationWorkViewComponent(PortalDbContext db, TaxonomyCatalog catalog) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int organizationId, bool mayEdit)
    {
        var ct = HttpContext.RequestAborted;
        int[] organization = [organizationId];
        var initiatives = await db.Initiatives.AsNoTracking()
            .Where(i => i.LeadOrganizationId == organizationId
                        || (i.ParticipantOrganizationIds.Any(p => organization.Contains(p))
                            && db.Organizations.Any(o => o.Id == i.LeadOrganizationId && o.Status == VerificationStatus.Verified)))
            .OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id)
            .Select(i => new OrganizationWorkItem<InitiativeStatus>(i.Id, i.Title, i.Countries, i.Status, i.LeadOrganizationId == organizationId))
            .ToListAsync(ct);
        var gaps = await db.Gaps.AsNoTracking()
            .Where(g => g.RaisedByOrganizationId == organizationId)
            .OrderByDescending(g => g.CreatedAt).ThenByDescending(g => g.Id)
            .Select(g => new OrganizationWorkItem<GapStatus>(g.Id, g.Title, g.Countries, g.Status, true))
            .ToListAsync(ct);
        return View(
            "~/Features/Organizations/_OrganizationWork.cshtml",
            new OrganizationWork(organizationId, mayEdit, initiatives, gaps, await catalog.GetAsync(ct)));
    }
}
