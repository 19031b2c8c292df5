using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkwaysPortal.Data.Accounts;
using WorkwaysPortal.Data.Mail;
using WorkwaysPortal.Data.Telemetry;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Notifications;

namespace WorkwaysPortal.Data.Notifications;

/// <summary>What one event tells its recipients: the kind, what it is about, why, and where to look.</summary>
public sealed record NotificationContent(
    string Kind, string Subject, string? Reason, int? ProposalId, int? OrganizationId, string Link, int? ConversationId = null, int? InitiativeId = null);

/// <summary>
/// Adds, for each recipient, one in-app notification and one email in the outbox: what every notifier
/// of the portal (proposals, organizations...) goes through. Adds only: the caller saves them in the
/// transaction of the action they report.
/// </summary>
public sealed class NotificationOutbox(TimeProvider clock, IOptions<MailOptions> mail, ICurrentUser currentUser)
{
    /// <param name="alsoActing">Someone else who acted and knows of it already (the moderator who decided), besides the signed-in user.</param>
    public async Task AddAsync(
        PortalDbContext db, IEnumerable<Guid> recipients, Guid? alsoActing, NotificationContent content, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(recipients);
        ArgumentNullException.ThrowIfNull(content);

        // Whoever acted knows what they did.
        Guid?[] actors = [currentUser.Id, alsoActing];
        var ids = recipients.Where(id => !actors.Contains(id)).Distinct().ToArray();
        if (ids.Length == 0)
        {
            return;
        }

        var users = await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .OrderBy(u => u.Id)
            .Select(u => new { u.Id, u.Email, u.PreferredLanguage })
            .ToListAsync(ct);
        var link = mail.Value.Link(content.Link);
        var emails = users.Select(u => u.PreferredLanguage).Distinct()
            .ToDictionary(l => l ?? "", l => NotificationEmail.Compose(content.Kind, content.Subject, content.Reason, link, l));
        var now = clock.GetUtcNow();
        foreach (var user in users)
        {
            PortalMetrics.NotificationsAdded.Add(1, new KeyValuePair<string, object?>("kind", content.Kind));
            db.Notifications.Add(Notification.For(
                user.Id, content.Kind, content.Subject, now, content.Reason, content.ProposalId, content.OrganizationId, content.ConversationId, content.InitiativeId));
            if (!string.IsNullOrWhiteSpace(user.Email))
            {
                var email = emails[user.PreferredLanguage ?? ""];
                db.OutboxEmails.Add(OutboxEmail.Create(user.Email, email.Subject, email.Body, now));
            }
        }
    }

    /// <summary>The delegates of the given organizations, each once.</summary>
    public static async Task<List<Guid>> DelegatesOfAsync(PortalDbContext db, IReadOnlyCollection<int> organizationIds, CancellationToken ct)
    {
        if (organizationIds.Count == 0)
        {
            return [];
        }

        var ids = organizationIds.ToArray();
        return await db.OrganizationMembers.AsNoTracking()
            .Where(m => ids.Contains(m.OrganizationId))
            .Select(m => m.UserId)
            .Distinct()
            .ToListAsync(ct);
    }

    /// <summary>Everyone who moderates: moderators and administrators.</summary>
    public static async Task<List<Guid>> ModeratorsAsync(PortalDbContext db, CancellationToken ct)
    {
        string[] roles = [Roles.Moderator, Roles.Admin];
        return await (
                from userRole in db.UserRoles
                join role in db.Roles on userRole.RoleId equals role.Id
                where roles.Contains(role.Name!)
                select userRole.UserId)
            .Distinct()
            .ToListAsync(ct);
    }
}
