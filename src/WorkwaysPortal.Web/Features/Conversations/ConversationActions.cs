using System.Globalization;
using System.Security.Claims;
using Microsoft.Extensions.Options;
using WorkwaysPortal.Data.Notifications;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Conversations;
using WorkwaysPortal.Domain.Notifications;
using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.Web.Features.Conversations;

/// <summary>Section <c>Conversations</c>: how many messages an account and an organization may send.</summary>
public sealed class ConversationOptions
{
    public const string Section = "Conversations";

    /// <summary>Messages (first contacts and replies) one account may send in the last hour.</summary>
    public int MessagesPerAccountPerHour { get; set; } = 20;

    /// <summary>Messages all the delegates of one organization may send for it in the last 24 hours.</summary>
    public int MessagesPerOrganizationPerDay { get; set; } = 50;
}

public enum ConversationOutcomeStatus
{
    Ok,

    /// <summary>Nothing the caller may see (404).</summary>
    NotFound,

    /// <summary>The caller may see it but not do this (no verified organization to write for; 403).</summary>
    Forbidden,

    /// <summary>Bad input: <see cref="ConversationOutcome.Field"/> and its message (400).</summary>
    Invalid,

    /// <summary>The other organization blocked the sender's (403 with that explanation).</summary>
    Blocked,

    /// <summary>Too many messages lately (429).</summary>
    RateLimited,
}

/// <summary>How an action on a conversation ended; <see cref="Message"/> is an English sentence to translate with <see cref="Arguments"/>.</summary>
public sealed record ConversationOutcome(
    ConversationOutcomeStatus Status, int ConversationId = 0, string? Field = null, string? Message = null, object[]? Arguments = null, TimeSpan? RetryAfter = null)
{
    public bool Succeeded => Status == ConversationOutcomeStatus.Ok;

    public static readonly ConversationOutcome NotFound = new(ConversationOutcomeStatus.NotFound);

    public static ConversationOutcome Done(int id) => new(ConversationOutcomeStatus.Ok, id);

    public static ConversationOutcome Invalid(string field, string message, params object[] arguments) =>
        new(ConversationOutcomeStatus.Invalid, Field: field, Message: message, Arguments: arguments);

    public string Text(IStringLocalizer t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return Message is null ? "" : t[Message, Arguments ?? []];
    }
}

/// <summary>
/// Every change to conversations, for the pages and the API alike: writing to an organization, replying,
/// reporting a message, blocking and unblocking an organization, dismissing a report. Each action is one
/// transaction with its audit event and notifications. Messages are counted in PostgreSQL for the rate
/// limits, under a transaction-scoped advisory lock per account and per organization, so concurrent
/// requests on several instances cannot slip past them.
/// </summary>
public sealed class ConversationActions(
    PortalDbContext db, NotificationOutbox outbox, TimeProvider clock, IOptions<ConversationOptions> options)
{
    public const string MessageField = "message";
    public const string FromField = "fromOrganizationId";

    /// <summary>Advisory lock classes (first key of <c>pg_advisory_xact_lock(int, int)</c>).</summary>
    private const int AccountLock = 1301;
    private const int OrganizationLock = 1302;

    /// <summary>
    /// A delegate writes to another organization for one of theirs (<paramref name="fromOrganizationId"/>, optional
    /// when they delegate one verified organization only): the conversation of the pair, started if need be.
    /// </summary>
    public async Task<ConversationOutcome> ContactAsync(ClaimsPrincipal user, int toOrganizationId, int? fromOrganizationId, string? message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var viewer = user.AsViewer();
        var target = await Visibility.Organizations(db, viewer).AsNoTracking()
            .Where(o => o.Id == toOrganizationId)
            .Select(o => new { o.Id, o.Name, o.Status })
            .FirstOrDefaultAsync(ct);
        if (target is null)
        {
            return ConversationOutcome.NotFound;
        }

        var senders = await ConversationAccess.Senders(db, viewer).Where(o => o.Id != toOrganizationId)
            .OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        if (target.Status != VerificationStatus.Verified)
        {
            return new ConversationOutcome(ConversationOutcomeStatus.Forbidden, Message: "Only verified organizations can be contacted.");
        }

        if (senders.Count == 0)
        {
            return new ConversationOutcome(ConversationOutcomeStatus.Forbidden, Message: "Only a delegate of a verified organization can contact another organization.");
        }

        int from;
        if (fromOrganizationId is { } chosen)
        {
            if (senders.All(s => s.Id != chosen))
            {
                return ConversationOutcome.Invalid(FromField, "Choose one of your verified organizations.");
            }

            from = chosen;
        }
        else if (senders.Count == 1)
        {
            from = senders[0].Id;
        }
        else
        {
            return ConversationOutcome.Invalid(FromField, "Say which of your organizations writes.");
        }

        if (MessageText.Check(message) is { } problem)
        {
            return ConversationOutcome.Invalid(MessageField, problem, Conversation.MessageMaxLength);
        }

        var fromName = senders.First(s => s.Id == from).Name;
        return await InTransactionAsync(
            async () =>
            {
                if (await RefusalAsync(user, from, toOrganizationId, ct) is { } refusal)
                {
                    return refusal;
                }

                var conversation = await db.Conversations.FirstOrDefaultAsync(
                    c => c.InitiatorOrganizationId == from && c.RecipientOrganizationId == toOrganizationId
                         || c.InitiatorOrganizationId == toOrganizationId && c.RecipientOrganizationId == from,
                    ct);
                var now = clock.GetUtcNow();
                if (conversation is null)
                {
                    conversation = Conversation.Start(from, toOrganizationId, user.Id(), now);
                    db.Conversations.Add(conversation);
                }

                await WriteAsync(user, conversation, from, fromName, message!, now, ct);
                return ConversationOutcome.Done(conversation.Id);
            },
            ct);
    }

    /// <summary>
    /// Runs one action in one transaction, retried as a whole by the execution strategy (the advisory
    /// locks of the rate limits last until it ends); a refusal rolls back whatever was started.
    /// </summary>
    private Task<ConversationOutcome> InTransactionAsync(Func<Task<ConversationOutcome>> work, CancellationToken ct) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var outcome = await work();
            if (outcome.Succeeded)
            {
                await transaction.CommitAsync(ct);
            }

            return outcome;
        });

    /// <summary>A delegate of one side writes in a conversation (for <paramref name="fromOrganizationId"/> when they delegate both sides).</summary>
    public async Task<ConversationOutcome> ReplyAsync(ClaimsPrincipal user, int conversationId, int? fromOrganizationId, string? message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await SidesAsync(user, conversationId, ct) is not { } sides)
        {
            return ConversationOutcome.NotFound;
        }

        var mine = sides.Mine;
        var from = fromOrganizationId is { } chosen && mine.Contains(chosen) ? chosen : mine.Count == 1 ? mine[0] : (int?)null;
        if (from is null)
        {
            return ConversationOutcome.Invalid(FromField, "Say which of your organizations writes.");
        }

        if (MessageText.Check(message) is { } problem)
        {
            return ConversationOutcome.Invalid(MessageField, problem, Conversation.MessageMaxLength);
        }

        var to = sides.OtherSide(from.Value);
        var fromName = await db.Organizations.Where(o => o.Id == from).Select(o => o.Name).FirstAsync(ct);
        return await InTransactionAsync(
            async () =>
            {
                if (await RefusalAsync(user, from.Value, to, ct) is { } refusal)
                {
                    return refusal;
                }

                var conversation = await db.Conversations.FirstAsync(c => c.Id == conversationId, ct);
                await WriteAsync(user, conversation, from.Value, fromName, message!, clock.GetUtcNow(), ct);
                return ConversationOutcome.Done(conversation.Id);
            },
            ct);
    }

    /// <summary>A reader of a conversation reports a message of the other side to the moderators.</summary>
    public async Task<ConversationOutcome> ReportAsync(ClaimsPrincipal user, int conversationId, long messageId, string? reason, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var viewer = user.AsViewer();
        var memberOf = Visibility.MemberOf(db, viewer);
        var message = await db.ConversationMessages
            .Where(m => m.Id == messageId && m.ConversationId == conversationId)
            .Where(m => ConversationAccess.Mine(db, viewer).Any(c => c.Id == m.ConversationId))
            .FirstOrDefaultAsync(ct);
        if (message is null)
        {
            return ConversationOutcome.NotFound;
        }

        if (await memberOf.ContainsAsync(message.OrganizationId, ct))
        {
            return ConversationOutcome.Invalid("messageId", "You can only report a message of the other organization.");
        }

        if (reason is { Length: > Conversation.ReportReasonMaxLength } || !Domain.Text.PlainText.IsAllowed(reason))
        {
            return ConversationOutcome.Invalid("reason", "The reason is longer than {0} characters or holds characters that are not allowed.", Conversation.ReportReasonMaxLength);
        }

        var now = clock.GetUtcNow();
        message.Report(user.Id(), reason, now);
        db.AuditEvents.Add(Audit(user, now, AuditActions.MessageReported, conversationId, reason, new { messageId }));
        await db.SaveChangesAsync(ct);
        return ConversationOutcome.Done(conversationId);
    }

    /// <summary>A delegate of one side blocks (or unblocks) the other side: it can no longer write to theirs.</summary>
    public async Task<ConversationOutcome> BlockAsync(ClaimsPrincipal user, int conversationId, bool block, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await SidesAsync(user, conversationId, ct) is not { } sides)
        {
            return ConversationOutcome.NotFound;
        }

        var mine = sides.Mine.Min();
        var other = sides.OtherSide(mine);
        var existing = await db.OrganizationBlocks.FirstOrDefaultAsync(b => b.BlockerOrganizationId == mine && b.BlockedOrganizationId == other, ct);
        var now = clock.GetUtcNow();
        if (block && existing is null)
        {
            db.OrganizationBlocks.Add(OrganizationBlock.Create(mine, other, user.Id(), now));
            db.AuditEvents.Add(Audit(user, now, AuditActions.OrganizationBlocked, conversationId, null, new { organizationId = mine, blockedOrganizationId = other }));
        }
        else if (!block && existing is not null)
        {
            db.OrganizationBlocks.Remove(existing);
            db.AuditEvents.Add(Audit(user, now, AuditActions.OrganizationUnblocked, conversationId, null, new { organizationId = mine, blockedOrganizationId = other }));
        }

        await db.SaveChangesAsync(ct);
        return ConversationOutcome.Done(conversationId);
    }

    /// <summary>The two sides of one of the viewer's conversations, with the sides the viewer acts for (in order); null when it is not theirs.</summary>
    private async Task<Sides?> SidesAsync(ClaimsPrincipal user, int conversationId, CancellationToken ct)
    {
        var viewer = user.AsViewer();
        var sides = await ConversationAccess.Mine(db, viewer).AsNoTracking()
            .Where(c => c.Id == conversationId)
            .Select(c => new { c.InitiatorOrganizationId, c.RecipientOrganizationId })
            .FirstOrDefaultAsync(ct);
        if (sides is null)
        {
            return null;
        }

        var mine = await Visibility.MemberOf(db, viewer)
            .Where(id => id == sides.InitiatorOrganizationId || id == sides.RecipientOrganizationId)
            .OrderBy(id => id)
            .ToListAsync(ct);
        return mine.Count == 0 ? null : new Sides(sides.InitiatorOrganizationId, sides.RecipientOrganizationId, mine);
    }

    private sealed record Sides(int Initiator, int Recipient, List<int> Mine)
    {
        public int OtherSide(int organizationId) => organizationId == Initiator ? Recipient : Initiator;
    }

    /// <summary>A moderator leaves a reported message as it is.</summary>
    public async Task<ConversationOutcome> DismissReportAsync(ClaimsPrincipal user, long messageId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var message = await db.ConversationMessages.FirstOrDefaultAsync(m => m.Id == messageId && m.ReportedAt != null && m.ReportDismissedAt == null, ct);
        if (message is null)
        {
            return ConversationOutcome.NotFound;
        }

        var now = clock.GetUtcNow();
        message.DismissReport(user.Id(), now);
        db.AuditEvents.Add(Audit(user, now, AuditActions.MessageReportDismissed, message.ConversationId, null, new { messageId }));
        await db.SaveChangesAsync(ct);
        return ConversationOutcome.Done(message.ConversationId);
    }

    /// <summary>Moves the user's last-read marker to the conversation's last message.</summary>
    public async Task MarkReadAsync(Guid userId, int conversationId, long lastMessageId, CancellationToken ct)
    {
        if (lastMessageId == 0)
        {
            return;
        }

        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO conversation_reads (conversation_id, user_id, last_read_message_id) VALUES ({conversationId}, {userId}, {lastMessageId})
            ON CONFLICT (conversation_id, user_id) DO UPDATE SET last_read_message_id = GREATEST(conversation_reads.last_read_message_id, excluded.last_read_message_id)
            """,
            ct);
    }

    /// <summary>Blocked, or over a rate limit; counted under the locks of the account and the organization (held until the transaction ends).</summary>
    private async Task<ConversationOutcome?> RefusalAsync(ClaimsPrincipal user, int from, int to, CancellationToken ct)
    {
        if (await ConversationAccess.IsBlockedAsync(db, to, from, ct))
        {
            return new ConversationOutcome(ConversationOutcomeStatus.Blocked, Message: "This organization does not accept messages from yours.");
        }

        var userId = user.Id();
        var account = userId.GetHashCode();
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AccountLock}, {account})", ct);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({OrganizationLock}, {from})", ct);
        var now = clock.GetUtcNow();
        var limits = options.Value;
        var hourAgo = now.AddHours(-1);
        var byAccount = await db.ConversationMessages.Where(m => m.AuthorId == userId && m.SentAt > hourAgo)
            .OrderBy(m => m.SentAt).Select(m => m.SentAt).ToListAsync(ct);
        if (byAccount.Count >= limits.MessagesPerAccountPerHour)
        {
            return new ConversationOutcome(
                ConversationOutcomeStatus.RateLimited, Message: "You sent {0} messages in the last hour. Please wait before writing again.",
                Arguments: [limits.MessagesPerAccountPerHour], RetryAfter: RetryAfter(byAccount, limits.MessagesPerAccountPerHour, TimeSpan.FromHours(1), now));
        }

        var dayAgo = now.AddDays(-1);
        var byOrganization = await db.ConversationMessages.Where(m => m.OrganizationId == from && m.SentAt > dayAgo)
            .OrderBy(m => m.SentAt).Select(m => m.SentAt).ToListAsync(ct);
        if (byOrganization.Count >= limits.MessagesPerOrganizationPerDay)
        {
            return new ConversationOutcome(
                ConversationOutcomeStatus.RateLimited, Message: "Your organization sent {0} messages in the last 24 hours. Please wait before writing again.",
                Arguments: [limits.MessagesPerOrganizationPerDay], RetryAfter: RetryAfter(byOrganization, limits.MessagesPerOrganizationPerDay, TimeSpan.FromDays(1), now));
        }

        return null;
    }

    /// <summary>When the oldest message that counts leaves the window.</summary>
    private static TimeSpan RetryAfter(List<DateTimeOffset> sent, int limit, TimeSpan window, DateTimeOffset now)
    {
        var leaving = sent[Math.Max(0, sent.Count - limit)];
        var wait = leaving + window - now;
        return wait > TimeSpan.Zero ? wait : TimeSpan.FromSeconds(1);
    }

    /// <summary>Adds the message with its audit event and tells the other side's delegates; saves (the caller commits).</summary>
    private async Task WriteAsync(ClaimsPrincipal user, Conversation conversation, int from, string fromName, string text, DateTimeOffset now, CancellationToken ct)
    {
        var message = conversation.Write(from, user.Id(), Account.PortalClaims.NameOf(user), text, now);
        await db.SaveChangesAsync(ct);
        db.AuditEvents.Add(Audit(user, now, AuditActions.MessageSent, conversation.Id, null, new { messageId = message.Id, organizationId = from, toOrganizationId = conversation.OtherSide(from) }));
        var to = conversation.OtherSide(from);
        var recipients = await NotificationOutbox.DelegatesOfAsync(db, [to], ct);
        var excerpt = message.Body.Length > 300 ? message.Body[..299] + "…" : message.Body;
        await outbox.AddAsync(
            db, recipients, null,
            new NotificationContent(NotificationKinds.MessageReceived, fromName, excerpt, null, from, NotificationLinks.Conversation(conversation.Id), conversation.Id),
            ct);
        await db.SaveChangesAsync(ct);
    }

    private static AuditEvent Audit(ClaimsPrincipal user, DateTimeOffset at, string action, int conversationId, string? reason, object details) =>
        AuditEvent.Record(
            at, user.TryGetId(), user.Identity?.Name ?? "", action, AuditSubjects.Conversation, conversationId.ToString(CultureInfo.InvariantCulture),
            reason, System.Text.Json.JsonSerializer.Serialize(details));
}
