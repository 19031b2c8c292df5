using WorkwaysPortal.Domain;
using WorkwaysPortal.Domain.Proposals;
using static WorkwaysPortal.UnitTests.Proposals.ProposalBuilder;

namespace WorkwaysPortal.UnitTests.Proposals;

/// <summary>Every state, action and actor, against the workflow that SPEC.md and issue 13 (partner consent) describe.</summary>
public sealed class ProposalWorkflowTests
{
    private const ProposalActor P = ProposalActor.Proposer;
    private const ProposalActor M = ProposalActor.Moderator;
    private const ProposalActor Pa = ProposalActor.Partner;

    /// <summary>The workflow written out independently of the Domain's table, so a change to either shows.</summary>
    private static readonly Dictionary<(ProposalState, ProposalAction), ProposalStep> Expected = new()
    {
        [(ProposalState.Draft, ProposalAction.Submit)] = new(P, ProposalState.Submitted, ProposalState.AwaitingPartners),
        [(ProposalState.Draft, ProposalAction.Withdraw)] = new(P, ProposalState.Withdrawn),
        [(ProposalState.AwaitingPartners, ProposalAction.Accept)] = new(Pa, ProposalState.Submitted, ProposalState.AwaitingPartners),
        [(ProposalState.AwaitingPartners, ProposalAction.Decline)] = new(Pa, ProposalState.AwaitingPartners),
        [(ProposalState.AwaitingPartners, ProposalAction.DropPartner)] = new(P, ProposalState.Submitted, ProposalState.AwaitingPartners),
        [(ProposalState.AwaitingPartners, ProposalAction.Withdraw)] = new(P, ProposalState.Withdrawn),
        [(ProposalState.Submitted, ProposalAction.Withdraw)] = new(P, ProposalState.Withdrawn),
        [(ProposalState.Submitted, ProposalAction.Approve)] = new(M, ProposalState.Approved, NeedsEveryPartner: true),
        [(ProposalState.Submitted, ProposalAction.Reject)] = new(M, ProposalState.Rejected),
        [(ProposalState.Submitted, ProposalAction.RequestChanges)] = new(M, ProposalState.ChangesRequested),
        [(ProposalState.ChangesRequested, ProposalAction.Resubmit)] = new(P, ProposalState.Submitted, ProposalState.AwaitingPartners),
        [(ProposalState.ChangesRequested, ProposalAction.Withdraw)] = new(P, ProposalState.Withdrawn),
        [(ProposalState.Approved, ProposalAction.Accept)] = new(Pa, ProposalState.Approved),
        [(ProposalState.Approved, ProposalAction.Decline)] = new(Pa, ProposalState.Approved),
    };

    /// <summary>
    /// Where each allowed action leads from the builder's proposals (two partners, both pending while
    /// awaiting partners, both accepted from Submitted on; one answer is not the last). An approved
    /// proposal's partners have answered already: only one approved before partners consented is answered.
    /// </summary>
    private static readonly Dictionary<(ProposalState, ProposalAction), ProposalState> FromBuilder = new()
    {
        [(ProposalState.Draft, ProposalAction.Submit)] = ProposalState.AwaitingPartners,
        [(ProposalState.Draft, ProposalAction.Withdraw)] = ProposalState.Withdrawn,
        [(ProposalState.AwaitingPartners, ProposalAction.Accept)] = ProposalState.AwaitingPartners,
        [(ProposalState.AwaitingPartners, ProposalAction.Decline)] = ProposalState.AwaitingPartners,
        [(ProposalState.AwaitingPartners, ProposalAction.DropPartner)] = ProposalState.AwaitingPartners,
        [(ProposalState.AwaitingPartners, ProposalAction.Withdraw)] = ProposalState.Withdrawn,
        [(ProposalState.Submitted, ProposalAction.Withdraw)] = ProposalState.Withdrawn,
        [(ProposalState.Submitted, ProposalAction.Approve)] = ProposalState.Approved,
        [(ProposalState.Submitted, ProposalAction.Reject)] = ProposalState.Rejected,
        [(ProposalState.Submitted, ProposalAction.RequestChanges)] = ProposalState.ChangesRequested,
        [(ProposalState.ChangesRequested, ProposalAction.Resubmit)] = ProposalState.Submitted,
        [(ProposalState.ChangesRequested, ProposalAction.Withdraw)] = ProposalState.Withdrawn,
    };

    public static TheoryData<ProposalState, ProposalAction> EveryStateAndAction()
    {
        var data = new TheoryData<ProposalState, ProposalAction>();
        foreach (var state in Enum.GetValues<ProposalState>())
        {
            foreach (var action in Enum.GetValues<ProposalAction>())
            {
                data.Add(state, action);
            }
        }

        return data;
    }

    public static TheoryData<ProposalState, ProposalAction, ProposalActor> EveryStateActionAndActor()
    {
        var data = new TheoryData<ProposalState, ProposalAction, ProposalActor>();
        foreach (var state in Enum.GetValues<ProposalState>())
        {
            foreach (var action in Enum.GetValues<ProposalAction>())
            {
                foreach (var actor in Enum.GetValues<ProposalActor>())
                {
                    data.Add(state, action, actor);
                }
            }
        }

        return data;
    }

    [Fact]
    public void There_are_seven_states_nine_actions_and_three_actors()
    {
        Assert.Equal(7, Enum.GetValues<ProposalState>().Length);
        Assert.Equal(9, Enum.GetValues<ProposalAction>().Length);
        Assert.Equal(3, Enum.GetValues<ProposalActor>().Length);
        Assert.Equal(63, EveryStateAndAction().Count);
        Assert.Equal(189, EveryStateActionAndActor().Count);
    }

    [Fact]
    public void The_domain_table_is_exactly_the_documented_workflow()
    {
        Assert.Equal(
            Expected.OrderBy(e => e.Key.Item1).ThenBy(e => e.Key.Item2),
            ProposalWorkflow.Transitions.Select(t => KeyValuePair.Create((t.Key.From, t.Key.Action), t.Value)).OrderBy(e => e.Key.From).ThenBy(e => e.Key.Action));
    }

    [Fact]
    public void Every_row_names_the_actor_of_its_action()
    {
        Assert.All(ProposalWorkflow.Transitions, t => Assert.Equal(ProposalWorkflow.ActorOf(t.Key.Action), t.Value.Actor));
    }

    [Theory]
    [MemberData(nameof(EveryStateActionAndActor))]
    public void Only_the_actor_of_a_row_may_take_its_action(ProposalState state, ProposalAction action, ProposalActor actor)
    {
        var allowed = Expected.TryGetValue((state, action), out var step) && step.Actor == actor;

        Assert.Equal(allowed, ProposalWorkflow.Allows(state, action, actor));
    }

    [Theory]
    [MemberData(nameof(EveryStateAndAction))]
    public void An_allowed_action_moves_to_the_state_of_the_table_and_any_other_is_refused_without_change(ProposalState state, ProposalAction action)
    {
        var proposal = InState(state);
        var before = Snapshot(proposal);
        var (actorId, partner) = ActorOf(action);
        var later = Now.AddDays(3);

        if (FromBuilder.TryGetValue((state, action), out var to))
        {
            var transition = proposal.Apply(action, actorId, "Someone", "A reason.", later, partner);

            Assert.Equal(to, proposal.State);
            Assert.Equal(new ProposalTransition(action, state, to, "A reason.", partner), transition);
            Assert.Equal(later, proposal.UpdatedAt);
            Assert.Equal(Expected[(state, action)].To, ProposalWorkflow.Next(state, action));
        }
        else
        {
            var refusal = Assert.Throws<DomainRuleException>(() => proposal.Apply(action, actorId, "Someone", "A reason.", later, partner));

            Assert.Equal(before, Snapshot(proposal));
            Assert.Equal(proposal.RefusalOf(action, partner)!.Message, refusal.Message);
            if (Expected.ContainsKey((state, action)))
            {
                Assert.Equal(UserMessages.ProposalAlreadyAnswered, refusal.Message);
            }
            else
            {
                Assert.Null(ProposalWorkflow.Next(state, action));
                Assert.DoesNotContain(action, ProposalWorkflow.ActionsFrom(state));
            }
        }
    }

    [Theory]
    [MemberData(nameof(EveryStateAndAction))]
    public void RefusalOf_is_null_exactly_for_the_allowed_actions(ProposalState state, ProposalAction action)
    {
        var proposal = InState(state);

        Assert.Equal(FromBuilder.ContainsKey((state, action)), proposal.RefusalOf(action, ActorOf(action).Partner) is null);
    }

    /// <summary>Who takes an action in these tests, and the partner it names (the first partner).</summary>
    private static (Guid Id, int? Partner) ActorOf(ProposalAction action) => ProposalWorkflow.ActorOf(action) switch
    {
        ProposalActor.Moderator => (Moderator, null),
        ProposalActor.Partner => (PartnerDelegate, Partner),
        _ => (Author, ProposalWorkflow.NamesPartner(action) ? Partner : null),
    };

    [Fact]
    public void Submitting_and_resubmitting_stamp_the_submission_time()
    {
        var proposal = Draft();

        proposal.Apply(ProposalAction.Submit, Author, "Ana", null, Now.AddHours(1));
        proposal.Apply(ProposalAction.Accept, PartnerDelegate, "Pablo", null, Now.AddHours(1), Partner);
        proposal.Apply(ProposalAction.RequestChanges, Moderator, "Marta", "Add dates.", Now.AddHours(2));
        proposal.Apply(ProposalAction.Resubmit, Author, "Ana", null, Now.AddHours(3));

        Assert.Equal(Now.AddHours(3), proposal.SubmittedAt);
        Assert.Equal(ProposalState.Submitted, proposal.State);
    }

    [Theory]
    [InlineData(ProposalAction.Reject)]
    [InlineData(ProposalAction.RequestChanges)]
    public void Rejecting_and_requesting_changes_require_a_reason(ProposalAction action)
    {
        foreach (var blank in new[] { null, "", "   ", "\n\t" })
        {
            var proposal = InState(ProposalState.Submitted);
            var before = Snapshot(proposal);

            var refusal = Assert.Throws<DomainRuleException>(() => proposal.Apply(action, Moderator, "Marta", blank, Now.AddDays(1)));

            Assert.Equal(UserMessages.ProposalReasonRequired, refusal.Message);
            Assert.Equal(before, Snapshot(proposal));
        }
    }

    [Fact]
    public void Only_rejecting_and_requesting_changes_require_a_reason()
    {
        Assert.Equal(
            [ProposalAction.Reject, ProposalAction.RequestChanges],
            Enum.GetValues<ProposalAction>().Where(ProposalWorkflow.RequiresReason));
    }

    [Fact]
    public void Approving_needs_no_reason()
    {
        var proposal = InState(ProposalState.Submitted);

        proposal.Apply(ProposalAction.Approve, Moderator, "Marta", "  ", Now.AddDays(1));

        Assert.Equal(ProposalState.Approved, proposal.State);
        Assert.Null(proposal.DecisionReason);
    }

    [Fact]
    public void A_reason_longer_than_the_limit_is_refused_and_changes_nothing()
    {
        var proposal = InState(ProposalState.Submitted);
        var before = Snapshot(proposal);

        var refusal = Assert.Throws<DomainRuleException>(() =>
            proposal.Apply(ProposalAction.Reject, Moderator, "Marta", new string('x', PartnershipProposal.ReasonMaxLength + 1), Now.AddDays(1)));

        Assert.Equal(UserMessages.ProposalReasonTooLong, refusal.Message);
        Assert.Equal(before, Snapshot(proposal));
    }

    [Fact]
    public void The_reason_is_trimmed_and_kept_in_the_transition()
    {
        var proposal = InState(ProposalState.Submitted);

        var transition = proposal.Apply(ProposalAction.RequestChanges, Moderator, "Marta", "  Add the dates.  ", Now.AddDays(1));

        Assert.Equal("Add the dates.", transition.Reason);
        Assert.Equal("Add the dates.", proposal.DecisionReason);
    }

    [Theory]
    [InlineData(ProposalAction.Approve, ProposalState.Approved)]
    [InlineData(ProposalAction.Reject, ProposalState.Rejected)]
    [InlineData(ProposalAction.RequestChanges, ProposalState.ChangesRequested)]
    public void A_moderator_action_records_who_decided_when_and_why(ProposalAction action, ProposalState to)
    {
        var proposal = InState(ProposalState.Submitted);
        var at = Now.AddDays(2);

        proposal.Apply(action, Moderator, "Marta Moderator", "Clear case.", at);

        Assert.Equal(to, proposal.State);
        Assert.Equal(Moderator, proposal.DecidedBy);
        Assert.Equal("Marta Moderator", proposal.DecidedByName);
        Assert.Equal(at, proposal.DecidedAt);
        Assert.Equal("Clear case.", proposal.DecisionReason);
    }

    [Theory]
    [InlineData(ProposalState.Draft, ProposalAction.Submit)]
    [InlineData(ProposalState.Draft, ProposalAction.Withdraw)]
    [InlineData(ProposalState.Submitted, ProposalAction.Withdraw)]
    public void A_proposer_action_sets_no_decision_field(ProposalState state, ProposalAction action)
    {
        var proposal = InState(state);

        proposal.Apply(action, Author, "Ana Delegate", "Changed our plans.", Now.AddDays(2));

        Assert.Null(proposal.DecidedBy);
        Assert.Null(proposal.DecidedByName);
        Assert.Null(proposal.DecidedAt);
        Assert.Null(proposal.DecisionReason);
    }

    [Theory]
    [InlineData(ProposalAction.Resubmit)]
    [InlineData(ProposalAction.Withdraw)]
    public void A_proposer_action_after_a_request_for_changes_keeps_the_moderators_decision_fields(ProposalAction action)
    {
        var proposal = InState(ProposalState.ChangesRequested);
        var (by, name, at, reason) = (proposal.DecidedBy, proposal.DecidedByName, proposal.DecidedAt, proposal.DecisionReason);

        proposal.Apply(action, Author, "Ana Delegate", "Done.", Now.AddDays(2));

        Assert.Equal(Moderator, by);
        Assert.Equal((by, name, at, reason), (proposal.DecidedBy, proposal.DecidedByName, proposal.DecidedAt, proposal.DecisionReason));
    }

    [Fact]
    public void Only_approving_rejecting_and_requesting_changes_are_moderator_actions()
    {
        Assert.Equal(
            [ProposalAction.Approve, ProposalAction.Reject, ProposalAction.RequestChanges],
            Enum.GetValues<ProposalAction>().Where(a => ProposalWorkflow.ActorOf(a) == ProposalActor.Moderator));
    }

    [Fact]
    public void Only_accepting_and_declining_are_partner_actions()
    {
        Assert.Equal(
            [ProposalAction.Accept, ProposalAction.Decline],
            Enum.GetValues<ProposalAction>().Where(a => ProposalWorkflow.ActorOf(a) == ProposalActor.Partner));
    }

    [Fact]
    public void A_proposal_without_a_rationale_cannot_be_submitted()
    {
        var proposal = PartnershipProposal.Draft(Proposer, Details() with { Rationale = "  " }, Author, Now);
        var before = Snapshot(proposal);

        var refusal = Assert.Throws<DomainRuleException>(() => proposal.Apply(ProposalAction.Submit, Author, "Ana", null, Now.AddHours(1)));

        Assert.Equal(UserMessages.ProposalRationaleRequired, refusal.Message);
        Assert.Equal(before, Snapshot(proposal));
    }

    [Fact]
    public void A_moderator_who_comes_too_late_learns_who_decided()
    {
        var proposal = InState(ProposalState.Approved);

        var refusal = Assert.Throws<DomainRuleException>(() => proposal.Apply(ProposalAction.Reject, Guid.NewGuid(), "Other", "No.", Now.AddDays(1)));

        Assert.Equal(UserMessages.ProposalDecidedBy, refusal.Message);
        Assert.Equal(["Marta Moderator"], refusal.Arguments);
    }

    [Fact]
    public void Acting_on_a_withdrawn_proposal_says_it_was_withdrawn()
    {
        var proposal = InState(ProposalState.Withdrawn);

        var refusal = Assert.Throws<DomainRuleException>(() => proposal.Apply(ProposalAction.Approve, Moderator, "Marta", null, Now.AddDays(1)));

        Assert.Equal(UserMessages.ProposalWithdrawn, refusal.Message);
    }

    [Fact]
    public void The_proposer_acting_on_a_decided_proposal_is_told_it_is_decided()
    {
        var proposal = InState(ProposalState.Rejected);

        var refusal = Assert.Throws<DomainRuleException>(() => proposal.Apply(ProposalAction.Withdraw, Author, "Ana", null, Now.AddDays(1)));

        Assert.Equal(UserMessages.ProposalAlreadyDecided, refusal.Message);
    }

    [Theory]
    [InlineData(ProposalState.Approved, true)]
    [InlineData(ProposalState.Rejected, true)]
    [InlineData(ProposalState.Withdrawn, true)]
    [InlineData(ProposalState.Draft, false)]
    [InlineData(ProposalState.Submitted, false)]
    [InlineData(ProposalState.ChangesRequested, false)]
    [InlineData(ProposalState.AwaitingPartners, false)]
    public void Final_states_allow_no_action(ProposalState state, bool final)
    {
        Assert.Equal(final, ProposalWorkflow.IsFinal(state));
        Assert.Equal(final, ProposalWorkflow.ActionsFrom(state).All(a => ProposalWorkflow.ActorOf(a) == ProposalActor.Partner));
    }
}
