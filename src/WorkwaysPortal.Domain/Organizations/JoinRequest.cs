using WorkwaysPortal.Domain.Text;

namespace WorkwaysPortal.Domain.Organizations;

public enum JoinRequestState
{
    Pending = 0,
    Accepted = 1,
    Declined = 2,
}

/// <summary>
/// A signed-in person asks to join an organization's delegates; its delegates (or, while it has none,
/// the moderators) accept or decline, once. Accepting makes the person a delegate (<see cref="Organization.Admit"/>).
/// </summary>
public sealed class JoinRequest
{
    public const int MessageMaxLength = 1000;

    /// <summary>How many requests one person may have waiting at once: asking is not a way to mail every organization.</summary>
    public const int MaxPendingPerPerson = 5;

    private JoinRequest()
    {
    }

    public int Id { get; private set; }
    public int OrganizationId { get; private set; }
    public Guid UserId { get; private set; }

    /// <summary>What the person says about themselves, for the delegates.</summary>
    public string? Message { get; private set; }

    public JoinRequestState State { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public Guid? DecidedBy { get; private set; }
    public string? DecisionReason { get; private set; }

    /// <summary>Concurrency token (PostgreSQL xmin): two delegates cannot both answer.</summary>
    public uint Version { get; private set; }

    /// <summary>
    /// Whether someone may ask now: not a delegate already, no request of theirs waiting there, fewer than
    /// <see cref="MaxPendingPerPerson"/> waiting anywhere, and a message of plain text within the limit.
    /// </summary>
    public static IReadOnlyList<FieldError> Check(string? message, bool isDelegate, bool hasPendingRequest, int pendingRequestsOfPerson)
    {
        var errors = new List<FieldError>();
        if (isDelegate)
        {
            errors.Add(new("", UserMessages.AlreadyADelegate));
        }
        else if (hasPendingRequest)
        {
            errors.Add(new("", UserMessages.JoinRequestPending));
        }
        else if (pendingRequestsOfPerson >= MaxPendingPerPerson)
        {
            errors.Add(new("", UserMessages.TooManyJoinRequests, MaxPendingPerPerson));
        }

        if (message?.Trim() is { Length: > MessageMaxLength })
        {
            errors.Add(new("message", UserMessages.TextTooLong, MessageMaxLength));
        }
        else if (!PlainText.IsAllowed(message))
        {
            errors.Add(new("message", UserMessages.TextNotPlain));
        }

        return errors;
    }

    /// <summary>A new request, waiting; the caller checked it (<see cref="Check"/>).</summary>
    public static JoinRequest Ask(int organizationId, Guid userId, string? message, DateTimeOffset now) => new()
    {
        OrganizationId = organizationId,
        UserId = userId,
        Message = string.IsNullOrWhiteSpace(message) ? null : message.Trim(),
        State = JoinRequestState.Pending,
        CreatedAt = now,
    };

    /// <summary>A delegate (or a moderator) accepts: the caller admits the person to the organization in the same unit of work.</summary>
    public void Accept(Guid deciderId, DateTimeOffset now) => Decide(JoinRequestState.Accepted, deciderId, null, now);

    /// <summary>A delegate (or a moderator) declines, optionally saying why; the person is told.</summary>
    public void Decline(Guid deciderId, string? reason, DateTimeOffset now)
    {
        var why = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (why is { Length: > MessageMaxLength })
        {
            throw new DomainRuleException(UserMessages.TextTooLong, [MessageMaxLength]);
        }

        if (!PlainText.IsAllowed(why))
        {
            throw new DomainRuleException(UserMessages.TextNotPlain);
        }

        Decide(JoinRequestState.Declined, deciderId, why, now);
    }

    private void Decide(JoinRequestState state, Guid deciderId, string? reason, DateTimeOffset now)
    {
        if (State != JoinRequestState.Pending)
        {
            throw new DomainRuleException(UserMessages.JoinRequestAnswered);
        }

        // Nobody answers their own request (a moderator asking to join an organization without delegates).
        if (deciderId == UserId)
        {
            throw new DomainRuleException(UserMessages.JoinRequestOwnDecision);
        }

        State = state;
        DecidedAt = now;
        DecidedBy = deciderId;
        DecisionReason = reason;
    }
}
