using WorkwaysPortal.Domain.Proposals;

namespace WorkwaysPortal.UnitTests.Proposals;

/// <summary>Proposals in any state of the workflow, reached through the workflow itself.</summary>
internal static class ProposalBuilder
{
    public const int Proposer = 1;
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    public static readonly Guid Author = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    public static readonly Guid Moderator = Guid.Parse("00000000-0000-0000-0000-0000000000b1");

    public static ProposalDetails Details(params ProposalPartner[] partners) => new(
        "Training for migrant nurses", "They place refugee nurses; we train them.", "Vocational training in Spanish.",
        partners.Length == 0 ? [new ProposalPartner(2, "Job placement in Canada.")] : partners,
        GapId: 7, InitiativeId: null);

    public static PartnershipProposal Draft() => PartnershipProposal.Draft(Proposer, Details(), Author, Now);

    public static PartnershipProposal InState(ProposalState state)
    {
        var proposal = Draft();
        var steps = state switch
        {
            ProposalState.Draft => [],
            ProposalState.Submitted => [ProposalAction.Submit],
            ProposalState.ChangesRequested => [ProposalAction.Submit, ProposalAction.RequestChanges],
            ProposalState.Approved => [ProposalAction.Submit, ProposalAction.Approve],
            ProposalState.Rejected => [ProposalAction.Submit, ProposalAction.Reject],
            ProposalState.Withdrawn => new[] { ProposalAction.Submit, ProposalAction.Withdraw },
            _ => throw new ArgumentOutOfRangeException(nameof(state)),
        };
        var at = Now;
        foreach (var step in steps)
        {
            at = at.AddHours(1);
            var moderator = ProposalWorkflow.ActorOf(step) == ProposalActor.Moderator;
            proposal.Apply(step, moderator ? Moderator : Author, moderator ? "Marta Moderator" : "Ana Delegate", "Because.", at);
        }

        Assert.Equal(state, proposal.State);
        return proposal;
    }

    /// <summary>Every public property of the proposal, to show that a refusal changed nothing.</summary>
    public static string Snapshot(PartnershipProposal proposal) =>
        string.Join(
            "|",
            typeof(PartnershipProposal).GetProperties()
                .Where(p => p.Name is not nameof(PartnershipProposal.Targets) and not nameof(PartnershipProposal.TargetOrganizationIds))
                .Select(p => $"{p.Name}={p.GetValue(proposal)}")
                .Concat(proposal.Targets.Select(t => $"target {t.OrganizationId}={t.Contribution}")));
}
