using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Auditing;

namespace WorkwaysPortal.Web.Features.Admin.Users;

/// <summary>One account as an administrator sees it: who, its roles, its state, its organizations and the last audit events about it.</summary>
public sealed record AccountView(
    Guid Id, string DisplayName, string Email, bool EmailConfirmed, DateTimeOffset? LockoutEnd, DateTimeOffset CreatedAt,
    IReadOnlyList<string> Roles, IReadOnlyList<OrganizationOption> Organizations, IReadOnlyList<AuditEvent> History)
{
    public bool IsLockedAt(DateTimeOffset now) => LockoutEnd is { } end && end > now;

    public bool Has(string role) => Roles.Contains(role);

    /// <summary>The account named by <c>?user=</c>, or null when there is none.</summary>
    public static async Task<AccountView?> LoadAsync(PortalDbContext db, Guid? userId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (userId is not { } id)
        {
            return null;
        }

        var user = await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.EmailConfirmed, u.LockoutEnd, u.CreatedAt })
            .FirstOrDefaultAsync(ct);
        if (user is null)
        {
            return null;
        }

        var roles = await db.UserRoles.Where(ur => ur.UserId == id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).ToListAsync(ct);
        var organizations = await db.Organizations.AsNoTracking()
            .Where(o => db.OrganizationMembers.Any(m => m.OrganizationId == o.Id && m.UserId == id))
            .OrderBy(o => o.Name)
            .Select(o => new OrganizationOption(o.Id, o.Name))
            .ToListAsync(ct);
        var subject = id.ToString();
        var history = await db.AuditEvents.AsNoTracking()
            .Where(e => e.SubjectType == AuditSubjects.User && e.SubjectId == subject)
            .OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Take(10)
            .ToListAsync(ct);
        return new AccountView(
            user.Id, user.DisplayName, user.Email ?? "", user.EmailConfirmed, user.LockoutEnd, user.CreatedAt,
            [.. Domain.Accounts.Roles.All.Where(roles.Contains)], organizations, history);
    }
}
