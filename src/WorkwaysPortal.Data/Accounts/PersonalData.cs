using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace WorkwaysPortal.Data.Accounts;

/// <summary>
/// Everything the portal keeps about one person, as they may download it (<c>/Account/Manage/PersonalData</c>):
/// the account (with the names and dates of its passkeys), the organizations they act for, their sign-in sessions, notifications, emails, join requests,
/// invitations sent to their address, the proposals they drafted, the messages they wrote to other organizations,
/// their saved searches and what the audit trail records them doing.
/// Secrets are left out: the password hash, security stamp, tokens, the sessions' tickets and the passkeys' keys.
/// </summary>
public sealed record PersonalData(
    DateTimeOffset ExportedAt,
    PersonalData.AccountData Account,
    IReadOnlyList<PersonalData.Membership> Organizations,
    IReadOnlyList<PersonalData.SignInSession> SignInSessions,
    IReadOnlyList<PersonalData.NotificationData> Notifications,
    IReadOnlyList<PersonalData.Email> Emails,
    IReadOnlyList<PersonalData.JoinRequestData> JoinRequests,
    IReadOnlyList<PersonalData.Invitation> InvitationsToYourAddress,
    IReadOnlyList<PersonalData.Proposal> ProposalsYouDrafted,
    IReadOnlyList<PersonalData.Message> MessagesYouWrote,
    IReadOnlyList<PersonalData.SavedSearchData> SavedSearches,
    IReadOnlyList<PersonalData.AuditEntry> AuditTrail)
{
    public sealed record AccountData(
        Guid Id, string? Email, bool EmailConfirmed, string DisplayName, string? PreferredLanguage, DateTimeOffset CreatedAt,
        IReadOnlyList<string> Roles, bool TwoFactorEnabled, DateTimeOffset? LockedUntil, IReadOnlyList<Passkey> Passkeys);

    public sealed record Passkey(string? Name, DateTimeOffset CreatedAt);

    public sealed record Membership(int OrganizationId, string Name, DateTimeOffset Since);

    public sealed record SignInSession(DateTimeOffset CreatedAt, DateTimeOffset LastSeenAt, DateTimeOffset ExpiresAt, string? Browser);

    public sealed record NotificationData(DateTimeOffset CreatedAt, string Kind, string Subject, string? Reason, DateTimeOffset? ReadAt);

    public sealed record Email(DateTimeOffset CreatedAt, string Subject, string Body, DateTimeOffset? SentAt);

    public sealed record JoinRequestData(int OrganizationId, string? Message, string State, DateTimeOffset CreatedAt, DateTimeOffset? DecidedAt, string? DecisionReason);

    public sealed record Invitation(int OrganizationId, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? AcceptedAt, DateTimeOffset? RevokedAt);

    public sealed record Proposal(int Id, string Title, string State, DateTimeOffset CreatedAt);

    public sealed record Message(int ConversationId, int ForOrganizationId, DateTimeOffset SentAt, string Body);

    public sealed record SavedSearchData(
        string Name, string Frequency, bool Active, DateTimeOffset CreatedAt, IReadOnlyList<string> Seeks, IReadOnlyList<string> Countries,
        IReadOnlyList<string> SubRegions, IReadOnlyList<string> Groups, IReadOnlyList<string> Corridors, IReadOnlyList<string> Sectors, string? Text);

    public sealed record AuditEntry(DateTimeOffset OccurredAt, string Action, string SubjectType, string SubjectId, string? Reason);

    /// <summary>Reads what the portal keeps about <paramref name="user"/>.</summary>
    public static async Task<PersonalData> ReadAsync(
        PortalDbContext db, UserManager<ApplicationUser> users, ApplicationUser user, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(user);
        var id = user.Id;
        var email = Exactly(user.Email ?? "");

        var account = new AccountData(
            id, user.Email, user.EmailConfirmed, user.DisplayName, user.PreferredLanguage, user.CreatedAt,
            [.. (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal)], user.TwoFactorEnabled,
            user.LockoutEnd > now ? user.LockoutEnd : null,
            [.. (await users.GetPasskeysAsync(user)).OrderBy(p => p.CreatedAt).Select(p => new Passkey(p.Name, p.CreatedAt))]);
        var organizations = await db.Organizations.AsNoTracking()
            .Where(o => o.Members.Any(m => m.UserId == id))
            .OrderBy(o => o.Id)
            .Select(o => new Membership(o.Id, o.Name, o.Members.Where(m => m.UserId == id).Select(m => m.Since).First()))
            .ToListAsync(ct);
        var sessions = await db.UserSessions.AsNoTracking()
            .Where(s => s.UserId == id)
            .OrderBy(s => s.CreatedAt)
            .Select(s => new SignInSession(s.CreatedAt, s.LastSeenAt, s.ExpiresAt, s.Device))
            .ToListAsync(ct);
        var notifications = await db.Notifications.AsNoTracking()
            .Where(n => n.UserId == id)
            .OrderBy(n => n.Id)
            .Select(n => new NotificationData(n.CreatedAt, n.Kind, n.Subject, n.Reason, n.ReadAt))
            .ToListAsync(ct);
        var emails = await db.OutboxEmails.AsNoTracking()
            .Where(m => EF.Functions.ILike(m.To, email, "\\"))
            .OrderBy(m => m.Id)
            .Select(m => new Email(m.CreatedAt, m.Subject, m.Body, m.SentAt))
            .ToListAsync(ct);
        var joinRequests = (await db.JoinRequests.AsNoTracking()
            .Where(r => r.UserId == id)
            .OrderBy(r => r.Id)
            .ToListAsync(ct))
            .Select(r => new JoinRequestData(r.OrganizationId, r.Message, r.State.ToString(), r.CreatedAt, r.DecidedAt, r.DecisionReason))
            .ToList();
        var invitations = await db.OrganizationInvitations.AsNoTracking()
            .Where(i => EF.Functions.ILike(i.Email, email, "\\"))
            .OrderBy(i => i.Id)
            .Select(i => new Invitation(i.OrganizationId, i.CreatedAt, i.ExpiresAt, i.AcceptedAt, i.RevokedAt))
            .ToListAsync(ct);
        var proposals = (await db.Proposals.AsNoTracking()
            .Where(p => p.CreatedBy == id)
            .OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.Title, p.State, p.CreatedAt })
            .ToListAsync(ct))
            .Select(p => new Proposal(p.Id, p.Title, p.State.ToString(), p.CreatedAt))
            .ToList();
        var messages = await db.ConversationMessages.AsNoTracking()
            .Where(m => m.AuthorId == id)
            .OrderBy(m => m.Id)
            .Select(m => new Message(m.ConversationId, m.OrganizationId, m.SentAt, m.Body))
            .ToListAsync(ct);
        var searches = (await db.SavedSearches.AsNoTracking()
            .Where(s => s.UserId == id)
            .OrderBy(s => s.Id)
            .ToListAsync(ct))
            .Select(s => new SavedSearchData(
                s.Name, s.Frequency.ToString(), s.Active, s.CreatedAt, s.Seeks, s.Countries, s.SubRegions, s.Groups, s.Corridors, s.Sectors, s.Text))
            .ToList();
        var audit = await db.AuditEvents.AsNoTracking()
            .Where(e => e.ActorId == id)
            .OrderBy(e => e.Id)
            .Select(e => new AuditEntry(e.OccurredAt, e.Action, e.SubjectType, e.SubjectId, e.Reason))
            .ToListAsync(ct);
        return new PersonalData(
            now, account, organizations, sessions, notifications, emails, joinRequests, invitations, proposals, messages, searches, audit);
    }

    /// <summary>An ILIKE pattern that matches <paramref name="text"/> exactly, ignoring case (emails may hold '_').</summary>
    public static string Exactly(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
    }
}
