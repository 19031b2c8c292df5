using System.Net.Mail;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using WorkwaysPortal.Data.Accounts;
using WorkwaysPortal.Data.Mail;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Web.Features.Account;
using WorkwaysPortal.Web.Features.Organizations.Team;

namespace WorkwaysPortal.Web.Features.Admin.Users;

/// <summary>What became of an administrator's change to an account.</summary>
public sealed record AdministrationOutcome(bool Found, string? Refusal)
{
    public static AdministrationOutcome Done { get; } = new(true, null);
    public static AdministrationOutcome Missing { get; } = new(false, null);

    public static AdministrationOutcome Refused(string refusal) => new(true, refusal);
}

/// <summary>
/// Every change an administrator makes to accounts from <c>/Admin/Users</c>: give or take a role, lock or
/// unlock, send the confirmation link again, invite someone with a role. Each change, its audit event
/// and its emails are one transaction; changes of roles and lockouts take the lock of the administrator
/// role's row first, so <see cref="AdministratorRule"/> counts the administrators no concurrent change
/// is altering (two administrators taking each other's role at once: the second is refused). Each
/// change is also a security event.
/// </summary>
public sealed class AccountAdministration(
    PortalDbContext db, UserManager<ApplicationUser> users, AccountEmails emails, IOptions<MailOptions> mail, TimeProvider clock)
{
    /// <summary>Gives or takes a role, locks or unlocks an account.</summary>
    public async Task<AdministrationOutcome> ChangeAsync(HttpContext http, Guid userId, AccountChange change, string? role, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        var strategy = db.Database.CreateExecutionStrategy();
        var outcome = await strategy.ExecuteAsync(token => ChangeOnceAsync(http.User, userId, change, role, token), ct);
        if (outcome.Changed)
        {
            SecurityEvents.AccountAdministered(http, EventOf(change), userId, role);
        }

        return outcome.Outcome;
    }

    /// <summary>Sends the confirmation link again to an account whose address is not confirmed.</summary>
    public async Task<AdministrationOutcome> ResendConfirmationAsync(HttpContext http, Guid userId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return AdministrationOutcome.Missing;
        }

        if (user.EmailConfirmed)
        {
            return AdministrationOutcome.Refused(Domain.UserMessages.AddressAlreadyConfirmed);
        }

        emails.ConfirmAddress(db, user, await users.GenerateEmailConfirmationTokenAsync(user));
        db.AuditEvents.Add(Event(http.User, AuditActions.ConfirmationResent, AuditSubjects.User, user.Id.ToString(), new { email = user.Email }));
        await db.SaveChangesAsync(ct);
        SecurityEvents.AccountAdministered(http, AuditActions.ConfirmationResent, userId, null);
        return AdministrationOutcome.Done;
    }

    /// <summary>
    /// Invites <paramref name="email"/> to create an account with <paramref name="role"/>; refused when the
    /// address is not one or already has an account (give that account the role instead).
    /// </summary>
    public async Task<AdministrationOutcome> InviteAsync(HttpContext http, string email, string role, string language, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        var address = email.Trim();
        if (!MailAddress.TryCreate(address, out var parsed) || parsed.Address != address || address.Length > AccountInvitation.EmailMaxLength)
        {
            return AdministrationOutcome.Refused(Domain.UserMessages.InvitedEmailInvalid);
        }

        if (!Roles.IsKnown(role))
        {
            return AdministrationOutcome.Refused(Domain.UserMessages.NotAPortalRole);
        }

        if (await users.FindByEmailAsync(address) is not null)
        {
            return AdministrationOutcome.Refused(Domain.UserMessages.InvitedEmailHasAccount);
        }

        var now = clock.GetUtcNow();
        var (token, hash) = InvitationToken.New();
        var invitation = AccountInvitation.Create(address, role, hash, PortalLanguages.IsSupported(language) ? language : "en", http.User.Id(), now);
        db.AccountInvitations.Add(invitation);
        var message = AccountInvitationEmail.Compose(
            invitation.Language, role, PortalClaims.NameOf(http.User), mail.Value.Link("/Account/Invitation?token=" + token), invitation.ExpiresAt);
        db.OutboxEmails.Add(OutboxEmail.Create(address, message.Subject, message.Body, now));
        db.AuditEvents.Add(Event(http.User, AuditActions.AccountInvited, AuditSubjects.AccountInvitation, address, new { email = address, role }));
        await db.SaveChangesAsync(ct);
        SecurityEvents.AccountAdministered(http, AuditActions.AccountInvited, null, role);
        return AdministrationOutcome.Done;
    }

    private async Task<(AdministrationOutcome Outcome, bool Changed)> ChangeOnceAsync(
        ClaimsPrincipal actor, Guid userId, AccountChange change, string? role, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        // Every change of roles and lockouts queues here until the one before it commits.
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM roles WHERE name = {Roles.Admin} FOR UPDATE", ct);
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return (AdministrationOutcome.Missing, false);
        }

        var now = clock.GetUtcNow();
        var current = await users.GetRolesAsync(user);
        var activeAdministrators = await ActiveAdministratorsAsync(now, ct);
        var targetIsActiveAdministrator = current.Contains(Roles.Admin) && !IsLocked(user, now);
        if (AdministratorRule.Refusal(change, role, targetIsActiveAdministrator, activeAdministrators) is { } refusal)
        {
            return (AdministrationOutcome.Refused(refusal), false);
        }

        var changed = change switch
        {
            AccountChange.GiveRole when !current.Contains(role!) => Check(await users.AddToRoleAsync(user, role!)),
            AccountChange.TakeRole when current.Contains(role!) => Check(await users.RemoveFromRoleAsync(user, role!)),
            AccountChange.Lock when !IsLocked(user, now) => Check(await users.SetLockoutEnabledAsync(user, true))
                                                           && Check(await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue)),
            AccountChange.Unlock when IsLocked(user, now) => Check(await users.SetLockoutEndDateAsync(user, null))
                                                             && Check(await users.ResetAccessFailedCountAsync(user)),
            _ => false,
        };
        if (!changed)
        {
            return (AdministrationOutcome.Done, false);
        }

        if (change is AccountChange.TakeRole or AccountChange.Lock)
        {
            // The cookie carries the roles: the account signs in again, without the role or not at all.
            await users.UpdateSecurityStampAsync(user);
            await SignInSessions.EndAllAsync(db, user.Id, ct);
        }

        db.AuditEvents.Add(Event(actor, ActionOf(change), AuditSubjects.User, user.Id.ToString(), new { email = user.Email, role }));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (AdministrationOutcome.Done, true);
    }

    /// <summary>Administrators who can sign in: in the role and not locked.</summary>
    private Task<int> ActiveAdministratorsAsync(DateTimeOffset now, CancellationToken ct) =>
        (from userRole in db.UserRoles
         join r in db.Roles on userRole.RoleId equals r.Id
         join u in db.Users on userRole.UserId equals u.Id
         where r.Name == Roles.Admin && (u.LockoutEnd == null || u.LockoutEnd <= now)
         select u.Id).CountAsync(ct);

    public static bool IsLocked(ApplicationUser user, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.LockoutEnd is { } end && end > now;
    }

    private AuditEvent Event(ClaimsPrincipal actor, string action, string subjectType, string subjectId, object details) =>
        AuditEvent.Record(clock.GetUtcNow(), actor.TryGetId(), actor.Identity?.Name ?? "", action, subjectType, subjectId,
            details: JsonSerializer.Serialize(details));

    private static string ActionOf(AccountChange change) => change switch
    {
        AccountChange.GiveRole => AuditActions.RoleGranted,
        AccountChange.TakeRole => AuditActions.RoleRevoked,
        AccountChange.Lock => AuditActions.AccountLocked,
        _ => AuditActions.AccountUnlocked,
    };

    private static string EventOf(AccountChange change) => ActionOf(change);

    private static bool Check(IdentityResult result) =>
        result.Succeeded ? true : throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
}
