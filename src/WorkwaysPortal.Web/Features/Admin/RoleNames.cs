using WorkwaysPortal.Domain.Accounts;

namespace WorkwaysPortal.Web.Features.Admin;

/// <summary>The name of each role as people read it (a localization key).</summary>
public static class RoleNames
{
    public static string Of(string role) => role switch
    {
        Roles.Delegate => "Delegate",
        Roles.Moderator => "Moderator",
        Roles.Staff => "Staff",
        Roles.Admin => "Administrator",
        _ => role,
    };
}
