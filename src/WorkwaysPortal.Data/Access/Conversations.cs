using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Domain.Conversations;
using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.Data.Access;

/// <summary>
/// Who sees what of the conversations between organizations (issue 13), as queries, for the pages and the API alike.
/// <list type="bullet">
/// <item>A conversation: the delegates of its two organizations; moderators too once one of its messages was reported.</item>
/// <item>An organization's contact details (name, email, phone): its own delegates, moderators, staff and administrators,
/// and the delegates of an organization it has a conversation with in which the recipient has replied.</item>
/// <item>Writing to an organization: a delegate of a verified organization, to another verified organization that has not blocked it.</item>
/// </list>
/// </summary>
public static class ConversationAccess
{
    /// <summary>The conversations a viewer may read.</summary>
    public static IQueryable<Conversation> Visible(PortalDbContext db, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(viewer);
        if (viewer.UserId is null)
        {
            return db.Conversations.Where(c => false);
        }

        var memberOf = Visibility.MemberOf(db, viewer);
        var moderates = viewer.SeesUnverified;
        return db.Conversations.Where(c => memberOf.Contains(c.InitiatorOrganizationId) || memberOf.Contains(c.RecipientOrganizationId)
            || moderates && c.Messages.Any(m => m.ReportedAt != null));
    }

    /// <summary>The conversations the viewer takes part in (as a delegate of one side), the ones the list shows.</summary>
    public static IQueryable<Conversation> Mine(PortalDbContext db, Viewer viewer)
    {
        var memberOf = Visibility.MemberOf(db, viewer);
        return db.Conversations.Where(c => memberOf.Contains(c.InitiatorOrganizationId) || memberOf.Contains(c.RecipientOrganizationId));
    }

    /// <summary>Whether the viewer may see the contact details of <paramref name="organizationId"/> (the one rule of pages and API).</summary>
    public static async Task<bool> SeesContactOfAsync(PortalDbContext db, Viewer viewer, int organizationId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(viewer);
        if (viewer.UserId is null)
        {
            return false;
        }

        if (viewer.Oversees)
        {
            return true;
        }

        var memberOf = Visibility.MemberOf(db, viewer);
        if (await memberOf.ContainsAsync(organizationId, ct))
        {
            return true;
        }

        return await db.Conversations.AnyAsync(
            c => c.RecipientRepliedAt != null
                 && (c.InitiatorOrganizationId == organizationId && memberOf.Contains(c.RecipientOrganizationId)
                     || c.RecipientOrganizationId == organizationId && memberOf.Contains(c.InitiatorOrganizationId)),
            ct);
    }

    /// <summary>The verified organizations the viewer may write for: those they are a delegate of.</summary>
    public static IQueryable<Organization> Senders(PortalDbContext db, Viewer viewer)
    {
        var memberOf = Visibility.MemberOf(db, viewer);
        return db.Organizations.Where(o => o.Status == VerificationStatus.Verified && memberOf.Contains(o.Id));
    }

    /// <summary>Whether <paramref name="blocker"/> has blocked <paramref name="blocked"/>.</summary>
    public static Task<bool> IsBlockedAsync(PortalDbContext db, int blocker, int blocked, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.OrganizationBlocks.AnyAsync(b => b.BlockerOrganizationId == blocker && b.BlockedOrganizationId == blocked, ct);
    }

    /// <summary>The messages of the other sides after the user's last-read marker, in all of their conversations.</summary>
    public static IQueryable<ConversationMessage> UnreadMessages(PortalDbContext db, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var userId = viewer.UserId;
        var memberOf = Visibility.MemberOf(db, viewer);
        var mine = Mine(db, viewer).Select(c => c.Id);
        return db.ConversationMessages
            .Where(m => mine.Contains(m.ConversationId) && !memberOf.Contains(m.OrganizationId)
                && !db.ConversationReads.Any(r => r.ConversationId == m.ConversationId && r.UserId == userId && r.LastReadMessageId >= m.Id));
    }

    /// <summary>The number of messages of the other sides after the user's last-read marker, in each of their conversations.</summary>
    public static IQueryable<ConversationUnread> Unread(PortalDbContext db, Viewer viewer) =>
        UnreadMessages(db, viewer)
            .GroupBy(m => m.ConversationId)
            .Select(g => new ConversationUnread(g.Key, g.Count()));
}

/// <summary>How many messages one user has not read in one conversation.</summary>
public sealed record ConversationUnread(int ConversationId, int Count);
