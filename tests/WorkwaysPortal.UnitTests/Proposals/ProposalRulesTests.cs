using WorkwaysPortal.Domain;
using WorkwaysPortal.Domain.Proposals;
using static WorkwaysPortal.UnitTests.Proposals.ProposalBuilder;

namespace WorkwaysPortal.UnitTests.Proposals;

public sealed class ProposalRulesTests
{
    private static string[] Fields(IReadOnlyList<Domain.Organizations.FieldError> errors) => [.. errors.Select(e => $"{e.Field}: {e.Message}")];

    [Fact]
    public void A_complete_proposal_has_no_errors()
    {
        Assert.Empty(ProposalRules.Check(Proposer, Details(), forSubmission: true));
    }

    [Fact]
    public void Errors_name_the_field_in_api_terms()
    {
        var details = new ProposalDetails(
            "", new string('r', PartnershipProposal.TextMaxLength + 1), new string('p', PartnershipProposal.TextMaxLength + 1),
            [new(2, null), new(Proposer, null), new(0, new string('c', PartnershipProposal.TextMaxLength + 1))], null, null);

        var errors = ProposalRules.Check(Proposer, details, forSubmission: false);

        Assert.Equal(
            [
                $"title: {UserMessages.TitleRequired}",
                $"rationale: {UserMessages.TextTooLong}",
                $"proposerContribution: {UserMessages.TextTooLong}",
                $"partners[1].organizationId: {UserMessages.ProposalPartnerIsProposer}",
                $"partners[2].organizationId: {UserMessages.UnknownPartner}",
                $"partners[2].contribution: {UserMessages.TextTooLong}",
            ],
            Fields(errors));
    }

    [Fact]
    public void Submitting_requires_a_rationale_but_a_draft_does_not()
    {
        var details = Details() with { Rationale = " " };

        Assert.Empty(ProposalRules.Check(Proposer, details, forSubmission: false));
        Assert.Equal([$"rationale: {UserMessages.ProposalRationaleRequired}"], Fields(ProposalRules.Check(Proposer, details, forSubmission: true)));
    }

    [Fact]
    public void No_partner_and_too_many_partners_are_errors_of_the_partner_list()
    {
        var tooMany = Enumerable.Range(2, PartnershipProposal.MaxPartners + 1).Select(id => new ProposalPartner(id, null)).ToArray();

        Assert.Equal([$"partners: {UserMessages.ProposalNeedsPartner}"], Fields(ProposalRules.Check(Proposer, Details() with { Partners = [] }, false)));
        Assert.Equal([$"partners: {UserMessages.TooManyPartners}"], Fields(ProposalRules.Check(Proposer, Details(tooMany), false)));
    }
}
