using System.Globalization;
using WorkwaysPortal.Data.Listing;
using WorkwaysPortal.Domain.Accounts;

namespace WorkwaysPortal.Web.Features.Admin.Users;

/// <summary>The state of an account as the administrators' list filters it.</summary>
public enum AccountState
{
    /// <summary>Confirmed and not locked: signs in and uses everything its roles allow.</summary>
    Active,

    /// <summary>Locked by an administrator or by failed sign-ins: cannot sign in.</summary>
    Locked,

    /// <summary>Not locked, but its email address is not confirmed yet.</summary>
    Unconfirmed,
}

/// <summary>The filters of <c>/Admin/Users</c>, read leniently from the address like every list's (an unknown value is dropped).</summary>
public sealed record UserFilter(string? Text, string? Role, AccountState? State, int? Organization, int Page)
{
    public static UserFilter Read(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var text = new string([.. query["q"].ToString().Where(c => !char.IsControl(c))]).Trim();
        if (text.Length > ListLimits.MaxTextLength)
        {
            text = text[..ListLimits.MaxTextLength];
        }

        var role = query["role"].ToString();
        var state = Enum.TryParse<AccountState>(query["state"], ignoreCase: true, out var s) && Enum.IsDefined(s) && !int.TryParse(query["state"], out _) ? s : (AccountState?)null;
        var organization = int.TryParse(query["organization"], NumberStyles.None, CultureInfo.InvariantCulture, out var o) && o > 0 ? o : (int?)null;
        var page = long.TryParse(query["page"], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var p)
            ? (int)Math.Clamp(p, 1, ListLimits.MaxPage)
            : 1;
        return new UserFilter(text.Length == 0 ? null : text, Roles.IsKnown(role) ? role : null, state, organization, page);
    }

    public bool Any => Text is not null || Role is not null || State is not null || Organization is not null;

    /// <summary>The filters by their names in the address (empty ones included).</summary>
    public (string Name, string? Value)[] Values() =>
    [
        ("q", Text), ("role", Role), ("state", State?.ToString().ToLowerInvariant()),
        ("organization", Organization?.ToString(CultureInfo.InvariantCulture)),
    ];
}

/// <summary>One account in the administrators' list.</summary>
public sealed record UserListItem(
    Guid Id, string DisplayName, string Email, bool EmailConfirmed, DateTimeOffset? LockoutEnd, DateTimeOffset CreatedAt, string[] Roles)
{
    public bool IsLockedAt(DateTimeOffset now) => LockoutEnd is { } end && end > now;
}

/// <summary>An organization the list can be filtered by.</summary>
public sealed record OrganizationOption(int Id, string Name);

/// <summary>The accounts of the portal as administrators search them: by name or email, role, state and organization, a page at a time.</summary>
public static class UserQuery
{
    public static async Task<ListPage<UserListItem>> SearchAsync(PortalDbContext db, UserFilter filter, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        var users = db.Users.AsNoTracking();
        if (filter.Text is { } text)
        {
            var pattern = "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            users = users.Where(u => EF.Functions.ILike(u.DisplayName, pattern) || EF.Functions.ILike(u.Email!, pattern));
        }

        if (filter.Role is { } role)
        {
            users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
        }

        users = filter.State switch
        {
            AccountState.Locked => users.Where(u => u.LockoutEnd != null && u.LockoutEnd > now),
            AccountState.Unconfirmed => users.Where(u => !u.EmailConfirmed && (u.LockoutEnd == null || u.LockoutEnd <= now)),
            AccountState.Active => users.Where(u => u.EmailConfirmed && (u.LockoutEnd == null || u.LockoutEnd <= now)),
            _ => users,
        };

        if (filter.Organization is { } organization)
        {
            users = users.Where(u => db.OrganizationMembers.Any(m => m.UserId == u.Id && m.OrganizationId == organization));
        }

        var total = await users.CountAsync(ct);
        var page = Math.Min(filter.Page, ListLimits.PageCount(total, ListLimits.DefaultPageSize));
        var items = await users
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Email).ThenBy(u => u.Id)
            .Skip((page - 1) * ListLimits.DefaultPageSize)
            .Take(ListLimits.DefaultPageSize)
            .Select(u => new UserListItem(
                u.Id, u.DisplayName, u.Email ?? "", u.EmailConfirmed, u.LockoutEnd, u.CreatedAt,
                db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).ToArray()))
            .ToListAsync(ct);
        return new ListPage<UserListItem>(items, total, page, ListLimits.DefaultPageSize);
    }

    /// <summary>The organizations that have delegates, for the organization filter.</summary>
    public static Task<List<OrganizationOption>> OrganizationsAsync(PortalDbContext db, CancellationToken ct) =>
        db.Organizations.AsNoTracking()
            .Where(o => db.OrganizationMembers.Any(m => m.OrganizationId == o.Id))
            .OrderBy(o => o.Name)
            .Select(o => new OrganizationOption(o.Id, o.Name))
            .ToListAsync(ct);
}
