using WorkwaysPortal.Domain.Sessions;

namespace WorkwaysPortal.Web.Features.Sessions;

/// <summary>One contribution point of a session, from which staff create a gap or an initiative.</summary>
public sealed record SessionPoint(ConsultationSession Session, int ParticipantIndex, SessionParticipant Participant, int PointIndex, string Text)
{
    /// <summary>The point, tracked (its session is linked to what is created), or null when the address names none.</summary>
    public static async Task<SessionPoint?> FindAsync(PortalDbContext db, int sessionId, int participant, int point, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var session = await db.Sessions.FirstOrDefaultAsync(s => s.Id == sessionId, ct);
        return session?.Participant(participant) is { } p && point >= 0 && point < p.Points.Count
            ? new SessionPoint(session, participant, p, point, p.Points[point])
            : null;
    }

    /// <summary>A title proposed from the point: its first sentence, cut to <paramref name="maxLength"/>.</summary>
    public string SuggestedTitle(int maxLength)
    {
        var end = Text.IndexOfAny(['.', ';', ':']);
        var sentence = end > 0 ? Text[..end] : Text;
        return sentence.Length <= maxLength ? sentence.Trim() : sentence[..maxLength].Trim();
    }

    /// <summary>The point, cut to what a description may hold.</summary>
    public string Description(int maxLength) => Text.Length <= maxLength ? Text : Text[..maxLength];
}
