using WorkwaysPortal.Domain;
using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.UnitTests.Organizations;

/// <summary>
/// An organization's team: who joins, who is removed or leaves, and the rule that an organization always
/// keeps at least one delegate. Every action is tried on teams of every size from none to three, with a
/// delegate and with someone who is not one.
/// </summary>
public sealed class OrganizationTeamTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Outsider = Guid.NewGuid();

    private enum Action
    {
        Admit,
        AssignDelegate,
        Remove,
    }

    /// <summary>An organization with <paramref name="size"/> delegates, and their ids.</summary>
    private static (Organization Organization, List<Guid> Delegates) Team(int size)
    {
        var organization = Organization.Imported(
            new OrganizationProfile("Red Regional", null, "civil-society", ["GT"], [], [], [], null, "Works with migrants.", OrganizationContact.None), Now);
        var delegates = Enumerable.Range(0, size).Select(_ => Guid.NewGuid()).ToList();
        delegates.ForEach(d => organization.AddMember(d, Now.AddDays(-1)));
        return (organization, delegates);
    }

    /// <summary>(team size, action, on a delegate?, the refusal expected or null when it is allowed, the team size after).</summary>
    public static TheoryData<int, string, bool, string?, int> Table => new()
    {
        { 0, nameof(Action.Admit), false, null, 1 },
        { 1, nameof(Action.Admit), false, null, 2 },
        { 1, nameof(Action.Admit), true, UserMessages.AlreadyADelegate, 1 },
        { 2, nameof(Action.Admit), false, null, 3 },
        { 2, nameof(Action.Admit), true, UserMessages.AlreadyADelegate, 2 },
        { 3, nameof(Action.Admit), false, null, 4 },
        { 3, nameof(Action.Admit), true, UserMessages.AlreadyADelegate, 3 },
        { 0, nameof(Action.AssignDelegate), false, null, 1 },
        { 1, nameof(Action.AssignDelegate), false, UserMessages.OrganizationHasDelegates, 1 },
        { 1, nameof(Action.AssignDelegate), true, UserMessages.OrganizationHasDelegates, 1 },
        { 2, nameof(Action.AssignDelegate), false, UserMessages.OrganizationHasDelegates, 2 },
        { 2, nameof(Action.AssignDelegate), true, UserMessages.OrganizationHasDelegates, 2 },
        { 3, nameof(Action.AssignDelegate), false, UserMessages.OrganizationHasDelegates, 3 },
        { 3, nameof(Action.AssignDelegate), true, UserMessages.OrganizationHasDelegates, 3 },
        { 0, nameof(Action.Remove), false, UserMessages.NotADelegate, 0 },
        { 1, nameof(Action.Remove), false, UserMessages.NotADelegate, 1 },
        { 1, nameof(Action.Remove), true, UserMessages.LastDelegate, 1 },
        { 2, nameof(Action.Remove), false, UserMessages.NotADelegate, 2 },
        { 2, nameof(Action.Remove), true, null, 1 },
        { 3, nameof(Action.Remove), false, UserMessages.NotADelegate, 3 },
        { 3, nameof(Action.Remove), true, null, 2 },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Each_team_change_follows_the_table(int size, string action, bool onDelegate, string? refusal, int sizeAfter)
    {
        var (organization, delegates) = Team(size);
        var who = onDelegate ? delegates[^1] : Outsider;
        var before = organization.TeamChangedAt;

        void Take()
        {
            switch (Enum.Parse<Action>(action))
            {
                case Action.Admit:
                    organization.Admit(who, Now);
                    break;
                case Action.AssignDelegate:
                    organization.AssignDelegate(who, Now);
                    break;
                default:
                    organization.RemoveMember(who, Now);
                    break;
            }
        }

        if (refusal is null)
        {
            Take();
            Assert.Equal(Now, organization.TeamChangedAt);
            Assert.Equal(action != nameof(Action.Remove), organization.IsMember(who));
        }
        else
        {
            Assert.Equal(refusal, Assert.Throws<DomainRuleException>(Take).Message);
            Assert.Equal(before, organization.TeamChangedAt);
            Assert.Equal(onDelegate, organization.IsMember(who));
        }

        Assert.Equal(sizeAfter, organization.Members.Count);
        Assert.Equal(sizeAfter > 0, organization.HasDelegates);
    }

    [Fact]
    public void The_table_covers_every_action_on_every_team_size_with_a_delegate_and_an_outsider()
    {
        var rows = Table.Select(row => ((int)row[0], (string)row[1], (bool)row[2])).ToHashSet();
        var expected =
            from size in Enumerable.Range(0, 4)
            from action in Enum.GetNames<Action>()
            from onDelegate in (bool[])[false, true]
            where size > 0 || !onDelegate
            select (size, action, onDelegate);

        Assert.Empty(expected.Except(rows));
    }

    [Fact]
    public void Removing_delegates_one_by_one_always_leaves_the_last_one()
    {
        var (organization, delegates) = Team(3);

        organization.RemoveMember(delegates[0], Now);
        organization.RemoveMember(delegates[1], Now);

        Assert.Equal(UserMessages.LastDelegate, Assert.Throws<DomainRuleException>(() => organization.RemoveMember(delegates[2], Now)).Message);
        Assert.Equal([delegates[2]], organization.Members.Select(m => m.UserId));
    }

    [Fact]
    public void An_admitted_delegate_is_a_member_since_the_moment_they_joined()
    {
        var (organization, _) = Team(1);

        organization.Admit(Outsider, Now);

        Assert.Equal(Now, organization.Members.Single(m => m.UserId == Outsider).Since);
    }

    [Fact]
    public void Adding_a_member_for_imports_and_demo_data_is_quiet_about_existing_members()
    {
        var (organization, delegates) = Team(1);

        organization.AddMember(delegates[0], Now);

        Assert.Single(organization.Members);
        Assert.Null(organization.TeamChangedAt);
    }
}
