using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Sessions;
using WorkwaysPortal.Domain.Taxonomy;

namespace WorkwaysPortal.Data.Seed;

/// <summary>The consultation session of the demo data (<see cref="DemoSession"/>).</summary>
public static partial class DemoSeeder
{
    /// <summary>
    /// Records the demo session when no session has its title, linked to the demo organizations, gaps and
    /// initiatives found in the directory; the demo gaps that do not name a session yet are attributed to it.
    /// </summary>
    private static async Task<int> AddMissingSessionAsync(
        PortalDbContext db, IReadOnlyDictionary<string, int> organizations, TaxonomySnapshot taxonomy, DateTimeOffset now,
        ILogger logger, CancellationToken ct)
    {
        if (await db.Sessions.AnyAsync(s => s.Title == DemoSession.Title, ct))
        {
            return 0;
        }

        var gapTitles = DemoActivity.Gaps.Select(g => g.Details.Title).ToList();
        var gaps = await db.Gaps.Where(g => gapTitles.Contains(g.Title)).OrderBy(g => g.Id).ToListAsync(ct);
        var initiativeTitles = DemoActivity.Initiatives.Select(i => i.Title).ToList();
        var initiatives = await db.Initiatives.AsNoTracking()
            .Where(i => initiativeTitles.Contains(i.Title))
            .OrderBy(i => i.Id)
            .Select(i => i.Id)
            .ToListAsync(ct);

        var details = new SessionDetails(
            DemoSession.Title,
            DemoSession.Consultation,
            DemoSession.HeldOn,
            DemoSession.Languages,
            DemoSession.Introduction,
            DemoSession.Agenda,
            [
                .. DemoSession.Participants.Select(p => new SessionParticipant(
                    p.Name,
                    organizations.TryGetValue(p.Organization, out var id) ? id : null,
                    p.Organization,
                    p.Country,
                    p.Role,
                    p.Points)),
            ],
            DemoSession.Themes,
            DemoSession.Agreements,
            DemoSession.ProblemStatement,
            null,
            [.. gaps.Select(g => g.Id)],
            initiatives,
            [.. DemoSession.MentionedOrganizations.Where(organizations.ContainsKey).Select(n => organizations[n])]);
        if (!Fits(DemoSession.Title, SessionRules.Check(details, taxonomy), logger))
        {
            return 0;
        }

        var recordedAt = now - DemoActivity.RecordedAgo;
        var session = ConsultationSession.Record(details, null, recordedAt);
        db.Sessions.Add(session);
        await db.SaveChangesAsync(ct);

        foreach (var gap in gaps)
        {
            gap.AttributeToSession(session.Id);
        }

        db.AuditEvents.Add(AuditEvent.Record(
            recordedAt, null, ActorName, AuditActions.SessionRecorded, AuditSubjects.Session,
            session.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await db.SaveChangesAsync(ct);
        return 1;
    }
}
