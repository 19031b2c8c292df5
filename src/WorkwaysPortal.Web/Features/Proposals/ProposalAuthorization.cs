using System.Security.Claims;

namespace WorkwaysPortal.Web.Features.Proposals;

/// <summary>
/// What one user may do with one proposal they can see. Who sees a proposal is
/// <see cref="Visibility.Proposals"/> (the pages and the API load proposals through it, anyone else is
/// told it does not exist); this says who acts in it.
/// </summary>
/// <param name="ActsForProposer">Acts for the proposing organization (its delegates, administrators): edits, submits, withdraws.</param>
/// <param name="IsPartnerDelegate">Is a delegate of one of the invited organizations.</param>
/// <param name="IsModerator">Moderates (moderators, administrators).</param>
/// <param name="IsPartyDelegate">Is a delegate of any organization involved, proposer or partner.</param>
public sealed record ProposalAccess(bool ActsForProposer, bool IsPartnerDelegate, bool IsModerator, bool IsPartyDelegate)
{
    public static ProposalAccess None { get; } = new(false, false, false, false);

    /// <summary>The partner organizations of the proposal the user answers for (is a delegate of).</summary>
    public IReadOnlyList<int> AnswersFor { get; init; } = [];

    /// <summary>A moderator decides, unless they are a delegate of one of the organizations involved.</summary>
    public bool MayDecide => IsModerator && !HasConflictOfInterest;

    /// <summary>A moderator who is a delegate of the proposer or of a partner must leave the decision to another.</summary>
    public bool HasConflictOfInterest => IsModerator && IsPartyDelegate;
}

/// <summary>Works out <see cref="ProposalAccess"/>: memberships from the database, roles from the user.</summary>
public sealed class ProposalAuthorization(PortalDbContext db)
{
    public async Task<ProposalAccess> ForAsync(
        ClaimsPrincipal user, int proposerOrganizationId, IEnumerable<int> partnerOrganizationIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var viewer = user.AsViewer();
        if (viewer.UserId is null)
        {
            return ProposalAccess.None;
        }

        var partners = partnerOrganizationIds.ToList();
        var parties = partners.Append(proposerOrganizationId).ToList();
        var memberOf = await Visibility.MemberOf(db, viewer).Where(id => parties.Contains(id)).ToListAsync(ct);
        return new ProposalAccess(
            ActsForProposer: await Visibility.ActsForAsync(db, viewer, proposerOrganizationId, ct),
            IsPartnerDelegate: memberOf.Any(partners.Contains),
            IsModerator: viewer.IsModerator || viewer.IsAdmin,
            IsPartyDelegate: memberOf.Count > 0)
        {
            AnswersFor = [.. partners.Where(memberOf.Contains).Distinct()],
        };
    }
}
