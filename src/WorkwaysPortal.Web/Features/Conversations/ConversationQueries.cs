using System.Security.Claims;

namespace WorkwaysPortal.Web.Features.Conversations;

public sealed record OrganizationName(int Id, string Name);

public sealed record ContactCard(string? Name, string? Email, string? Phone);

/// <summary>One line of the list of conversations: the other side, the last message and what the reader has not read.</summary>
public sealed record ConversationRow(int Id, OrganizationName Mine, OrganizationName Other, DateTimeOffset LastMessageAt, int Unread, bool Replied);

public sealed record MessageView(long Id, int OrganizationId, string OrganizationName, string AuthorName, string Body, DateTimeOffset SentAt, bool Reported, bool Mine);

/// <summary>
/// A conversation as its reader sees it. <see cref="Mine"/> is the side the reader writes for (null for a
/// moderator reading a reported conversation); <see cref="OtherContact"/> is null unless the reader may see it.
/// </summary>
public sealed record ConversationView(
    int Id, OrganizationName Initiator, OrganizationName Recipient, OrganizationName? Mine, OrganizationName Other,
    IReadOnlyList<OrganizationName> WritesFor, IReadOnlyList<MessageView> Messages, bool RecipientReplied,
    bool OtherBlocked, bool BlockedByOther, ContactCard? OtherContact, int? OtherVerifiedForProposal, int? ProposerId);

/// <summary>How conversations read, for the pages and the API: the list with unread counts, and one conversation.</summary>
public sealed class ConversationQueries(PortalDbContext db)
{
    public async Task<IReadOnlyList<ConversationRow>> ListAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var viewer = user.AsViewer();
        var memberOf = await Visibility.MemberOf(db, viewer).ToListAsync(ct);
        var unread = await ConversationAccess.Unread(db, viewer).ToDictionaryAsync(u => u.ConversationId, u => u.Count, ct);
        var rows = await ConversationAccess.Mine(db, viewer).AsNoTracking()
            .OrderByDescending(c => c.LastMessageAt).ThenByDescending(c => c.Id)
            .Select(c => new
            {
                c.Id,
                c.InitiatorOrganizationId,
                c.RecipientOrganizationId,
                c.LastMessageAt,
                Replied = c.RecipientRepliedAt != null,
                Initiator = db.Organizations.Where(o => o.Id == c.InitiatorOrganizationId).Select(o => o.Name).First(),
                Recipient = db.Organizations.Where(o => o.Id == c.RecipientOrganizationId).Select(o => o.Name).First(),
            })
            .Take(500)
            .ToListAsync(ct);
        return
        [
            .. rows.Select(r =>
            {
                var initiator = new OrganizationName(r.InitiatorOrganizationId, r.Initiator);
                var recipient = new OrganizationName(r.RecipientOrganizationId, r.Recipient);
                var mineIsInitiator = memberOf.Contains(r.InitiatorOrganizationId);
                return new ConversationRow(
                    r.Id, mineIsInitiator ? initiator : recipient, mineIsInitiator ? recipient : initiator, r.LastMessageAt,
                    unread.GetValueOrDefault(r.Id), r.Replied);
            }),
        ];
    }

    /// <summary>The total of unread messages of the user, for the navigation.</summary>
    public Task<int> UnreadTotalAsync(Guid userId, CancellationToken ct) =>
        ConversationAccess.UnreadMessages(db, new Viewer(userId)).CountAsync(ct);

    public async Task<ConversationView?> FindAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var viewer = user.AsViewer();
        var conversation = await ConversationAccess.Visible(db, viewer).AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (conversation is null)
        {
            return null;
        }

        int[] sides = [conversation.InitiatorOrganizationId, conversation.RecipientOrganizationId];
        var names = await db.Organizations.AsNoTracking().Where(o => sides.Contains(o.Id))
            .Select(o => new { o.Id, o.Name, o.Status, o.ContactName, o.ContactEmail, o.ContactPhone })
            .ToListAsync(ct);
        var memberOf = await Visibility.MemberOf(db, viewer).Where(o => sides.Contains(o)).OrderBy(o => o).ToListAsync(ct);
        OrganizationName NameOf(int organizationId) => new(organizationId, names.First(n => n.Id == organizationId).Name);

        var initiator = NameOf(conversation.InitiatorOrganizationId);
        var recipient = NameOf(conversation.RecipientOrganizationId);
        var mine = memberOf.Count == 0 ? null : NameOf(memberOf[0]);
        var other = mine is null ? recipient : NameOf(conversation.OtherSide(mine.Id));
        var otherInfo = names.First(n => n.Id == other.Id);
        var messages = await db.ConversationMessages.AsNoTracking()
            .Where(m => m.ConversationId == id)
            .OrderBy(m => m.Id)
            .Select(m => new { m.Id, m.OrganizationId, m.AuthorName, m.Body, m.SentAt, Reported = m.ReportedAt != null && m.ReportDismissedAt == null })
            .ToListAsync(ct);
        var blocks = await db.OrganizationBlocks.AsNoTracking()
            .Where(b => sides.Contains(b.BlockerOrganizationId) && sides.Contains(b.BlockedOrganizationId))
            .Select(b => b.BlockerOrganizationId)
            .ToListAsync(ct);
        var seesContact = mine is not null && await ConversationAccess.SeesContactOfAsync(db, viewer, other.Id, ct);
        var mayPropose = mine is not null && otherInfo.Status == Domain.Organizations.VerificationStatus.Verified;
        return new ConversationView(
            conversation.Id, initiator, recipient, mine, other,
            [.. memberOf.Select(NameOf)],
            [.. messages.Select(m => new MessageView(m.Id, m.OrganizationId, NameOf(m.OrganizationId).Name, m.AuthorName, m.Body, m.SentAt, m.Reported, memberOf.Contains(m.OrganizationId)))],
            conversation.RecipientRepliedAt is not null,
            mine is not null && blocks.Contains(mine.Id),
            mine is not null && blocks.Contains(other.Id),
            seesContact ? new ContactCard(otherInfo.ContactName, otherInfo.ContactEmail, otherInfo.ContactPhone) : null,
            mayPropose ? other.Id : null,
            mine?.Id);
    }
}
