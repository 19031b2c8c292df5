namespace WorkwaysPortal.Domain.Conversations;

/// <summary>
/// Messages between two organizations (issue 13): the one whose delegate wrote first (the initiator) and
/// the one written to (the recipient). Every delegate of either side reads it and writes in it; there is
/// one conversation per ordered pair. Once the recipient has replied, each side sees the other's
/// contact details.
/// </summary>
public sealed class Conversation
{
    public const int MessageMaxLength = 4000;
    public const int ReportReasonMaxLength = 1000;

    private readonly List<ConversationMessage> _messages = [];

    private Conversation()
    {
    }

    public int Id { get; private set; }
    public int InitiatorOrganizationId { get; private set; }
    public int RecipientOrganizationId { get; private set; }
    public Guid? StartedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset LastMessageAt { get; private set; }

    /// <summary>When a delegate of the recipient first wrote in it; from then on both sides see each other's contact details.</summary>
    public DateTimeOffset? RecipientRepliedAt { get; private set; }

    public IReadOnlyCollection<ConversationMessage> Messages => _messages;

    public static Conversation Start(int fromOrganizationId, int toOrganizationId, Guid startedBy, DateTimeOffset now)
    {
        if (fromOrganizationId == toOrganizationId)
        {
            throw new DomainRuleException("An organization cannot write to itself.");
        }

        return new Conversation
        {
            InitiatorOrganizationId = fromOrganizationId,
            RecipientOrganizationId = toOrganizationId,
            StartedBy = startedBy,
            CreatedAt = now,
            LastMessageAt = now,
        };
    }

    public bool Involves(int organizationId) => organizationId == InitiatorOrganizationId || organizationId == RecipientOrganizationId;

    /// <summary>The side that is not <paramref name="organizationId"/>.</summary>
    public int OtherSide(int organizationId) => organizationId == InitiatorOrganizationId ? RecipientOrganizationId : InitiatorOrganizationId;

    /// <summary>Adds a message written by a delegate of one side (the text must be valid, <see cref="MessageText.Check"/>).</summary>
    public ConversationMessage Write(int fromOrganizationId, Guid authorId, string authorName, string text, DateTimeOffset now)
    {
        if (!Involves(fromOrganizationId))
        {
            throw new DomainRuleException("Only the two organizations of a conversation write in it.");
        }

        var message = ConversationMessage.Create(this, fromOrganizationId, authorId, authorName, MessageText.Tidy(text), now);
        _messages.Add(message);
        LastMessageAt = now;
        if (fromOrganizationId == RecipientOrganizationId)
        {
            RecipientRepliedAt ??= now;
        }

        return message;
    }
}

/// <summary>One message of a <see cref="Conversation"/>: plain text, who wrote it for which side, and whether someone reported it.</summary>
public sealed class ConversationMessage
{
    private ConversationMessage()
    {
    }

    public long Id { get; private set; }
    public int ConversationId { get; private set; }
    public Conversation? Conversation { get; private set; }

    /// <summary>The side that wrote it.</summary>
    public int OrganizationId { get; private set; }

    /// <summary>The delegate who wrote it; null once their account is deleted (the name stays).</summary>
    public Guid? AuthorId { get; private set; }

    public string AuthorName { get; private set; } = "";
    public string Body { get; private set; } = "";
    public DateTimeOffset SentAt { get; private set; }

    public DateTimeOffset? ReportedAt { get; private set; }
    public Guid? ReportedBy { get; private set; }
    public string? ReportReason { get; private set; }

    /// <summary>When a moderator looked at the report and left the message as it is.</summary>
    public DateTimeOffset? ReportDismissedAt { get; private set; }

    public Guid? ReportDismissedBy { get; private set; }

    /// <summary>Reported and not yet dismissed: in the moderators' queue.</summary>
    public bool AwaitsModeration => ReportedAt is not null && ReportDismissedAt is null;

    internal static ConversationMessage Create(Conversation conversation, int organizationId, Guid authorId, string authorName, string body, DateTimeOffset now) =>
        new()
        {
            Conversation = conversation,
            OrganizationId = organizationId,
            AuthorId = authorId,
            AuthorName = authorName,
            Body = body,
            SentAt = now,
        };

    /// <summary>A reader of the other side reports it to the moderators (again after a dismissal: a new report).</summary>
    public void Report(Guid by, string? reason, DateTimeOffset now)
    {
        if (AwaitsModeration)
        {
            return;
        }

        ReportedAt = now;
        ReportedBy = by;
        ReportReason = string.IsNullOrWhiteSpace(reason) ? null : MessageText.Tidy(reason);
        ReportDismissedAt = null;
        ReportDismissedBy = null;
    }

    /// <summary>A moderator found nothing wrong.</summary>
    public void DismissReport(Guid by, DateTimeOffset now)
    {
        if (!AwaitsModeration)
        {
            throw new DomainRuleException("This message is not waiting for moderation.");
        }

        ReportDismissedAt = now;
        ReportDismissedBy = by;
    }
}

/// <summary>How far one user has read one conversation: unread messages are the other side's after this one.</summary>
public sealed class ConversationRead
{
    private ConversationRead()
    {
    }

    public int ConversationId { get; private set; }
    public Guid UserId { get; private set; }
    public long LastReadMessageId { get; private set; }

    public static ConversationRead For(int conversationId, Guid userId, long lastReadMessageId) =>
        new() { ConversationId = conversationId, UserId = userId, LastReadMessageId = lastReadMessageId };

    public void ReadUpTo(long messageId) => LastReadMessageId = Math.Max(LastReadMessageId, messageId);
}

/// <summary>An organization refuses new messages from another (its delegates decided so in a conversation).</summary>
public sealed class OrganizationBlock
{
    private OrganizationBlock()
    {
    }

    public int BlockerOrganizationId { get; private set; }
    public int BlockedOrganizationId { get; private set; }
    public Guid? BlockedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public static OrganizationBlock Create(int blocker, int blocked, Guid by, DateTimeOffset now) =>
        new() { BlockerOrganizationId = blocker, BlockedOrganizationId = blocked, BlockedBy = by, CreatedAt = now };
}

/// <summary>What a message may hold: plain text (<see cref="Text.PlainText"/>), not blank, at most <see cref="Conversation.MessageMaxLength"/> characters.</summary>
public static class MessageText
{
    public const string Required = "Write a message.";
    public const string TooLong = "The message is longer than {0} characters.";
    public const string NotPlainText = "The message holds characters that are not allowed.";

    /// <summary>The English sentence (to translate) of what is wrong with a message, or null when it is fine.</summary>
    public static string? Check(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Required;
        }

        if (!Text.PlainText.IsAllowed(text))
        {
            return NotPlainText;
        }

        return Tidy(text).Length > Conversation.MessageMaxLength ? TooLong : null;
    }

    public static string Tidy(string text) => Text.PlainText.Tidy(text);
}
