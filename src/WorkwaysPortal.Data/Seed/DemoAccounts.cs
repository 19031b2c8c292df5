using WorkwaysPortal.Domain.Accounts;

namespace WorkwaysPortal.Data.Seed;

/// <summary>
/// The demo accounts, one per role. They exist only when demo data is loaded; the README lists them,
/// and tests and browser tests sign in with them. Never load demo data in production.
/// </summary>
public static class DemoAccounts
{
    /// <summary>The password of every demo account.</summary>
    public const string Password = "Workways-Demo-2026";

    public const string DelegateEmail = "delegate@workways.example";
    public const string ModeratorEmail = "moderator@workways.example";
    public const string StaffEmail = "staff@workways.example";
    public const string AdminEmail = "admin@workways.example";

    /// <summary>Every demo account; each has <see cref="Roles.Delegate"/> as well as its own role.</summary>
    public static IReadOnlyList<DemoAccount> All { get; } =
    [
        new(DelegateEmail, "Demo Delegate (GMIES)", Roles.Delegate),
        new(ModeratorEmail, "Demo Moderator", Roles.Moderator),
        new(StaffEmail, "Demo GFMD Staff", Roles.Staff),
        new(AdminEmail, "Demo Administrator", Roles.Admin),
    ];

    /// <summary>The organizations the demo delegate may edit: one verified, one waiting for a moderator.</summary>
    public static IReadOnlyList<string> DelegateOrganizations { get; } =
        [DemoData.GmiesName, DemoData.PendingOrganizationName];
}

/// <summary>One demo account: who signs in and with which role.</summary>
public sealed record DemoAccount(string Email, string DisplayName, string Role)
{
    /// <summary>The roles the account has: its own role and, always, delegate.</summary>
    public IReadOnlyList<string> GrantedRoles { get; } = Role == Roles.Delegate ? [Role] : [Roles.Delegate, Role];
}
