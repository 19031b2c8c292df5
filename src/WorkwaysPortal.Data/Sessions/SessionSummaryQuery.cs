using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Data.Matching;
using WorkwaysPortal.Data.Taxonomy;
using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Domain.Proposals;
using WorkwaysPortal.Domain.Sessions;

namespace WorkwaysPortal.Data.Sessions;

/// <summary>Everything a session summary shows, with names in one language; the exports only lay it out.</summary>
public sealed record SessionSummary(
    int Id,
    string Title,
    string Consultation,
    DateOnly HeldOn,
    IReadOnlyList<string> Languages,
    string Introduction,
    IReadOnlyList<AgendaItem> Agenda,
    IReadOnlyList<SummaryParticipant> Participants,
    IReadOnlyList<DiscussionTheme> Themes,
    IReadOnlyList<string> Agreements,
    string? ProblemStatement,
    IReadOnlyList<SummaryGap> Gaps,
    IReadOnlyList<string> Initiatives,
    IReadOnlyList<string> Organizations,
    DateTimeOffset ExportedAt);

/// <summary>A participant: the organization by its directory name when it is in the directory.</summary>
public sealed record SummaryParticipant(
    string Name, string? Organization, bool InDirectory, string? Country, string? Role, IReadOnlyList<string> Points);

/// <summary>A gap the session raised, with what the portal knows about partners for it.</summary>
public sealed record SummaryGap(
    int Id, string Title, GapStatus Status, IReadOnlyList<SummaryPartnership> Partnerships, IReadOnlyList<SummaryPartner> Suggestions);

/// <summary>An approved partnership: its title and its organizations, proposer first.</summary>
public sealed record SummaryPartnership(string Title, IReadOnlyList<string> Organizations);

/// <summary>A partner the matching service suggests for a gap.</summary>
public sealed record SummaryPartner(string Name, string? Acronym, string Sector, int Percent);

/// <summary>Loads a <see cref="SessionSummary"/>: the session, its gaps' partnerships and the matcher's suggestions.</summary>
public sealed class SessionSummaryQuery(PortalDbContext db, PartnerMatcher matcher, TaxonomyCatalog catalog, TimeProvider clock)
{
    /// <summary>How many suggested partners each gap shows.</summary>
    public const int SuggestionsPerGap = 3;

    /// <returns>Null when there is no such session.</returns>
    public async Task<SessionSummary?> LoadAsync(int id, string language, CancellationToken ct)
    {
        var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (session is null)
        {
            return null;
        }

        var taxonomy = await catalog.GetAsync(ct);
        var organizationIds = session.InvolvedOrganizationIds().ToList();
        var names = await db.Organizations.AsNoTracking()
            .Where(o => organizationIds.Contains(o.Id))
            .Select(o => new { o.Id, o.Name })
            .ToDictionaryAsync(o => o.Id, o => o.Name, ct);

        var participants = session.Participants
            .Select(p =>
            {
                var known = p.OrganizationId is { } organizationId && names.ContainsKey(organizationId);
                return new SummaryParticipant(
                    p.Name,
                    known ? names[p.OrganizationId!.Value] : p.OrganizationName,
                    known,
                    p.Country is { } country ? taxonomy.CountryName(country, language) : null,
                    p.Role,
                    p.Points);
            })
            .ToList();

        var initiatives = await db.Initiatives.AsNoTracking()
            .Where(i => session.InitiativeIds.Contains(i.Id))
            .OrderBy(i => i.Title)
            .Select(i => i.Title)
            .ToListAsync(ct);

        return new SessionSummary(
            session.Id,
            session.Title,
            session.Consultation,
            session.HeldOn,
            [.. session.Languages.Select(l => taxonomy.LanguageName(l, language))],
            session.Introduction,
            session.Agenda,
            participants,
            session.Themes,
            session.Agreements,
            session.ProblemStatement,
            await GapsAsync(session, language, ct),
            initiatives,
            [.. session.OrganizationIds.Where(names.ContainsKey).Select(o => names[o]).Order(StringComparer.CurrentCulture)],
            clock.GetUtcNow());
    }

    private async Task<IReadOnlyList<SummaryGap>> GapsAsync(ConsultationSession session, string language, CancellationToken ct)
    {
        var linked = session.GapIds;
        var gaps = await db.Gaps.AsNoTracking()
            .Where(g => linked.Contains(g.Id) || g.RaisedInSessionId == session.Id)
            .OrderBy(g => g.Id)
            .Select(g => new { g.Id, g.Title, g.Status })
            .ToListAsync(ct);
        var gapIds = gaps.Select(g => (int?)g.Id).ToList();
        var approved = await db.Proposals.AsNoTracking()
            .Where(p => p.State == ProposalState.Approved && gapIds.Contains(p.GapId))
            .OrderBy(p => p.DecidedAt)
            .Select(p => new
            {
                p.GapId,
                p.Title,
                Proposer = db.Organizations.Where(o => o.Id == p.ProposerOrganizationId).Select(o => o.Name).First(),
                Partners = db.Organizations.Where(o => p.Targets.Any(t => t.OrganizationId == o.Id)).OrderBy(o => o.Name).Select(o => o.Name).ToList(),
            })
            .ToListAsync(ct);

        var taxonomy = await catalog.GetAsync(ct);
        var result = new List<SummaryGap>(gaps.Count);
        foreach (var gap in gaps)
        {
            var suggestions = await matcher.ForGapAsync(gap.Id, SuggestionsPerGap, ct) ?? [];
            result.Add(new SummaryGap(
                gap.Id,
                gap.Title,
                gap.Status,
                [.. approved.Where(p => p.GapId == gap.Id).Select(p => new SummaryPartnership(p.Title, [p.Proposer, .. p.Partners]))],
                [.. suggestions.Select(s => new SummaryPartner(
                    s.Name, s.Acronym, taxonomy.SectorName(s.Sector, language), (int)Math.Round(s.Score * 100, MidpointRounding.AwayFromZero)))]));
        }

        return result;
    }
}
