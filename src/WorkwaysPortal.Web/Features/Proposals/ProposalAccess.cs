using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Data;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Web.Infrastructure;

namespace WorkwaysPortal.Web.Features.Proposals;

/// <summary>
/// What one user is to one proposal. The proposer's delegates (whoever may edit the proposing
/// organization) always see it, drafts included; once it has been submitted, the invited
/// organizations' delegates and the moderators, staff and administrators see it too. Everyone else
/// is told it does not exist.
/// </summary>
public sealed record ProposalAccess(
    bool ActsForProposer, bool IsPartnerDelegate, bool IsOverseer, bool IsModerator, bool IsPartyDelegate)
{
    public static ProposalAccess None { get; } = new(false, false, false, false, false);

    /// <param name="everSubmitted">Whether the proposal has left the draft stage (its SubmittedAt is set).</param>
    public bool MaySee(bool everSubmitted) => ActsForProposer || everSubmitted && (IsPartnerDelegate || IsOverseer);

    /// <summary>A moderator decides, unless they are a delegate of one of the organizations involved.</summary>
    public bool MayDecide => IsModerator && !HasConflictOfInterest;

    /// <summary>A moderator who is a delegate of the proposer or of a partner must leave the decision to another.</summary>
    public bool HasConflictOfInterest => IsModerator && IsPartyDelegate;
}

/// <summary>Works out <see cref="ProposalAccess"/>: memberships from the database, roles from the user.</summary>
public sealed class ProposalAccessService(PortalDbContext db, IAuthorizationService authorization)
{
    public async Task<ProposalAccess> ForAsync(
        ClaimsPrincipal user, int proposerOrganizationId, IEnumerable<int> partnerOrganizationIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.TryGetId() is not { } userId)
        {
            return ProposalAccess.None;
        }

        var partners = partnerOrganizationIds.ToList();
        var parties = partners.Append(proposerOrganizationId).ToList();
        var memberOf = await db.OrganizationMembers.AsNoTracking()
            .Where(m => m.UserId == userId && parties.Contains(m.OrganizationId))
            .Select(m => m.OrganizationId)
            .ToListAsync(ct);
        return new ProposalAccess(
            ActsForProposer: await ActsForAsync(user, proposerOrganizationId, ct),
            IsPartnerDelegate: memberOf.Any(partners.Contains),
            IsOverseer: user.IsInRole(Roles.Moderator) || user.IsInRole(Roles.Staff) || user.IsInRole(Roles.Admin),
            IsModerator: (await authorization.AuthorizeAsync(user, Policies.Moderation)).Succeeded,
            IsPartyDelegate: memberOf.Count > 0);
    }

    /// <summary>Whether the user may act for an organization: the same rule as editing it (its delegates, administrators).</summary>
    public async Task<bool> ActsForAsync(ClaimsPrincipal user, int organizationId, CancellationToken ct)
    {
        var organization = await db.Organizations.AsNoTracking().Include(o => o.Members).FirstOrDefaultAsync(o => o.Id == organizationId, ct);
        return organization is not null
            && (await authorization.AuthorizeAsync(user, organization, OrganizationOperations.Edit)).Succeeded;
    }
}
