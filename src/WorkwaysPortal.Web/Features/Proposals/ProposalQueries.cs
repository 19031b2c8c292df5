using System.Globalization;
using System.Security.Claims;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Proposals;

namespace WorkwaysPortal.Web.Features.Proposals;

public sealed record ProposalParty(int Id, string Name);

/// <summary>A partner organization, what it would bring, and its delegates' answer.</summary>
public sealed record ProposalPartnerView(
    int OrganizationId, string Name, string? Contribution,
    PartnerAnswer Answer = PartnerAnswer.Pending, DateTimeOffset? AnsweredAt = null, string? AnsweredByName = null, string? AnswerMessage = null);

public sealed record ProposalLink(int Id, string Title);

/// <summary>One audit event of a proposal: who did what, when and why.</summary>
public sealed record ProposalHistoryEntry(DateTimeOffset At, string Actor, string Action, string? Reason)
{
    /// <summary>The partner organization the step is about (a partner's answer, a partner dropped), by name, or null.</summary>
    public string? Partner { get; init; }

    /// <summary>The audit details of a step about a partner organization.</summary>
    public static string PartnerDetails(int organizationId, string name) =>
        System.Text.Json.JsonSerializer.Serialize(new PartnerNamed(organizationId, name));

    /// <summary>The partner's name from audit details written by <see cref="PartnerDetails"/>, or null.</summary>
    public static string? PartnerIn(string? details)
    {
        if (string.IsNullOrEmpty(details))
        {
            return null;
        }

        try
        {
            return System.Text.Json.JsonSerializer.Deserialize<PartnerNamed>(details)?.Organization;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private sealed record PartnerNamed(int OrganizationId, string Organization);
}

/// <summary>A proposal as the proposal page, the moderators' review page and the API show it.</summary>
public sealed record ProposalView(
    int Id,
    string Title,
    string Rationale,
    string ProposerContribution,
    ProposalState State,
    ProposalParty Proposer,
    IReadOnlyList<ProposalPartnerView> Partners,
    ProposalLink? Gap,
    ProposalLink? Initiative,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? DecidedAt,
    string? DecidedByName,
    string? DecisionReason,
    uint Version,
    IReadOnlyList<ProposalHistoryEntry> History)
{
    /// <summary>Whether every partner organization has accepted (a moderator may approve only then).</summary>
    public bool EveryPartnerAccepted => Partners.Count > 0 && Partners.All(p => p.Answer == PartnerAnswer.Accepted);
}

/// <summary>Reads one proposal for someone who may see it (<see cref="Visibility.Proposals"/>), with its history.</summary>
public sealed class ProposalQueries(PortalDbContext db, ProposalAuthorization access)
{
    /// <returns>The proposal and what the user is to it, or a null view when it does not exist or is hidden from them.</returns>
    public async Task<(ProposalView? View, ProposalAccess Access)> FindAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        var row = await Visibility.Proposals(db, user.AsViewer()).AsNoTracking()
            .Where(p => p.Id == id)
            .Select(p => new
            {
                p.Id,
                p.Title,
                p.Rationale,
                p.ProposerContribution,
                p.State,
                Proposer = db.Organizations.Where(o => o.Id == p.ProposerOrganizationId).Select(o => new ProposalParty(o.Id, o.Name)).First(),
                Partners = p.Targets
                    .Select(t => new ProposalPartnerView(
                        t.OrganizationId, db.Organizations.Where(o => o.Id == t.OrganizationId).Select(o => o.Name).First(), t.Contribution,
                        t.Answer, t.AnsweredAt, t.AnsweredByName, t.AnswerMessage))
                    .ToList(),
                Gap = db.Gaps.Where(g => g.Id == p.GapId).Select(g => new ProposalLink(g.Id, g.Title)).FirstOrDefault(),
                Initiative = db.Initiatives.Where(i => i.Id == p.InitiativeId).Select(i => new ProposalLink(i.Id, i.Title)).FirstOrDefault(),
                p.CreatedAt,
                p.UpdatedAt,
                p.SubmittedAt,
                p.DecidedAt,
                p.DecidedByName,
                p.DecisionReason,
                p.Version,
            })
            .FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return (null, ProposalAccess.None);
        }

        var who = await access.ForAsync(user, row.Proposer.Id, row.Partners.Select(p => p.OrganizationId), ct);
        var view = new ProposalView(
            row.Id, row.Title, row.Rationale, row.ProposerContribution, row.State, row.Proposer,
            [.. row.Partners.OrderBy(p => p.Name, StringComparer.CurrentCulture)], row.Gap, row.Initiative,
            row.CreatedAt, row.UpdatedAt, row.SubmittedAt, row.DecidedAt, row.DecidedByName, row.DecisionReason, row.Version,
            await HistoryAsync(id, ct));
        return (view, who);
    }

    private async Task<IReadOnlyList<ProposalHistoryEntry>> HistoryAsync(int id, CancellationToken ct)
    {
        var subject = id.ToString(CultureInfo.InvariantCulture);
        var events = await db.AuditEvents.AsNoTracking()
            .Where(e => e.SubjectType == AuditSubjects.Proposal && e.SubjectId == subject)
            .OrderBy(e => e.OccurredAt).ThenBy(e => e.Id)
            .Select(e => new
            {
                e.OccurredAt,
                e.ActorName,
                DisplayName = db.Users.Where(u => u.Id == e.ActorId).Select(u => u.DisplayName).FirstOrDefault(),
                e.Action,
                e.Reason,
                e.Details,
            })
            .ToListAsync(ct);
        return [.. events.Select(e => new ProposalHistoryEntry(
            e.OccurredAt, string.IsNullOrWhiteSpace(e.DisplayName) ? e.ActorName : e.DisplayName, e.Action, e.Reason)
        {
            Partner = ProposalHistoryEntry.PartnerIn(e.Details),
        })];
    }
}
