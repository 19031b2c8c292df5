using WorkwaysPortal.Domain;
using WorkwaysPortal.Domain.Proposals;
using static WorkwaysPortal.UnitTests.Proposals.ProposalBuilder;

namespace WorkwaysPortal.UnitTests.Proposals;

public sealed class PartnershipProposalTests
{
    [Fact]
    public void A_new_proposal_is_a_draft_of_its_author_with_trimmed_text()
    {
        var proposal = PartnershipProposal.Draft(
            Proposer, new ProposalDetails("  Nurses  ", " Why. ", " We train. ", [new(2, "  Placement. ")], 7, 3), Author, Now);

        Assert.Equal(ProposalState.Draft, proposal.State);
        Assert.Equal(Proposer, proposal.ProposerOrganizationId);
        Assert.Equal(Author, proposal.CreatedBy);
        Assert.Equal(Now, proposal.CreatedAt);
        Assert.Null(proposal.SubmittedAt);
        Assert.Equal(("Nurses", "Why.", "We train."), (proposal.Title, proposal.Rationale, proposal.ProposerContribution));
        Assert.Equal("Placement.", Assert.Single(proposal.Targets).Contribution);
        Assert.Equal((7, 3), (proposal.GapId, proposal.InitiativeId));
    }

    public static TheoryData<ProposalState> EveryState() => [.. Enum.GetValues<ProposalState>()];

    [Theory]
    [MemberData(nameof(EveryState))]
    public void A_proposal_can_be_edited_only_as_a_draft_or_when_changes_were_requested(ProposalState state)
    {
        var proposal = InState(state);
        var before = Snapshot(proposal);
        var changed = Details(new ProposalPartner(3, "Funding.")) with { Title = "New title" };
        var editable = state is ProposalState.Draft or ProposalState.ChangesRequested;

        if (editable)
        {
            proposal.Edit(changed, Now.AddDays(5));

            Assert.Equal("New title", proposal.Title);
            Assert.Equal([3], proposal.TargetOrganizationIds);
            Assert.Equal(state, proposal.State);
            Assert.Equal(Now.AddDays(5), proposal.UpdatedAt);
        }
        else
        {
            var refusal = Assert.Throws<DomainRuleException>(() => proposal.Edit(changed, Now.AddDays(5)));

            Assert.Equal(UserMessages.ProposalNotEditable, refusal.Message);
            Assert.Equal(before, Snapshot(proposal));
        }

        Assert.Equal(editable, ProposalWorkflow.IsEditable(state));
    }

    [Fact]
    public void Partners_are_deduplicated_keeping_the_first_mention()
    {
        var proposal = PartnershipProposal.Draft(
            Proposer, Details(new(2, "First."), new(3, null), new(2, "Second.")), Author, Now);

        Assert.Equal([2, 3], proposal.TargetOrganizationIds);
        Assert.Equal("First.", proposal.Targets.Single(t => t.OrganizationId == 2).Contribution);
    }

    [Fact]
    public void The_proposer_is_never_its_own_partner()
    {
        var proposal = PartnershipProposal.Draft(Proposer, Details(new(Proposer, "Ourselves."), new(4, "Them.")), Author, Now);

        Assert.Equal([4], proposal.TargetOrganizationIds);
        Assert.DoesNotContain(proposal.Targets, t => t.OrganizationId == Proposer);
        Assert.True(proposal.Involves(Proposer));
        Assert.True(proposal.Involves(4));
        Assert.False(proposal.Involves(5));
    }

    [Fact]
    public void A_proposal_needs_at_least_one_partner_other_than_the_proposer()
    {
        var none = Assert.Throws<DomainRuleException>(() =>
            PartnershipProposal.Draft(Proposer, Details() with { Partners = [] }, Author, Now));
        var onlyItself = Assert.Throws<DomainRuleException>(() =>
            PartnershipProposal.Draft(Proposer, Details(new ProposalPartner(Proposer, null)), Author, Now));

        Assert.Equal(UserMessages.ProposalNeedsPartner, none.Message);
        Assert.Equal(UserMessages.ProposalNeedsPartner, onlyItself.Message);
    }

    [Fact]
    public void An_edit_that_removes_every_partner_is_refused_and_changes_nothing()
    {
        var proposal = Draft();
        var before = Snapshot(proposal);

        Assert.Throws<DomainRuleException>(() => proposal.Edit(Details() with { Partners = [], Title = "Changed" }, Now.AddDays(1)));

        Assert.Equal(before, Snapshot(proposal));
    }

    [Fact]
    public void Editing_partners_keeps_the_ones_still_named_updates_their_contribution_and_drops_the_others()
    {
        var proposal = PartnershipProposal.Draft(Proposer, Details(new(2, "A."), new(3, "B.")), Author, Now);
        var kept = proposal.Targets.Single(t => t.OrganizationId == 2);

        proposal.Edit(Details(new(2, "A, revised."), new(4, "C.")), Now.AddDays(1));

        Assert.Equal([2, 4], proposal.TargetOrganizationIds.Order());
        Assert.Same(kept, proposal.Targets.Single(t => t.OrganizationId == 2));
        Assert.Equal("A, revised.", kept.Contribution);
    }

    [Fact]
    public void A_proposal_can_invite_at_most_the_maximum_number_of_partners()
    {
        var most = Enumerable.Range(2, PartnershipProposal.MaxPartners).Select(id => new ProposalPartner(id, null)).ToArray();
        var tooMany = Enumerable.Range(2, PartnershipProposal.MaxPartners + 1).Select(id => new ProposalPartner(id, null)).ToArray();

        var proposal = PartnershipProposal.Draft(Proposer, Details(most), Author, Now);
        var refusal = Assert.Throws<DomainRuleException>(() => PartnershipProposal.Draft(Proposer, Details(tooMany), Author, Now));

        Assert.Equal(PartnershipProposal.MaxPartners, proposal.Targets.Count);
        Assert.Equal(UserMessages.TooManyPartners, refusal.Message);
        Assert.Equal([PartnershipProposal.MaxPartners], refusal.Arguments);
    }

    [Fact]
    public void Duplicates_and_the_proposer_do_not_count_towards_the_maximum()
    {
        var partners = Enumerable.Range(2, PartnershipProposal.MaxPartners).Select(id => new ProposalPartner(id, null))
            .Append(new ProposalPartner(2, null)).Append(new ProposalPartner(Proposer, null)).ToArray();

        var proposal = PartnershipProposal.Draft(Proposer, Details(partners), Author, Now);

        Assert.Equal(PartnershipProposal.MaxPartners, proposal.Targets.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_proposal_needs_a_title(string title)
    {
        var refusal = Assert.Throws<DomainRuleException>(() => PartnershipProposal.Draft(Proposer, Details() with { Title = title }, Author, Now));

        Assert.Equal(UserMessages.TitleRequired, refusal.Message);
    }

    [Fact]
    public void Over_long_text_is_refused_by_the_domain_itself()
    {
        var longTitle = Assert.Throws<DomainRuleException>(() =>
            PartnershipProposal.Draft(Proposer, Details() with { Title = new string('t', PartnershipProposal.TitleMaxLength + 1) }, Author, Now));
        var longRationale = Assert.Throws<DomainRuleException>(() =>
            PartnershipProposal.Draft(Proposer, Details() with { Rationale = new string('r', PartnershipProposal.TextMaxLength + 1) }, Author, Now));
        var longContribution = Assert.Throws<DomainRuleException>(() =>
            PartnershipProposal.Draft(Proposer, Details(new ProposalPartner(2, new string('c', PartnershipProposal.TextMaxLength + 1))), Author, Now));

        Assert.Equal(UserMessages.TitleTooLong, longTitle.Message);
        Assert.Equal([PartnershipProposal.TitleMaxLength], longTitle.Arguments);
        Assert.Equal(UserMessages.TextTooLong, longRationale.Message);
        Assert.Equal(UserMessages.TextTooLong, longContribution.Message);
    }

    [Fact]
    public void A_draft_may_be_saved_without_a_rationale()
    {
        var proposal = PartnershipProposal.Draft(Proposer, Details() with { Rationale = "" }, Author, Now);

        Assert.Equal("", proposal.Rationale);
        Assert.Equal(ProposalState.Draft, proposal.State);
    }
}
