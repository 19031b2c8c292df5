using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Proposals;

namespace WorkwaysPortal.UnitTests.Auditing;

public sealed class AuditActionsTests
{
    [Theory]
    [InlineData(ProposalAction.Submit, "proposal.submitted")]
    [InlineData(ProposalAction.Withdraw, "proposal.withdrawn")]
    [InlineData(ProposalAction.Approve, "proposal.approved")]
    [InlineData(ProposalAction.Reject, "proposal.rejected")]
    [InlineData(ProposalAction.RequestChanges, "proposal.changes-requested")]
    [InlineData(ProposalAction.Resubmit, "proposal.resubmitted")]
    public void Each_proposal_action_is_audited_under_its_past_tense_name(ProposalAction action, string expected) =>
        Assert.Equal(expected, AuditActions.For(action));

    [Fact]
    public void Every_proposal_action_has_its_own_audit_action_distinct_from_creation()
    {
        var names = Enum.GetValues<ProposalAction>().Select(AuditActions.For).Append(AuditActions.ProposalDrafted).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("proposal.drafted", AuditActions.ProposalDrafted);
    }

    [Fact]
    public void An_unknown_proposal_action_has_no_audit_action() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => AuditActions.For((ProposalAction)99));
}
