using WorkwaysPortal.Domain;
using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.UnitTests.Organizations;

/// <summary>An invitation's rules: who may be invited, and a link that works once, for a week, unless revoked.</summary>
public sealed class OrganizationInvitationTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Inviter = Guid.NewGuid();
    private static readonly Guid Colleague = Guid.NewGuid();

    private static OrganizationInvitation New() => OrganizationInvitation.Create(7, " colleague@example.org ", new string('a', 64), "es", Inviter, Now);

    /// <summary>Puts an invitation in a state: pending, accepted, revoked or expired (at <see cref="Now"/> plus a week).</summary>
    private static (OrganizationInvitation Invitation, DateTimeOffset At) In(InvitationState state)
    {
        var invitation = New();
        var at = Now.AddHours(1);
        switch (state)
        {
            case InvitationState.Accepted:
                invitation.Accept(Colleague, at);
                break;
            case InvitationState.Revoked:
                invitation.Revoke(Inviter, at);
                break;
            case InvitationState.Expired:
                at = Now + OrganizationInvitation.Lifetime;
                break;
        }

        return (invitation, at);
    }

    [Fact]
    public void A_new_invitation_is_pending_for_a_week_and_keeps_its_address_trimmed()
    {
        var invitation = New();

        Assert.Equal("colleague@example.org", invitation.Email);
        Assert.Equal(Now.AddDays(7), invitation.ExpiresAt);
        Assert.Equal(InvitationState.Pending, invitation.StateAt(Now));
        Assert.Equal(InvitationState.Pending, invitation.StateAt(Now.AddDays(7).AddTicks(-1)));
        Assert.Equal(InvitationState.Expired, invitation.StateAt(Now.AddDays(7)));
    }

    [Theory]
    [InlineData(InvitationState.Pending, "accept", true)]
    [InlineData(InvitationState.Pending, "revoke", true)]
    [InlineData(InvitationState.Accepted, "accept", false)]
    [InlineData(InvitationState.Accepted, "revoke", false)]
    [InlineData(InvitationState.Revoked, "accept", false)]
    [InlineData(InvitationState.Revoked, "revoke", false)]
    [InlineData(InvitationState.Expired, "accept", false)]
    [InlineData(InvitationState.Expired, "revoke", false)]
    public void Only_a_pending_invitation_is_accepted_or_revoked_and_only_once(InvitationState state, string action, bool allowed)
    {
        var (invitation, at) = In(state);
        Assert.Equal(state, invitation.StateAt(at));

        void Take()
        {
            if (action == "accept")
            {
                invitation.Accept(Guid.NewGuid(), at);
            }
            else
            {
                invitation.Revoke(Guid.NewGuid(), at);
            }
        }

        if (allowed)
        {
            Take();
            Assert.Equal(action == "accept" ? InvitationState.Accepted : InvitationState.Revoked, invitation.StateAt(at));
        }
        else
        {
            Assert.Equal(UserMessages.InvitationNotValid, Assert.Throws<DomainRuleException>(Take).Message);
            Assert.Equal(state, invitation.StateAt(at));
        }
    }

    [Fact]
    public void Accepting_and_revoking_record_who_and_when()
    {
        var accepted = New();
        var revoked = New();

        accepted.Accept(Colleague, Now.AddHours(2));
        revoked.Revoke(Inviter, Now.AddHours(3));

        Assert.Equal((Now.AddHours(2), Colleague), (accepted.AcceptedAt!.Value, accepted.AcceptedBy!.Value));
        Assert.Equal((Now.AddHours(3), Inviter), (revoked.RevokedAt!.Value, revoked.RevokedBy!.Value));
        Assert.Null(accepted.RevokedAt);
        Assert.Null(revoked.AcceptedBy);
    }

    public static TheoryData<string?, int, string?> Addresses => new()
    {
        { "colleague@example.org", 0, null },
        { "  colleague@example.org ", OrganizationInvitation.MaxPerDay - 1, null },
        { null, 0, UserMessages.InvitationEmailRequired },
        { "   ", 0, UserMessages.InvitationEmailRequired },
        { "not an address", 0, UserMessages.InvitationEmailInvalid },
        { "two@at@example.org", 0, UserMessages.InvitationEmailInvalid },
        { "bell\u0007@example.org", 0, UserMessages.InvitationEmailInvalid },
        { new string('a', 250) + "@example.org", 0, UserMessages.InvitationEmailTooLong },
        { "DELEGATE@example.org", 0, UserMessages.AlreadyADelegate },
        { "pending@EXAMPLE.org", 0, UserMessages.InvitationAlreadyPending },
        { "colleague@example.org", OrganizationInvitation.MaxPerDay, UserMessages.TooManyInvitations },
    };

    [Theory]
    [MemberData(nameof(Addresses))]
    public void Who_may_be_invited(string? email, int sentInLastDay, string? expected)
    {
        var errors = OrganizationInvitation.Check(email, ["delegate@example.org", null], ["pending@example.org"], sentInLastDay);

        Assert.Equal(expected, errors.SingleOrDefault()?.Message);
        Assert.All(errors, e => Assert.Equal("email", e.Field));
    }
}
