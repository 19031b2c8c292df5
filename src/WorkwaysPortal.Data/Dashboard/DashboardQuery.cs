using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Data.Access;
using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Proposals;

namespace WorkwaysPortal.Data.Dashboard;

/// <summary>How many of something carry a taxonomy code (a sector, a country).</summary>
public sealed record CodeCount(string Code, int Count);

/// <summary>The public gaps that require one capability, by status.</summary>
public sealed record CapabilityGaps(string Capability, int Open, int BeingAddressed, int Closed)
{
    public int Total => Open + BeingAddressed + Closed;

    /// <summary>Not closed yet: open, or being addressed by an approved partnership.</summary>
    public int StillOpen => Open + BeingAddressed;
}

/// <summary>How many proposals created in one month are now in each state.</summary>
public sealed record MonthOfProposals(DateOnly Month, IReadOnlyDictionary<ProposalState, int> ByState)
{
    public int Total => ByState.Values.Sum();
}

public sealed record PartnerNode(int Id, string Name, string? Acronym, int Partnerships);

/// <summary>One approved partnership between two organizations (a proposal with three parties gives three edges).</summary>
public sealed record PartnerEdge(int ProposalId, string Title, int From, int To);

public sealed record DashboardData(
    int VerifiedOrganizations,
    int PendingOrganizations,
    int OpenGaps,
    int ProposalsAwaitingDecision,
    int ApprovedPartnerships,
    IReadOnlyList<CodeCount> OrganizationsBySector,
    IReadOnlyList<CodeCount> OrganizationsByCountry,
    IReadOnlyList<CodeCount> OpenGapsByCountry,
    IReadOnlyList<CapabilityGaps> GapsByCapability,
    IReadOnlyList<MonthOfProposals> ProposalsByMonth,
    IReadOnlyList<PartnerNode> PartnerNodes,
    IReadOnlyList<PartnerEdge> PartnerEdges);

/// <summary>
/// The numbers of the staff dashboard, counted in the database: verified organizations by sector and
/// by country (an organization working in three countries counts in each), public gaps still open by
/// country, public gaps by required capability and status, proposals by month of creation and current
/// state (the last <see cref="Months"/> months), and the approved partnerships as a network.
/// </summary>
public static class DashboardQuery
{
    public const int Months = 12;

    /// <summary>The network shows at most this many partnerships, the most recently decided.</summary>
    public const int MaxPartnerships = 150;

    public static async Task<DashboardData> LoadAsync(PortalDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var verified = db.Organizations.AsNoTracking().Where(o => o.Status == VerificationStatus.Verified);

        var bySector = await verified.GroupBy(o => o.Sector)
            .Select(g => new CodeCount(g.Key, g.Count()))
            .ToListAsync(ct);
        var byCountry = await verified.SelectMany(o => o.Countries).GroupBy(c => c)
            .Select(g => new CodeCount(g.Key, g.Count()))
            .ToListAsync(ct);
        var openGapsByCountry = await Visibility.Gaps(db, Viewer.Anonymous).AsNoTracking()
            .Where(g => g.Status != GapStatus.Closed)
            .SelectMany(g => g.Countries).GroupBy(c => c)
            .Select(g => new CodeCount(g.Key, g.Count()))
            .ToListAsync(ct);
        var gaps = await Visibility.Gaps(db, Viewer.Anonymous).AsNoTracking()
            .SelectMany(g => g.Requires, (g, capability) => new { Capability = capability, g.Status })
            .GroupBy(x => x.Capability)
            .Select(g => new CapabilityGaps(
                g.Key,
                g.Count(x => x.Status == GapStatus.Open),
                g.Count(x => x.Status == GapStatus.BeingAddressed),
                g.Count(x => x.Status == GapStatus.Closed)))
            .ToListAsync(ct);

        var firstMonth = new DateOnly(now.UtcDateTime.Year, now.UtcDateTime.Month, 1).AddMonths(1 - Months);
        var since = new DateTimeOffset(firstMonth.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var proposals = await db.Proposals.AsNoTracking()
            .Where(p => p.CreatedAt >= since)
            .Select(p => new { p.CreatedAt, p.State })
            .ToListAsync(ct);
        var byMonth = Enumerable.Range(0, Months)
            .Select(i => firstMonth.AddMonths(i))
            .Select(month => new MonthOfProposals(
                month,
                Enum.GetValues<ProposalState>().ToDictionary(
                    state => state,
                    state => proposals.Count(p => p.State == state && p.CreatedAt.UtcDateTime.Year == month.Year && p.CreatedAt.UtcDateTime.Month == month.Month))))
            .ToList();

        var approved = await db.Proposals.AsNoTracking()
            .Where(p => p.State == ProposalState.Approved)
            .OrderByDescending(p => p.DecidedAt).ThenByDescending(p => p.Id)
            .Take(MaxPartnerships)
            .Select(p => new { p.Id, p.Title, p.ProposerOrganizationId, Partners = p.Targets.Select(t => t.OrganizationId).ToList() })
            .ToListAsync(ct);
        var edges = approved
            .SelectMany(p => p.Partners.Select(partner => new PartnerEdge(p.Id, p.Title, p.ProposerOrganizationId, partner)))
            .ToList();
        var degree = edges.SelectMany(e => new[] { e.From, e.To }).GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
        var ids = degree.Keys.ToList();
        var nodes = (await db.Organizations.AsNoTracking()
                .Where(o => ids.Contains(o.Id))
                .Select(o => new { o.Id, o.Name, o.Acronym })
                .ToListAsync(ct))
            .Select(o => new PartnerNode(o.Id, o.Name, o.Acronym, degree[o.Id]))
            .OrderBy(o => o.Name, StringComparer.Ordinal)
            .ToList();

        return new DashboardData(
            VerifiedOrganizations: await verified.CountAsync(ct),
            PendingOrganizations: await db.Organizations.CountAsync(o => o.Status == VerificationStatus.Pending, ct),
            OpenGaps: await Visibility.Gaps(db, Viewer.Anonymous).AsNoTracking().CountAsync(g => g.Status != GapStatus.Closed, ct),
            ProposalsAwaitingDecision: await db.Proposals.CountAsync(p => p.State == ProposalState.Submitted, ct),
            ApprovedPartnerships: await db.Proposals.CountAsync(p => p.State == ProposalState.Approved, ct),
            OrganizationsBySector: [.. bySector.OrderByDescending(c => c.Count).ThenBy(c => c.Code, StringComparer.Ordinal)],
            OrganizationsByCountry: [.. byCountry.OrderByDescending(c => c.Count).ThenBy(c => c.Code, StringComparer.Ordinal)],
            OpenGapsByCountry: [.. openGapsByCountry.OrderByDescending(c => c.Count).ThenBy(c => c.Code, StringComparer.Ordinal)],
            GapsByCapability: [.. gaps.OrderByDescending(c => c.Total).ThenBy(c => c.Capability, StringComparer.Ordinal)],
            ProposalsByMonth: byMonth,
            PartnerNodes: nodes,
            PartnerEdges: edges);
    }
}
