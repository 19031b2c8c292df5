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

    public const int Partner = 2;
    public const int OtherPartner = 3;
    public static readonly Guid PartnerDelegate = Guid.Parse("00000000-0000-0000-0000-0000000000c1");

    public static PartnershipProposal Draft() => PartnershipProposal.Draft(Proposer, Details(), Author, Now);

    /// <summary>A draft naming two partners, <see cref="Partner"/> and <see cref="OtherPartner"/>.</summary>
    public static PartnershipProposal DraftWithTwoPartners() =>
        PartnershipProposal.Draft(Proposer, Details(new(Partner, "Job placement in Canada."), new(OtherPartner, "Funding.")), Author, Now);

    /// <summary>A proposal naming two partners in <paramref name="state"/>; both accepted from Submitted on.</summary>
    public static PartnershipProposal InState(ProposalState state)
    {
        var proposal = DraftWithTwoPartners();
        ProposalAction[] consent = [ProposalAction.Submit, ProposalAction.Accept, ProposalAction.Accept];
        var steps = state switch
        {
            ProposalState.Draft => [],
            ProposalState.AwaitingPartners => [ProposalAction.Submit],
            ProposalState.Submitted => consent,
            ProposalState.ChangesRequested => [.. consent, ProposalAction.RequestChanges],
            ProposalState.Approved => [.. consent, ProposalAction.Approve],
            ProposalState.Rejected => [.. consent, ProposalAction.Reject],
            ProposalState.Withdrawn => new[] { ProposalAction.Submit, ProposalAction.Withdraw },
            _ => throw new ArgumentOutOfRangeException(nameof(state)),
        };
        var at = Now;
        var answers = new Queue<int>([Partner, OtherPartner]);
        foreach (var step in steps)
        {
            at = at.AddHours(1);
            var actor = ProposalWorkflow.ActorOf(step);
            var (id, name) = actor switch
            {
                ProposalActor.Moderator => (Moderator, "Marta Moderator"),
                ProposalActor.Partner => (PartnerDelegate, "Pablo Partner"),
                _ => (Author, "Ana Delegate"),
            };
            proposal.Apply(step, id, name, "Because.", at, actor == ProposalActor.Partner ? answers.Dequeue() : null);
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
                .Concat(proposal.Targets.Select(t =>
                    $"target {t.OrganizationId}={t.Contribution} {t.Answer} {t.AnsweredAt} {t.AnsweredBy} {t.AnsweredByName} {t.AnswerMessage}")));
}
