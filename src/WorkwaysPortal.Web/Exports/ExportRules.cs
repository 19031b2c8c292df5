using System.Security.Claims;
using WorkwaysPortal.Domain.Accounts;

namespace WorkwaysPortal.Web.Exports;

/// <summary>
/// Who sees what in an export. Anonymous visitors and delegates get what the public pages show;
/// moderators, staff and administrators also get the organizations' contact details, and only they
/// may export the proposals (never drafts: a proposal that was never submitted belongs to its proposer).
/// </summary>
public static class ExportRules
{
    public static bool MayExportContacts(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Roles.Moderator) || user.IsInRole(Roles.Staff) || user.IsInRole(Roles.Admin);
    }
}
