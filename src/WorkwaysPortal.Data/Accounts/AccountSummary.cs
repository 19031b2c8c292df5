using Microsoft.EntityFrameworkCore;

namespace WorkwaysPortal.Data.Accounts;

/// <summary>
/// What a moderator may see of an account (who registered an organization, who proposes): its name,
/// address, whether the address is confirmed and since when the account exists.
/// </summary>
public sealed record AccountSummary(Guid Id, string DisplayName, string Email, bool EmailConfirmed, DateTimeOffset CreatedAt)
{
    /// <summary>Every account as a summary, to filter: <c>await AccountSummary.Query(db).SingleOrDefaultAsync(a => a.Id == id, ct)</c>.</summary>
    public static IQueryable<AccountSummary> Query(PortalDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Users.AsNoTracking().Select(u => new AccountSummary(u.Id, u.DisplayName, u.Email ?? "", u.EmailConfirmed, u.CreatedAt));
    }
}
