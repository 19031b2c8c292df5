using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Domain.Initiatives;
using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.Web.Features.Organizations;

/// <summary>One line of the organization page's lists of initiatives and gaps.</summary>
public sealed record OrganizationWorkItem<TStatus>(int Id, string Title, string[] Countries, TStatus Status, bool Leads);

/// <summary>
/// What the "Initiatives" and "Gaps" sections of an organization's page show; <see cref="Invitations"/> are the
/// initiatives that invite the organization and wait for its answer, for its delegates alone.
/// </summary>
public sealed record OrganizationWork(
    int OrganizationId,
    bool MayEdit,
    IReadOnlyList<OrganizationWorkItem<InitiativeStatus>> Initiatives,
    IReadOnlyList<OrganizationWorkItem<GapStatus>> Gaps,
    TaxonomySnapshot Taxonomy,
    IReadOnlyList<OrganizationWorkItem<InitiativeStatus>> Invitations);

/// <summary>
/// The organization page's sections on its initiatives (as lead, or as participant once its own delegates
/// accepted the invitation: issue 13) and its gaps, with the buttons that add them for its delegates, who
/// also see the invitations waiting for their answer. The page has already decided who may see the
/// organization; initiatives it only takes part in are listed when their lead is verified.
/// </summary>
public sealed class OrganizationWorkViewComponent(PortalDbContext db, TaxonomyCatalog catalog) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int organizationId, bool mayEdit)
    {
        var ct = HttpContext.RequestAborted;
        var initiatives = await db.Initiatives.AsNoTracking()
            .Where(i => i.LeadOrganizationId == organizationId
                        || (i.Participants.Any(p => p.OrganizationId == organizationId && p.State == ParticipationState.Accepted)
                            && db.Organizations.Any(o => o.Id == i.LeadOrganizationId && o.Status == VerificationStatus.Verified)))
            .OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id)
            .Select(i => new OrganizationWorkItem<InitiativeStatus>(i.Id, i.Title, i.Countries, i.Status, i.LeadOrganizationId == organizationId))
            .ToListAsync(ct);
        var gaps = await db.Gaps.AsNoTracking()
            .Where(g => g.RaisedByOrganizationId == organizationId)
            .OrderByDescending(g => g.CreatedAt).ThenByDescending(g => g.Id)
            .Select(g => new OrganizationWorkItem<GapStatus>(g.Id, g.Title, g.Countries, g.Status, true))
            .ToListAsync(ct);

        // Only the organization's own delegates answer its invitations (administrators, who may edit any organization, do not).
        var viewer = HttpContext.User.AsViewer();
        var invitations = mayEdit && await Visibility.MemberOf(db, viewer).AnyAsync(id => id == organizationId, ct)
            ? await db.Initiatives.AsNoTracking()
                .Where(i => i.Participants.Any(p => p.OrganizationId == organizationId && p.State == ParticipationState.Invited))
                .OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id)
                .Select(i => new OrganizationWorkItem<InitiativeStatus>(i.Id, i.Title, i.Countries, i.Status, false))
                .ToListAsync(ct)
            : [];
        return View(
            "~/Features/Organizations/_OrganizationWork.cshtml",
            new OrganizationWork(organizationId, mayEdit, initiatives, gaps, await catalog.GetAsync(ct), invitations));
    }
}
