using WorkwaysPortal.Documents.Tables;

namespace WorkwaysPortal.Web.Exports;

/// <summary>The lists that can be exported; each name is also the audit event's subject id and part of the file name.</summary>
public static class ExportDatasets
{
    public const string Organizations = "organizations";
    public const string Gaps = "gaps";
    public const string Initiatives = "initiatives";
    public const string Proposals = "proposals";

    /// <summary>The audit trail itself (<c>/Admin/Audit</c>): reading it out is audited too.</summary>
    public const string Audit = "audit";
}

/// <summary>One export as it is audited: which list, in which format, with which filters, and whether contact details were included.</summary>
public sealed record ExportRequest(
    string Dataset, ExportFormat Format, IReadOnlyList<KeyValuePair<string, string?>> Filters, bool WithContacts = false);
