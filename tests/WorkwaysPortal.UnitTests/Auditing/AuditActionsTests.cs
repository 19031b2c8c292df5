using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Proposals;

namespace WorkwaysPortal.UnitTests.Auditing;

public sealed class AuditActionsTests
{
    [Theory]
    [InlineData(ProposalAction.Submit, "proposal.submit")]
    [InlineData(ProposalAction.Withdraw, "proposal.withdraw")]
    [InlineData(ProposalAction.Approve, "proposal.approve")]
    [InlineData(ProposalAction.Reject, "proposal.reject")]
    [InlineData(ProposalAction.RequestChanges, "proposal.request-changes")]
    [InlineData(ProposalAction.Resubmit, "proposal.resubmit")]
    public void Each_proposal_action_is_audited_under_its_lower_kebab_case_name(ProposalAction action, string expected) =>
        Assert.Equal(expected, AuditActions.For(action));

    [Fact]
    public void Every_proposal_action_has_its_own_audit_action_distinct_from_creation()
    {
        var names = Enum.GetValues<ProposalAction>().Select(AuditActions.For).Append(AuditActions.ProposalCreated).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("proposal.created", AuditActions.ProposalCreated);
    }

    [Fact]
    public void An_unknown_proposal_action_has_no_audit_action() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => AuditActions.For((ProposalAction)99));
}
