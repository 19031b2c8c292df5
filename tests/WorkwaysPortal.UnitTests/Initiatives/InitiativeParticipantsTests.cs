using WorkwaysPortal.Domain;
using WorkwaysPortal.Domain.Initiatives;

namespace WorkwaysPortal.UnitTests.Initiatives;

/// <summary>Initiative participants are invitations until the invited organization's delegates accept (issue 13).</summary>
public sealed class InitiativeParticipantsTests
{
    private const int Lead = 1;
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid LeadDelegate = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid InvitedDelegate = Guid.Parse("00000000-0000-0000-0000-000000000002");

    private static InitiativeDetails Details(params int[] participants) =>
        new("Work visas", "Processing through labour ministries.", ["GT"], [], [], InitiativeStatus.Active, null, null, participants);

    private static Initiative Recorded(params int[] participants) => Initiative.Record(Lead, Details(participants), LeadDelegate, Now);

    [Fact]
    public void Every_participant_of_a_new_initiative_is_invited_by_its_author_once_and_never_the_lead()
    {
        var initiative = Recorded(3, 2, Lead, 3);

        Assert.Equal([2, 3], initiative.Participants.Select(p => p.OrganizationId).Order());
        Assert.All(initiative.Participants, p => Assert.Equal(
            (ParticipationState.Invited, LeadDelegate, Now, (DateTimeOffset?)null, (Guid?)null),
            (p.State, p.InvitedBy, p.InvitedAt, p.AnsweredAt, p.AnsweredBy)));
        Assert.Empty(initiative.AcceptedParticipantIds);
    }

    [Fact]
    public void Only_an_accepted_participant_takes_part()
    {
        var initiative = Recorded(2, 3, 4);

        initiative.Answer(2, accept: true, InvitedDelegate, "Pablo", null, Now.AddHours(1));
        initiative.Answer(3, accept: false, InvitedDelegate, "Olga", null, Now.AddHours(1));

        Assert.Equal([2], initiative.AcceptedParticipantIds);
        Assert.True(initiative.Involves(Lead));
        Assert.True(initiative.Involves(2));
        Assert.False(initiative.Involves(3));
        Assert.False(initiative.Involves(4));
        Assert.False(initiative.Involves(5));
        Assert.Equal(ParticipationState.Invited, initiative.StateOf(4));
        Assert.Null(initiative.StateOf(5));
    }

    [Fact]
    public void An_answer_records_who_answered_when_and_the_tidied_message()
    {
        var initiative = Recorded(2);

        var answer = initiative.Answer(2, accept: false, InvitedDelegate, "Pablo Partner", "  Not this year.  ", Now.AddDays(1));

        Assert.Equal(
            (ParticipationState.Declined, Now.AddDays(1), InvitedDelegate, "Pablo Partner", "Not this year."),
            (answer.State, answer.AnsweredAt, answer.AnsweredBy, answer.AnsweredByName, answer.AnswerMessage));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void The_message_is_optional(string? message)
    {
        var initiative = Recorded(2);

        var answer = initiative.Answer(2, accept: true, InvitedDelegate, "Pablo", message, Now);

        Assert.Null(answer.AnswerMessage);
        Assert.Equal(ParticipationState.Accepted, answer.State);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public void An_organization_answers_once(bool first, bool second)
    {
        var initiative = Recorded(2);
        initiative.Answer(2, first, InvitedDelegate, "Pablo", "First.", Now);

        var refused = Assert.Throws<DomainRuleException>(() => initiative.Answer(2, second, InvitedDelegate, "Olga", "Second.", Now.AddHours(1)));

        Assert.Equal(UserMessages.InitiativeAlreadyAnswered, refused.Message);
        Assert.Equal(UserMessages.InitiativeAlreadyAnswered, initiative.RefusalOfAnswer(2));
        var kept = initiative.Participants.Single();
        Assert.Equal((first ? ParticipationState.Accepted : ParticipationState.Declined, "Pablo", "First."), (kept.State, kept.AnsweredByName, kept.AnswerMessage));
    }

    [Theory]
    [InlineData(Lead)]
    [InlineData(9)]
    public void An_organization_that_is_not_invited_cannot_answer(int organizationId)
    {
        var initiative = Recorded(2);

        var refused = Assert.Throws<DomainRuleException>(() => initiative.Answer(organizationId, accept: true, InvitedDelegate, "Pablo", null, Now));

        Assert.Equal(UserMessages.InitiativeNotInvited, refused.Message);
        Assert.Equal(UserMessages.InitiativeNotInvited, initiative.RefusalOfAnswer(organizationId));
        Assert.Null(initiative.RefusalOfAnswer(2));
    }

    [Fact]
    public void A_message_longer_than_the_limit_or_with_control_characters_is_refused_and_nothing_changes()
    {
        var initiative = Recorded(2);

        var tooLong = Assert.Throws<DomainRuleException>(() =>
            initiative.Answer(2, accept: false, InvitedDelegate, "Pablo", new string('x', InitiativeParticipant.AnswerMessageMaxLength + 1), Now));
        var control = Assert.Throws<DomainRuleException>(() => initiative.Answer(2, accept: false, InvitedDelegate, "Pablo", "No\u0007.", Now));

        Assert.Equal((UserMessages.TextTooLong, InitiativeParticipant.AnswerMessageMaxLength), (tooLong.Message, (int)tooLong.Arguments[0]));
        Assert.Equal(UserMessages.TextNotPlain, control.Message);
        Assert.Equal(ParticipationState.Invited, initiative.StateOf(2));
        var fits = initiative.Answer(2, accept: false, InvitedDelegate, "Pablo", new string('x', InitiativeParticipant.AnswerMessageMaxLength), Now);
        Assert.Equal(InitiativeParticipant.AnswerMessageMaxLength, fits.AnswerMessage!.Length);
    }

    [Fact]
    public void Editing_invites_the_new_organizations_withdraws_those_left_out_and_keeps_the_others_answers()
    {
        var initiative = Recorded(2, 3, 4);
        initiative.Answer(2, accept: true, InvitedDelegate, "Pablo", "Glad to.", Now);
        initiative.Answer(3, accept: false, InvitedDelegate, "Olga", null, Now);
        var editor = Guid.NewGuid();

        var changes = initiative.Update(Details(2, 5, Lead, 5), Now.AddDays(1), editor);

        Assert.Equal([5], changes.Invited);
        Assert.Equal([3, 4], changes.Withdrawn);
        Assert.Equal([2, 5], initiative.Participants.Select(p => p.OrganizationId).Order());
        var kept = initiative.Participants.Single(p => p.OrganizationId == 2);
        Assert.Equal((ParticipationState.Accepted, LeadDelegate, Now, "Glad to."), (kept.State, kept.InvitedBy, kept.InvitedAt, kept.AnswerMessage));
        var added = initiative.Participants.Single(p => p.OrganizationId == 5);
        Assert.Equal((ParticipationState.Invited, editor, Now.AddDays(1)), (added.State, added.InvitedBy, added.InvitedAt));
    }

    [Fact]
    public void Editing_without_changing_the_participants_changes_no_invitation()
    {
        var initiative = Recorded(2, 3);

        var changes = initiative.Update(Details(3, 2), Now.AddDays(1), Guid.NewGuid());

        Assert.Empty(changes.Invited);
        Assert.Empty(changes.Withdrawn);
        Assert.All(initiative.Participants, p => Assert.Equal((LeadDelegate, Now), (p.InvitedBy, p.InvitedAt)));
    }

    [Fact]
    public void An_organization_invited_again_after_its_invitation_was_withdrawn_answers_again()
    {
        var initiative = Recorded(2);
        initiative.Answer(2, accept: false, InvitedDelegate, "Pablo", "No.", Now);
        initiative.Update(Details(), Now.AddDays(1), LeadDelegate);

        var changes = initiative.Update(Details(2), Now.AddDays(2), LeadDelegate);

        Assert.Equal([2], changes.Invited);
        Assert.Equal(ParticipationState.Invited, initiative.StateOf(2));
        Assert.Null(initiative.RefusalOfAnswer(2));
    }
}
