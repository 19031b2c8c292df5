using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Proposals;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Matching;

/// <summary>Proposals in a given state and rejected organizations, for the exclusion rules of the matching.</summary>
internal static class MatchTestData
{
    /// <summary>A proposal from <paramref name="proposerId"/> to <paramref name="targetIds"/>, taken through the workflow (every partner accepts when it is submitted).</summary>
    public static Task<PartnershipProposal> ProposalAsync(this TestData data, int proposerId, int[] targetIds, params ProposalAction[] actions) =>
        data.QueryAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            var proposal = PartnershipProposal.Draft(
                proposerId,
                new ProposalDetails("Alliance", "Why", "What we bring", [.. targetIds.Select(t => new ProposalPartner(t, null))], null, null),
                Guid.NewGuid(),
                now);
            foreach (var action in actions)
            {
                proposal.Apply(action, Guid.NewGuid(), "Moderator", "Because.", now);
                if (action == ProposalAction.Submit)
                {
                    // Every partner accepts at once: the proposal goes on to moderation.
                    foreach (var target in targetIds.Distinct())
                    {
                        proposal.Apply(ProposalAction.Accept, Guid.NewGuid(), "Partner", null, now, target);
                    }
                }
            }

            db.Proposals.Add(proposal);
            await db.SaveChangesAsync();
            return proposal;
        });

    public static Task<PartnershipProposal> ApprovedProposalAsync(this TestData data, int proposerId, params int[] targetIds) =>
        data.ProposalAsync(proposerId, targetIds, ProposalAction.Submit, ProposalAction.Approve);

    public static async Task<Organization> RejectedAsync(this TestData data, OrganizationProfile profile)
    {
        var owner = await data.UserAsync($"owner-{Guid.NewGuid():N}@example.org");
        var organization = await data.PendingAsync(profile, owner.Id);
        return await data.QueryAsync(async db =>
        {
            var tracked = (await db.Organizations.FindAsync(organization.Id))!;
            tracked.Reject(Guid.NewGuid(), "Not an organization.", DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
            return tracked;
        });
    }
}
