using WorkwaysPortal.Domain;
using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.UnitTests.Organizations;

/// <summary>Asking to join an organization: who may ask, and an answer given once, never by the person asking.</summary>
public sealed class JoinRequestTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Person = Guid.NewGuid();
    private static readonly Guid Delegate = Guid.NewGuid();

    public static TheoryData<string?, bool, bool, int, string?> Askers => new()
    {
        { null, false, false, 0, null },
        { "I coordinate the legal clinic.", false, false, JoinRequest.MaxPendingPerPerson - 1, null },
        { null, true, false, 0, UserMessages.AlreadyADelegate },
        { null, false, true, 0, UserMessages.JoinRequestPending },
        { null, false, false, JoinRequest.MaxPendingPerPerson, UserMessages.TooManyJoinRequests },
        { new string('x', JoinRequest.MessageMaxLength + 1), false, false, 0, UserMessages.TextTooLong },
        { "Bell\u0007", false, false, 0, UserMessages.TextNotPlain },
    };

    [Theory]
    [MemberData(nameof(Askers))]
    public void Who_may_ask_to_join(string? message, bool isDelegate, bool hasPendingRequest, int pendingRequestsOfPerson, string? expected) =>
        Assert.Equal(expected, JoinRequest.Check(message, isDelegate, hasPendingRequest, pendingRequestsOfPerson).SingleOrDefault()?.Message);

    [Fact]
    public void A_new_request_waits_with_its_message_trimmed_or_none()
    {
        var request = JoinRequest.Ask(7, Person, "  I coordinate the legal clinic. ", Now);

        Assert.Equal((JoinRequestState.Pending, "I coordinate the legal clinic.", Now), (request.State, request.Message, request.CreatedAt));
        Assert.Null(JoinRequest.Ask(7, Person, "   ", Now).Message);
    }

    [Theory]
    [InlineData(JoinRequestState.Pending, "accept", true)]
    [InlineData(JoinRequestState.Pending, "decline", true)]
    [InlineData(JoinRequestState.Accepted, "accept", false)]
    [InlineData(JoinRequestState.Accepted, "decline", false)]
    [InlineData(JoinRequestState.Declined, "accept", false)]
    [InlineData(JoinRequestState.Declined, "decline", false)]
    public void A_request_is_answered_once(JoinRequestState state, string action, bool allowed)
    {
        var request = JoinRequest.Ask(7, Person, null, Now);
        if (state == JoinRequestState.Accepted)
        {
            request.Accept(Delegate, Now);
        }
        else if (state == JoinRequestState.Declined)
        {
            request.Decline(Delegate, null, Now);
        }

        void Answer()
        {
            if (action == "accept")
            {
                request.Accept(Guid.NewGuid(), Now.AddHours(1));
            }
            else
            {
                request.Decline(Guid.NewGuid(), "No.", Now.AddHours(1));
            }
        }

        if (allowed)
        {
            Answer();
            Assert.Equal(action == "accept" ? JoinRequestState.Accepted : JoinRequestState.Declined, request.State);
            Assert.Equal(Now.AddHours(1), request.DecidedAt);
        }
        else
        {
            Assert.Equal(UserMessages.JoinRequestAnswered, Assert.Throws<DomainRuleException>(Answer).Message);
            Assert.Equal(state, request.State);
        }
    }

    [Theory]
    [InlineData("accept")]
    [InlineData("decline")]
    public void Nobody_answers_their_own_request(string action)
    {
        var request = JoinRequest.Ask(7, Person, null, Now);

        var error = Assert.Throws<DomainRuleException>(() =>
        {
            if (action == "accept")
            {
                request.Accept(Person, Now);
            }
            else
            {
                request.Decline(Person, null, Now);
            }
        });

        Assert.Equal(UserMessages.JoinRequestOwnDecision, error.Message);
        Assert.Equal(JoinRequestState.Pending, request.State);
    }

    [Fact]
    public void Declining_keeps_who_and_why_and_refuses_a_reason_it_cannot_store()
    {
        var declined = JoinRequest.Ask(7, Person, null, Now);
        var tooLong = JoinRequest.Ask(7, Person, null, Now);

        declined.Decline(Delegate, "  We only add staff members. ", Now);

        Assert.Equal((Delegate, "We only add staff members."), (declined.DecidedBy!.Value, declined.DecisionReason));
        Assert.Equal(
            UserMessages.TextTooLong,
            Assert.Throws<DomainRuleException>(() => tooLong.Decline(Delegate, new string('x', JoinRequest.MessageMaxLength + 1), Now)).Message);
        Assert.Equal(UserMessages.TextNotPlain, Assert.Throws<DomainRuleException>(() => tooLong.Decline(Delegate, "a\u0001", Now)).Message);
        Assert.Equal(JoinRequestState.Pending, tooLong.State);
    }
}
