using System.Reflection;
using WorkwaysPortal.Domain;
using WorkwaysPortal.Domain.Proposals;
using static WorkwaysPortal.UnitTests.Proposals.ProposalBuilder;

namespace WorkwaysPortal.UnitTests.Proposals;

/// <summary>Each partner organization accepts or declines before a moderator may approve (issue 13).</summary>
public sealed class PartnerConsentTests
{
    [Fact]
    public void A_submitted_proposal_waits_for_its_partners_whose_answers_are_pending()
    {
        var proposal = DraftWithTwoPartners();

        var transition = proposal.Apply(ProposalAction.Submit, Author, "Ana", null, Now.AddHours(1));

        Assert.Equal(ProposalState.AwaitingPartners, transition.To);
        Assert.All(proposal.Targets, t => Assert.Equal(PartnerAnswer.Pending, t.Answer));
        Assert.False(proposal.EveryPartnerAccepted);
    }

    [Fact]
    public void The_last_acceptance_sends_the_proposal_to_moderation()
    {
        var proposal = InState(ProposalState.AwaitingPartners);

        var first = proposal.Apply(ProposalAction.Accept, PartnerDelegate, "Pablo", null, Now.AddHours(2), Partner);
        var last = proposal.Apply(ProposalAction.Accept, PartnerDelegate, "Olga", null, Now.AddHours(3), OtherPartner);

        Assert.Equal(ProposalState.AwaitingPartners, first.To);
        Assert.Equal(ProposalState.Submitted, last.To);
        Assert.True(proposal.EveryPartnerAccepted);
    }

    [Fact]
    public void An_answer_records_who_answered_when_and_the_trimmed_message()
    {
        var proposal = InState(ProposalState.AwaitingPartners);

        var transition = proposal.Apply(ProposalAction.Decline, PartnerDelegate, "Pablo Partner", "  Not this year.  ", Now.AddDays(1), Partner);

        var target = proposal.Targets.Single(t => t.OrganizationId == Partner);
        Assert.Equal(
            (PartnerAnswer.Declined, Now.AddDays(1), PartnerDelegate, "Pablo Partner", "Not this year."),
            (target.Answer, target.AnsweredAt, target.AnsweredBy, target.AnsweredByName, target.AnswerMessage));
        Assert.Equal("Not this year.", transition.Reason);
        Assert.Equal(Partner, transition.PartnerOrganizationId);
        Assert.Equal(ProposalState.AwaitingPartners, proposal.State);
        Assert.Equal(PartnerAnswer.Declined, proposal.AnswerOf(Partner));
        Assert.Null(proposal.AnswerOf(99));
    }

    [Fact]
    public void The_message_is_optional()
    {
        var proposal = InState(ProposalState.AwaitingPartners);

        proposal.Apply(ProposalAction.Accept, PartnerDelegate, "Pablo", "   ", Now.AddDays(1), Partner);

        Assert.Null(proposal.Targets.Single(t => t.OrganizationId == Partner).AnswerMessage);
    }

    [Theory]
    [InlineData(ProposalAction.Accept)]
    [InlineData(ProposalAction.Decline)]
    public void An_organization_answers_once(ProposalAction second)
    {
        var proposal = InState(ProposalState.AwaitingPartners);
        proposal.Apply(ProposalAction.Accept, PartnerDelegate, "Pablo", null, Now.AddDays(1), Partner);
        var before = Snapshot(proposal);

        var refusal = Assert.Throws<DomainRuleException>(() => proposal.Apply(second, PartnerDelegate, "Pablo", null, Now.AddDays(2), Partner));

        Assert.Equal(UserMessages.ProposalAlreadyAnswered, refusal.Message);
        Assert.Equal(before, Snapshot(proposal));
    }

    [Theory]
    [InlineData(ProposalAction.Accept, null)]
    [InlineData(ProposalAction.Accept, Proposer)]
    [InlineData(ProposalAction.Decline, 99)]
    [InlineData(ProposalAction.DropPartner, 99)]
    [InlineData(ProposalAction.DropPartner, null)]
    public void Only_a_partner_of_the_proposal_answers_or_is_dropped(ProposalAction action, int? organization)
    {
        var proposal = InState(ProposalState.AwaitingPartners);
        var before = Snapshot(proposal);

        var refusal = Assert.Throws<DomainRuleException>(() => proposal.Apply(action, PartnerDelegate, "Pablo", null, Now.AddDays(1), organization));

        Assert.Equal(UserMessages.ProposalNotAPartner, refusal.Message);
        Assert.Equal(before, Snapshot(proposal));
    }

    [Fact]
    public void A_message_longer_than_the_limit_or_with_control_characters_is_refused()
    {
        var proposal = InState(ProposalState.AwaitingPartners);
        var before = Snapshot(proposal);

        var tooLong = Assert.Throws<DomainRuleException>(() => proposal.Apply(
            ProposalAction.Accept, PartnerDelegate, "Pablo", new string('m', PartnershipProposal.AnswerMessageMaxLength + 1), Now.AddDays(1), Partner));
        var control = Assert.Throws<DomainRuleException>(() => proposal.Apply(
            ProposalAction.Decline, PartnerDelegate, "Pablo", "No\0thanks", Now.AddDays(1), Partner));

        Assert.Equal(UserMessages.TextTooLong, tooLong.Message);
        Assert.Equal([PartnershipProposal.AnswerMessageMaxLength], tooLong.Arguments);
        Assert.Equal(UserMessages.TextNotPlain, control.Message);
        Assert.Equal(before, Snapshot(proposal));
    }

    [Fact]
    public void Dropping_the_declined_partner_when_the_others_accepted_sends_the_proposal_to_moderation()
    {
        var proposal = InState(ProposalState.AwaitingPartners);
        proposal.Apply(ProposalAction.Decline, PartnerDelegate, "Pablo", "No.", Now.AddDays(1), Partner);
        proposal.Apply(ProposalAction.Accept, PartnerDelegate, "Olga", null, Now.AddDays(1), OtherPartner);

        var transition = proposal.Apply(ProposalAction.DropPartner, Author, "Ana", null, Now.AddDays(2), Partner);

        Assert.Equal(ProposalState.Submitted, transition.To);
        Assert.Equal([OtherPartner], proposal.TargetOrganizationIds);
        Assert.Equal(Partner, transition.PartnerOrganizationId);
    }

    [Fact]
    public void The_last_partner_cannot_be_dropped()
    {
        var proposal = PartnershipProposal.Draft(Proposer, Details(), Author, Now);
        proposal.Apply(ProposalAction.Submit, Author, "Ana", null, Now.AddHours(1));
        proposal.Apply(ProposalAction.Decline, PartnerDelegate, "Pablo", null, Now.AddHours(2), Partner);
        var before = Snapshot(proposal);

        var refusal = Assert.Throws<DomainRuleException>(() => proposal.Apply(ProposalAction.DropPartner, Author, "Ana", null, Now.AddHours(3), Partner));

        Assert.Equal(UserMessages.ProposalKeepsOnePartner, refusal.Message);
        Assert.Equal(before, Snapshot(proposal));
        Assert.Equal(ProposalState.Withdrawn, proposal.Apply(ProposalAction.Withdraw, Author, "Ana", null, Now.AddHours(3)).To);
    }

    [Fact]
    public void A_declined_proposal_does_not_reach_moderation()
    {
        var proposal = InState(ProposalState.AwaitingPartners);

        proposal.Apply(ProposalAction.Accept, PartnerDelegate, "Pablo", null, Now.AddDays(1), Partner);
        proposal.Apply(ProposalAction.Decline, PartnerDelegate, "Olga", null, Now.AddDays(1), OtherPartner);

        Assert.Equal(ProposalState.AwaitingPartners, proposal.State);
    }

    [Fact]
    public void Approving_is_refused_by_the_domain_while_a_partner_has_not_accepted()
    {
        // A proposal written before partners consented: submitted, its partner's answer pending.
        var proposal = PartnershipProposal.Draft(Proposer, Details(), Author, Now);
        typeof(PartnershipProposal).GetProperty(nameof(PartnershipProposal.State))!.SetValue(proposal, ProposalState.Submitted);
        var before = Snapshot(proposal);

        var refusal = Assert.Throws<DomainRuleException>(() => proposal.Apply(ProposalAction.Approve, Moderator, "Marta", null, Now.AddDays(1)));

        Assert.Equal(UserMessages.ProposalPartnersMustAccept, refusal.Message);
        Assert.Equal(UserMessages.ProposalPartnersMustAccept, proposal.RefusalOf(ProposalAction.Approve)!.Message);
        Assert.Equal(before, Snapshot(proposal));
        Assert.Null(proposal.RefusalOf(ProposalAction.Reject));
    }

    [Theory]
    [InlineData(ProposalAction.Accept, PartnerAnswer.Accepted)]
    [InlineData(ProposalAction.Decline, PartnerAnswer.Declined)]
    public void A_partner_of_a_partnership_approved_before_partners_consented_still_answers(ProposalAction action, PartnerAnswer answer)
    {
        var proposal = PartnershipProposal.Draft(Proposer, Details(), Author, Now);
        typeof(PartnershipProposal).GetProperty(nameof(PartnershipProposal.State))!.SetValue(proposal, ProposalState.Approved);

        var transition = proposal.Apply(action, PartnerDelegate, "Pablo", null, Now.AddDays(1), Partner);

        Assert.Equal(ProposalState.Approved, transition.To);
        Assert.Equal(answer, proposal.AnswerOf(Partner));
        Assert.Null(proposal.DecidedBy);
    }

    [Fact]
    public void A_partner_answering_when_the_proposal_is_not_waiting_for_answers_is_told_so()
    {
        var proposal = InState(ProposalState.Draft);

        var refusal = Assert.Throws<DomainRuleException>(() => proposal.Apply(ProposalAction.Accept, PartnerDelegate, "Pablo", null, Now.AddDays(1), Partner));

        Assert.Equal(UserMessages.ProposalNotAwaitingAnswers, refusal.Message);
    }

    [Fact]
    public void Resubmitting_with_a_new_partner_waits_for_its_answer_and_keeps_the_others()
    {
        var proposal = InState(ProposalState.ChangesRequested);
        proposal.Edit(
            Details(new(Partner, "Job placement in Canada."), new(OtherPartner, "Funding."), new(4, "Venues.")),
            Now.AddDays(4));

        var transition = proposal.Apply(ProposalAction.Resubmit, Author, "Ana", null, Now.AddDays(5));

        Assert.Equal(ProposalState.AwaitingPartners, transition.To);
        Assert.Equal(PartnerAnswer.Accepted, proposal.AnswerOf(Partner));
        Assert.Equal(PartnerAnswer.Pending, proposal.AnswerOf(4));
    }

    [Fact]
    public void Asking_a_partner_to_bring_something_else_asks_for_its_answer_again()
    {
        var proposal = InState(ProposalState.ChangesRequested);

        proposal.Edit(Details(new(Partner, "Job placement in Mexico."), new(OtherPartner, "Funding.")), Now.AddDays(4));

        Assert.Equal(PartnerAnswer.Pending, proposal.AnswerOf(Partner));
        Assert.Null(proposal.Targets.Single(t => t.OrganizationId == Partner).AnsweredBy);
        Assert.Equal(PartnerAnswer.Accepted, proposal.AnswerOf(OtherPartner));
        Assert.Equal(ProposalState.AwaitingPartners, proposal.Apply(ProposalAction.Resubmit, Author, "Ana", null, Now.AddDays(5)).To);
    }

    [Fact]
    public void Resubmitting_unchanged_partners_who_all_accepted_goes_straight_to_moderation()
    {
        var proposal = InState(ProposalState.ChangesRequested);

        proposal.Edit(Details(new(Partner, "Job placement in Canada."), new(OtherPartner, "Funding.")) with { Title = "Dates added" }, Now.AddDays(4));

        Assert.Equal(ProposalState.Submitted, proposal.Apply(ProposalAction.Resubmit, Author, "Ana", null, Now.AddDays(5)).To);
    }

    [Fact]
    public void A_partner_answer_sets_no_decision_field()
    {
        var proposal = InState(ProposalState.AwaitingPartners);

        proposal.Apply(ProposalAction.Decline, PartnerDelegate, "Pablo", "No.", Now.AddDays(1), Partner);

        Assert.Null(proposal.DecidedBy);
        Assert.Null(proposal.DecisionReason);
    }

    [Fact]
    public void Answers_cannot_be_set_from_outside_the_domain()
    {
        Assert.All(
            new[] { nameof(ProposalTarget.Answer), nameof(ProposalTarget.AnsweredAt), nameof(ProposalTarget.AnsweredBy), nameof(ProposalTarget.AnswerMessage) },
            name => Assert.False(typeof(ProposalTarget).GetProperty(name)!.SetMethod!.IsPublic));
        Assert.Null(typeof(ProposalTarget).GetMethod("Record", BindingFlags.Public | BindingFlags.Instance));
    }
}
