using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Domain.Sessions;

namespace WorkwaysPortal.Web.Features.Sessions;

/// <summary>A gap linked to the session.</summary>
public sealed record SessionGapLink(int Id, string Title, GapStatus Status);

/// <summary>
/// A session as staff read it: agenda, participants and their points (each point can become a gap or
/// an initiative in one click), themes, agreements, what it mentions, and its exports.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DetailsModel(PortalDbContext db, TaxonomyCatalog catalog) : PageModel
{
    public ConsultationSession Session { get; private set; } = null!;
    public IReadOnlyDictionary<int, string> OrganizationNames { get; private set; } = new Dictionary<int, string>();
    public IReadOnlyList<SessionGapLink> Gaps { get; private set; } = [];
    public IReadOnlyList<LinkChoice> Initiatives { get; private set; } = [];
    public TaxonomySnapshot Taxonomy { get; private set; } = TaxonomySnapshot.Seed;

    public async Task<IActionResult> OnGetAsync([FromRoute] int id, CancellationToken ct)
    {
        var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (session is null)
        {
            return NotFound();
        }

        Session = session;
        OrganizationNames = await SessionOrganizations.NamesAsync(db, session.InvolvedOrganizationIds(), ct);
        Gaps = await db.Gaps.AsNoTracking()
            .Where(g => session.GapIds.Contains(g.Id) || g.RaisedInSessionId == id)
            .OrderBy(g => g.Title)
            .Select(g => new SessionGapLink(g.Id, g.Title, g.Status))
            .ToListAsync(ct);
        Initiatives = await db.Initiatives.AsNoTracking()
            .Where(i => session.InitiativeIds.Contains(i.Id))
            .OrderBy(i => i.Title)
            .Select(i => new LinkChoice(i.Id, i.Title))
            .ToListAsync(ct);
        Taxonomy = await catalog.GetAsync(ct);
        return Page();
    }

    /// <summary>The participant's organization as the directory names it now, or as the session wrote it.</summary>
    public string? OrganizationOf(SessionParticipant participant)
    {
        ArgumentNullException.ThrowIfNull(participant);
        return participant.OrganizationId is { } id && OrganizationNames.TryGetValue(id, out var name) ? name : participant.OrganizationName;
    }

    public bool InDirectory(SessionParticipant participant) =>
        participant?.OrganizationId is { } id && OrganizationNames.ContainsKey(id);
}
