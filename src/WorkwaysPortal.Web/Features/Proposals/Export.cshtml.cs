using WorkwaysPortal.Documents.Tables;
using WorkwaysPortal.Domain.Proposals;
using WorkwaysPortal.Web.Exports;
using WorkwaysPortal.Web.Features.Proposals;

namespace WorkwaysPortal.Web.Features.Proposals;

/// <summary>
/// The pipeline of partnership proposals as CSV or Excel, for moderators, staff and administrators:
/// every proposal that has been submitted at least once (drafts stay private to their proposers),
/// optionally in one state, newest first.
/// </summary>
[Authorize(Policy = Policies.Oversight)]
public sealed class ExportModel(PortalDbContext db, IStringLocalizer<SharedResource> t) : PageModel
{
    public IActionResult OnGet(string? format, string? state)
    {
        if (ExportCells.Parse(format) is not { } exportFormat)
        {
            return NotFound();
        }

        var only = Enum.GetValues<ProposalState>().Where(s => s != ProposalState.Draft)
            .Cast<ProposalState?>()
            .FirstOrDefault(s => string.Equals(ProposalText.Code(s!.Value), state?.Trim(), StringComparison.OrdinalIgnoreCase));
        var proposals = db.Proposals.Where(p => p.SubmittedAt != null);
        if (only is { } wanted)
        {
            proposals = proposals.Where(p => p.State == wanted);
        }

        var rows = proposals
            .OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id)
            .Select(p => new ProposalExportRow(
                p.Id, p.Title, p.State,
                db.Organizations.Where(o => o.Id == p.ProposerOrganizationId).Select(o => o.Name).First(),
                string.Join("; ", db.Organizations.Where(o => p.Targets.Any(x => x.OrganizationId == o.Id)).OrderBy(o => o.Name).Select(o => o.Name)),
                db.Gaps.Where(g => g.Id == p.GapId).Select(g => g.Title).FirstOrDefault(),
                db.Initiatives.Where(i => i.Id == p.InitiativeId).Select(i => i.Title).FirstOrDefault(),
                p.Rationale, p.CreatedAt, p.SubmittedAt, p.DecidedAt, p.DecidedByName, p.DecisionReason))
            .AsAsyncEnumerable();
        var request = new ExportRequest(
            ExportDatasets.Proposals, exportFormat, [new("state", only is { } s ? ProposalText.Code(s) : null)]);
        return new ExportResult<ProposalExportRow>(request, t["Proposals"], ExportTables.Proposals(t), rows);
    }
}
