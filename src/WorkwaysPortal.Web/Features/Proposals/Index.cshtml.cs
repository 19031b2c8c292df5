using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Proposals;

namespace WorkwaysPortal.Web.Features.Proposals;

/// <summary>
/// "My proposals": what the signed-in user's organizations proposed (drafts included) and what they
/// were invited to (once submitted), most recently changed first.
/// </summary>
[Authorize]
public sealed class IndexModel(PortalDbContext db) : PageModel
{
    public const int MaxRows = 200;

    public sealed record Row(int Id, string Title, ProposalState State, string Proposer, IReadOnlyList<string> Partners, DateTimeOffset UpdatedAt);

    public sealed record Proposer(int Id, string Name);

    /// <summary>One of the two tables of the page.</summary>
    public sealed record RowsView(string Caption, string TestId, IReadOnlyList<Row> Rows);

    public IReadOnlyList<Row> Sent { get; private set; } = [];
    public IReadOnlyList<Row> Received { get; private set; } = [];

    /// <summary>The user's verified organizations, which may propose partnerships.</summary>
    public IReadOnlyList<Proposer> Proposers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var userId = User.Id();
        var mine = db.OrganizationMembers.Where(m => m.UserId == userId).Select(m => m.OrganizationId);
        Proposers = await db.Organizations.AsNoTracking()
            .Where(o => mine.Contains(o.Id) && o.Status == VerificationStatus.Verified)
            .OrderBy(o => o.Name)
            .Select(o => new Proposer(o.Id, o.Name))
            .ToListAsync(ct);
        Sent = await RowsAsync(db.Proposals.Where(p => mine.Contains(p.ProposerOrganizationId)), ct);
        Received = await RowsAsync(
            db.Proposals.Where(p => p.SubmittedAt != null
                && !mine.Contains(p.ProposerOrganizationId)
                && p.Targets.Any(t => mine.Contains(t.OrganizationId))),
            ct);
    }

    private Task<List<Row>> RowsAsync(IQueryable<PartnershipProposal> proposals, CancellationToken ct) =>
        proposals.AsNoTracking()
            .OrderByDescending(p => p.UpdatedAt).ThenByDescending(p => p.Id)
            .Take(MaxRows)
            .Select(p => new Row(
                p.Id, p.Title, p.State,
                db.Organizations.Where(o => o.Id == p.ProposerOrganizationId).Select(o => o.Name).First(),
                db.Organizations.Where(o => p.Targets.Any(t => t.OrganizationId == o.Id)).OrderBy(o => o.Name).Select(o => o.Name).ToList(),
                p.UpdatedAt))
            .ToListAsync(ct);
}
