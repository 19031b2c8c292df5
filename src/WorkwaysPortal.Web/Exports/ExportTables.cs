using WorkwaysPortal.Documents.Tables;
using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Domain.Initiatives;
using WorkwaysPortal.Domain.Proposals;
using WorkwaysPortal.Web.Features.Proposals;

namespace WorkwaysPortal.Web.Exports;

public sealed record OrganizationExportRow(
    int Id, string Name, string? Acronym, string Sector, string[] Countries, string[] Offers, string[] Seeks, string[] Languages,
    string? Website, string Description, string? ContactName, string? ContactEmail, string? ContactPhone);

public sealed record GapExportRow(
    int Id, string Title, GapStatus Status, GapPriority Priority, string? RaisedBy, string[] Requires, string[] Countries,
    int[] GcmObjectives, string Description, DateTimeOffset CreatedAt);

public sealed record InitiativeExportRow(
    int Id, string Title, InitiativeStatus Status, string LeadOrganization, string[] Countries, string[] Capabilities,
    int[] GcmObjectives, DateOnly? StartsOn, DateOnly? EndsOn, string Description);

public sealed record ProposalExportRow(
    int Id, string Title, ProposalState State, string Proposer, string Partners, string? Gap, string? Initiative,
    string Rationale, DateTimeOffset CreatedAt, DateTimeOffset? SubmittedAt, DateTimeOffset? DecidedAt, string? DecidedBy,
    string? DecisionReason);

/// <summary>
/// The columns of each export, headed in the reader's language, with taxonomy codes turned into
/// names in that language; lists of names in one cell are separated by "; ".
/// </summary>
public static class ExportTables
{
    private const string ListSeparator = "; ";

    public static IReadOnlyList<ExportColumn<OrganizationExportRow>> Organizations(
        IStringLocalizer t, TaxonomySnapshot taxonomy, string language, bool withContacts)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(taxonomy);
        List<ExportColumn<OrganizationExportRow>> columns =
        [
            new(t["Id"], o => o.Id),
            new(t["Name"], o => o.Name),
            new(t["Acronym"], o => o.Acronym),
            new(t["Sector"], o => taxonomy.SectorName(o.Sector, language)),
            new(t["Countries"], o => Names(o.Countries, c => taxonomy.CountryName(c, language))),
            new(t["Offers"], o => Names(o.Offers, c => taxonomy.CapabilityName(c, language))),
            new(t["Seeks"], o => Names(o.Seeks, c => taxonomy.CapabilityName(c, language))),
            new(t["Languages"], o => Names(o.Languages, c => taxonomy.LanguageName(c, language))),
            new(t["Website"], o => o.Website),
            new(t["Description"], o => o.Description),
        ];
        if (withContacts)
        {
            columns.Add(new(t["Contact name"], o => o.ContactName));
            columns.Add(new(t["Contact email"], o => o.ContactEmail));
            columns.Add(new(t["Contact phone"], o => o.ContactPhone));
        }

        return columns;
    }

    public static IReadOnlyList<ExportColumn<GapExportRow>> Gaps(IStringLocalizer t, TaxonomySnapshot taxonomy, string language)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(taxonomy);
        return
        [
            new(t["Id"], g => g.Id),
            new(t["Title"], g => g.Title),
            new(t["Status"], g => t.Label(g.Status)),
            new(t["Priority"], g => t.Label(g.Priority)),
            new(t["Raised by"], g => g.RaisedBy),
            new(t["Requires"], g => Names(g.Requires, c => taxonomy.CapabilityName(c, language))),
            new(t["Countries"], g => Names(g.Countries, c => taxonomy.CountryName(c, language))),
            new(t["GCM objectives"], g => Names(g.GcmObjectives, n => taxonomy.GcmObjectiveName(n, language))),
            new(t["Description"], g => g.Description),
            new(t["Recorded on (UTC)"], g => g.CreatedAt),
        ];
    }

    public static IReadOnlyList<ExportColumn<InitiativeExportRow>> Initiatives(IStringLocalizer t, TaxonomySnapshot taxonomy, string language)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(taxonomy);
        return
        [
            new(t["Id"], i => i.Id),
            new(t["Title"], i => i.Title),
            new(t["Status"], i => t.Label(i.Status)),
            new(t["Lead organization"], i => i.LeadOrganization),
            new(t["Countries"], i => Names(i.Countries, c => taxonomy.CountryName(c, language))),
            new(t["Capabilities"], i => Names(i.Capabilities, c => taxonomy.CapabilityName(c, language))),
            new(t["GCM objectives"], i => Names(i.GcmObjectives, n => taxonomy.GcmObjectiveName(n, language))),
            new(t["Starts on"], i => i.StartsOn),
            new(t["Ends on"], i => i.EndsOn),
            new(t["Description"], i => i.Description),
        ];
    }

    public static IReadOnlyList<ExportColumn<ProposalExportRow>> Proposals(IStringLocalizer t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return
        [
            new(t["Id"], p => p.Id),
            new(t["Title"], p => p.Title),
            new(t["State"], p => ProposalText.State(t, p.State)),
            new(t["Proposer"], p => p.Proposer),
            new(t["Partners"], p => p.Partners),
            new(t["Gap"], p => p.Gap),
            new(t["Initiative"], p => p.Initiative),
            new(t["Rationale"], p => p.Rationale),
            new(t["Created on (UTC)"], p => p.CreatedAt),
            new(t["Submitted on (UTC)"], p => p.SubmittedAt),
            new(t["Decided on (UTC)"], p => p.DecidedAt),
            new(t["Decided by"], p => p.DecidedBy),
            new(t["Reason for the decision"], p => p.DecisionReason),
        ];
    }

    private static string Names<TCode>(IEnumerable<TCode> codes, Func<TCode, string> name) =>
        string.Join(ListSeparator, codes.Select(name));
}
