using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Data.Notifications;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Notifications;

namespace WorkwaysPortal.Data.Accounts;

/// <summary>The outcome of deleting an account.</summary>
public enum AccountDeletionOutcome
{
    Deleted,

    /// <summary>The account is the only administrator: nobody would be left to give roles.</summary>
    LastAdministrator,
}

/// <summary>
/// Deletes a person's account at their request, as one unit of work: the account row goes with what
/// only describes that person (roles, sign-in sessions, notifications, memberships, join requests,
/// passkeys and tokens, by the database's cascades), so do the emails to their address and the
/// invitations sent to it. What organizations did stays: their records, the proposals a person drafted
/// for them (without the person), and the audit trail, where the person's name and address become a
/// pseudonym that still ties their past actions together. Organizations left without a delegate are
/// reported to the moderators, who can give them a new one.
/// </summary>
public sealed class AccountDeletion(PortalDbContext db, UserManager<ApplicationUser> users, NotificationOutbox outbox, TimeProvider clock)
{
    /// <summary>
    /// The name that replaces a deleted account's name and address in the audit trail: the same for every
    /// event of that account, and not the way back to it (a hash of the random account id).
    /// </summary>
    public static string Pseudonym(Guid userId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(userId.ToString("N")));
        return "deleted-account-" + Convert.ToHexStringLower(hash)[..12];
    }

    /// <summary>The organizations whose only delegate is <paramref name="userId"/>.</summary>
    public async Task<List<(int Id, string Name)>> OrganizationsLeftWithoutDelegateAsync(Guid userId, CancellationToken ct) =>
        [.. (await db.Organizations.AsNoTracking()
            .Where(o => o.Members.Any(m => m.UserId == userId) && o.Members.Count == 1)
            .OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name })
            .ToListAsync(ct))
            .Select(o => (o.Id, o.Name))];

    public async Task<AccountDeletionOutcome> DeleteAsync(ApplicationUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var id = user.Id;
            var admins = await db.UserRoles.AsNoTracking()
                .Where(ur => db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Admin))
                .Select(ur => ur.UserId)
                .ToListAsync(ct);
            if (admins.Contains(id) && admins.Count <= 1)
            {
                return AccountDeletionOutcome.LastAdministrator;
            }

            var pseudonym = Pseudonym(id);
            var email = user.Email ?? "";
            var now = clock.GetUtcNow();

            var orphaned = await OrganizationsLeftWithoutDelegateAsync(id, ct);
            var moderators = (await NotificationOutbox.ModeratorsAsync(db, ct)).Where(m => m != id).ToList();
            foreach (var (organizationId, name) in orphaned)
            {
                await outbox.AddAsync(db, moderators, null, new NotificationContent(
                    NotificationKinds.OrganizationWithoutDelegate, name, null, null, organizationId,
                    NotificationLinks.For(NotificationKinds.OrganizationWithoutDelegate, null, organizationId)!), ct);
            }

            // The audit trail refuses every change but this one, and only while workways.pseudonym is set (migration AuditPseudonyms).
            await db.Database.ExecuteSqlAsync($"SELECT set_config('workways.pseudonym', {pseudonym}, true)", ct);
            await db.AuditEvents.Where(e => e.ActorId == id)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.ActorName, pseudonym), ct);
            if (email.Length > 0)
            {
                var pattern = Regex.Escape(email);
                await db.Database.ExecuteSqlAsync(
                    $"UPDATE audit_events SET details = regexp_replace(details::text, {pattern}, {pseudonym}, 'gi')::jsonb WHERE details::text ~* {pattern}", ct);
            }

            await db.Proposals.Where(p => p.DecidedBy == id)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.DecidedByName, pseudonym), ct);
            await db.ProposalTargets.Where(t => t.AnsweredBy == id)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.AnsweredByName, pseudonym), ct);
            await db.InitiativeParticipants.Where(p => p.AnsweredBy == id)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.AnsweredByName, pseudonym), ct);
            await db.OutboxEmails.Where(m => EF.Functions.ILike(m.To, PersonalData.Exactly(email), "\\")).ExecuteDeleteAsync(ct);
            await db.OrganizationInvitations.Where(i => EF.Functions.ILike(i.Email, PersonalData.Exactly(email), "\\")).ExecuteDeleteAsync(ct);

            db.AuditEvents.Add(AuditEvent.Record(
                now, id, pseudonym, AuditActions.AccountDeleted, AuditSubjects.User, id.ToString(),
                details: orphaned.Count == 0 ? null : System.Text.Json.JsonSerializer.Serialize(new { organizationsWithoutDelegate = orphaned.Select(o => o.Id) })));
            await db.SaveChangesAsync(ct);

            var deleted = await users.DeleteAsync(await users.FindByIdAsync(id.ToString()) ?? user);
            if (!deleted.Succeeded)
            {
                throw new InvalidOperationException(string.Create(
                    CultureInfo.InvariantCulture, $"The account could not be deleted: {string.Join("; ", deleted.Errors.Select(e => e.Description))}"));
            }

            await transaction.CommitAsync(ct);
            return AccountDeletionOutcome.Deleted;
        });
    }
}
