namespace WorkwaysPortal.Domain.Initiatives;

/// <summary>Where an organization stands in an initiative that invites it (issue 13: invitations until accepted).</summary>
public enum ParticipationState
{
    /// <summary>Invited by the lead; its delegates have not answered yet. Not shown publicly.</summary>
    Invited = 0,

    /// <summary>Its delegates accepted: it takes part, and the initiative shows on its page.</summary>
    Accepted = 1,

    /// <summary>Its delegates declined: shown only to the lead's delegates, moderators and staff.</summary>
    Declined = 2,
}

/// <summary>
/// An organization invited to take part in an initiative, and its delegates' answer. Created by the
/// lead's delegates (<see cref="Initiative.Update"/>), answered once by the invited organization's
/// delegates (<see cref="Initiative.Answer"/>), withdrawn by taking it out of the initiative's participants.
/// </summary>
public sealed class InitiativeParticipant
{
    public const int AnswerMessageMaxLength = 1000;

    private InitiativeParticipant()
    {
    }

    internal InitiativeParticipant(int organizationId, Guid? invitedBy, DateTimeOffset now)
    {
        OrganizationId = organizationId;
        State = ParticipationState.Invited;
        InvitedBy = invitedBy;
        InvitedAt = now;
    }

    public int InitiativeId { get; private set; }
    public int OrganizationId { get; private set; }
    public ParticipationState State { get; private set; }
    public DateTimeOffset InvitedAt { get; private set; }
    public Guid? InvitedBy { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    public Guid? AnsweredBy { get; private set; }
    public string? AnsweredByName { get; private set; }

    /// <summary>The optional message of the answer, plain text of at most <see cref="AnswerMessageMaxLength"/> characters.</summary>
    public string? AnswerMessage { get; private set; }

    /// <summary>Concurrency token (PostgreSQL xmin): of two delegates answering at once, only one succeeds.</summary>
    public uint Version { get; private set; }

    internal void Record(ParticipationState state, Guid? by, string byName, string? message, DateTimeOffset at) =>
        (State, AnsweredBy, AnsweredByName, AnswerMessage, AnsweredAt) = (state, by, byName, message, at);
}

/// <summary>Which invitations one change of an initiative's participants sent and withdrew, for the audit trail and the notifications.</summary>
public sealed record ParticipantChanges(IReadOnlyList<int> Invited, IReadOnlyList<int> Withdrawn)
{
    public static ParticipantChanges None { get; } = new([], []);
}
