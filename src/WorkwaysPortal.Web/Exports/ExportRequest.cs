using System.Security.Claims;
using WorkwaysPortal.Data.Exports;
using WorkwaysPortal.Domain.Accounts;

namespace WorkwaysPortal.Web.Exports;

/// <summary>The lists that can be exported; each name is also the audit event's subject id and part of the file name.</summary>
public static class ExportDatasets
{
    public const string Organizations = "organizations";
    public const string Gaps = "gaps";
    public const string Initiatives = "initiatives";
    public const string Proposals = "proposals";
}

/// <summary>One export as it is audited: which list, in which format, with which filters, and whether contact details were included.</summary>
public sealed record ExportRequest(
    string Dataset, ExportFormat Format, IReadOnlyList<KeyValuePair<string, string?>> Filters, bool WithContacts = false);

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

/// <summary>The two download links of a list page.</summary>
public sealed record ExportLinks(string CsvHref, string XlsxHref)
{
    public static ExportLinks For(Func<string, string> href)
    {
        ArgumentNullException.ThrowIfNull(href);
        return new(href("csv"), href("xlsx"));
    }
}
