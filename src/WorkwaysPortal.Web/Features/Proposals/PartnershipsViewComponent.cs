using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Proposals;

namespace WorkwaysPortal.Web.Features.Proposals;

/// <summary>
/// The "Partnerships" section of an organization's page: every approved proposal it made, and every
/// approved proposal its own delegates accepted as a partner (issue 13: never one it was not asked
/// about), with the other organizations that took part; plus the ways for the viewer to propose one.
/// The proposal itself opens only for those who may see it.
/// </summary>
[ViewComponent(Name = "Partnerships")]
public sealed class PartnershipsViewComponent(PortalDbContext db) : ViewComponent
{
    public const int MaxShown = 100;

    public sealed record Partnership(int ProposalId, string Title, IReadOnlyList<ProposalParty> With, string? Gap, DateTimeOffset? ApprovedAt, bool MayOpen);

    public sealed record Section(
        int OrganizationId, string OrganizationName, IReadOnlyList<Partnership> Partnerships, bool MayPropose, IReadOnlyList<ProposalParty> ProposeFrom);

    public async Task<IViewComponentResult> InvokeAsync(int organizationId, string organizationName, bool verified, bool mayEdit)
    {
        var ct = HttpContext.RequestAborted;
        var user = HttpContext.User;
        var userId = user.TryGetId();
        var mine = userId is { } id
            ? await db.OrganizationMembers.AsNoTracking().Where(m => m.UserId == id).Select(m => m.OrganizationId).ToListAsync(ct)
            : [];
        var overseer = user.IsInRole(Roles.Moderator) || user.IsInRole(Roles.Staff) || user.IsInRole(Roles.Admin);

        var rows = await db.Proposals.AsNoTracking()
            .Where(p => p.State == ProposalState.Approved
                && (p.ProposerOrganizationId == organizationId
                    || p.Targets.Any(t => t.OrganizationId == organizationId && t.Answer == PartnerAnswer.Accepted)))
            .OrderByDescending(p => p.DecidedAt).ThenByDescending(p => p.Id)
            .Take(MaxShown)
            .Select(p => new
            {
                p.Id,
                p.Title,
                p.DecidedAt,
                p.ProposerOrganizationId,
                Partners = p.Targets.Select(t => t.OrganizationId).ToList(),
                With = db.Organizations
                    .Where(o => o.Id != organizationId && o.Status == VerificationStatus.Verified
                        && (o.Id == p.ProposerOrganizationId || p.Targets.Any(t => t.OrganizationId == o.Id && t.Answer == PartnerAnswer.Accepted)))
                    .OrderBy(o => o.Name)
                    .Select(o => new ProposalParty(o.Id, o.Name))
                    .ToList(),
                Gap = db.Gaps.Where(g => g.Id == p.GapId).Select(g => g.Title).FirstOrDefault(),
            })
            .ToListAsync(ct);

        var proposeFrom = verified && userId is not null
            ? await db.Organizations.AsNoTracking()
                .Where(o => mine.Contains(o.Id) && o.Id != organizationId && o.Status == VerificationStatus.Verified)
                .OrderBy(o => o.Name)
                .Select(o => new ProposalParty(o.Id, o.Name))
                .ToListAsync(ct)
            : [];

        return View(new Section(
            organizationId,
            organizationName,
            [.. rows.Select(r => new Partnership(r.Id, r.Title, r.With, r.Gap, r.DecidedAt, overseer || mine.Contains(r.ProposerOrganizationId) || r.Partners.Any(mine.Contains)))],
            MayPropose: verified && mayEdit,
            proposeFrom));
    }
}
