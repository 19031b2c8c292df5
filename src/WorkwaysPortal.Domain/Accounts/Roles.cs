namespace WorkwaysPortal.Domain.Accounts;

/// <summary>The roles of the portal. Every account has at least <see cref="Delegate"/>.</summary>
public static class Roles
{
    public const string Delegate = "delegate";
    public const string Moderator = "moderator";
    public const string Staff = "staff";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Delegate, Moderator, Staff, Admin];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
