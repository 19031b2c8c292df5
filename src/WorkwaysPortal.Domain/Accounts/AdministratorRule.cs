namespace WorkwaysPortal.Domain.Accounts;

/// <summary>What an administrator does to an account from <c>/Admin/Users</c>.</summary>
public enum AccountChange
{
    GiveRole,
    TakeRole,
    Lock,
    Unlock,
}

/// <summary>
/// The one rule every change of roles or lockout passes: the portal always keeps an administrator who
/// can sign in, and every account stays a delegate. The caller counts the active administrators
/// (in the role and not locked) in the same transaction as the change, holding the lock that serializes
/// such changes, so two administrators taking each other's role at once cannot both succeed.
/// </summary>
public static class AdministratorRule
{
    /// <summary>The refusal (a <see cref="UserMessages"/> text) of <paramref name="change"/>, or null when it is allowed.</summary>
    /// <param name="role">The role given or taken (null for a lock or an unlock).</param>
    /// <param name="targetIsActiveAdministrator">Whether the account is an administrator who is not locked.</param>
    /// <param name="activeAdministrators">How many administrators who are not locked the portal has, the account included.</param>
    public static string? Refusal(AccountChange change, string? role, bool targetIsActiveAdministrator, int activeAdministrators)
    {
        if (change is AccountChange.GiveRole or AccountChange.TakeRole && (role is null || !Roles.IsKnown(role)))
        {
            return UserMessages.NotAPortalRole;
        }

        if (change == AccountChange.TakeRole && role == Roles.Delegate)
        {
            return UserMessages.EveryAccountIsADelegate;
        }

        var removesAnAdministrator = targetIsActiveAdministrator
            && (change == AccountChange.Lock || (change == AccountChange.TakeRole && role == Roles.Admin));
        return removesAnAdministrator && activeAdministrators <= 1 ? UserMessages.LastAdministrator : null;
    }
}
