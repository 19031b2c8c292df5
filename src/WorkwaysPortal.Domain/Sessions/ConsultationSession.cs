namespace WorkwaysPortal.Domain.Sessions;

/// <summary>
/// A discussion session of a GFMD consultation as GFMD staff record it: its agenda, who took part and
/// what each said, the themes of the discussion, the agreements and the problem it identified, and the
/// gaps, initiatives and organizations it mentions. Agenda, participants and themes belong to the
/// session alone: they are kept (and replaced) with it, never shared.
/// </summary>
public sealed class ConsultationSession
{
    public const int TitleMaxLength = 200;
    public const int ConsultationMaxLength = 300;
    public const int ShortTextMaxLength = 300;
    public const int NameMaxLength = 200;
    public const int NoteMaxLength = 100;
    public const int IntroductionMaxLength = 8000;
    public const int PointMaxLength = 8000;
    public const int ThemeTextMaxLength = 20000;
    public const int AgreementMaxLength = 4000;
    public const int NotesMaxLength = ReportParser.MaxLength;
    public const int MaxItems = 100;

    private ConsultationSession()
    {
    }

    public int Id { get; private set; }
    public string Title { get; private set; } = "";

    /// <summary>The consultation it belongs to, e.g. "GFMD Regional Consultation — Latin America, the Caribbean and North America".</summary>
    public string Consultation { get; private set; } = "";

    public DateOnly HeldOn { get; private set; }

    /// <summary>Working-language codes of the session (e.g. en, es).</summary>
    public string[] Languages { get; private set; } = [];

    /// <summary>Why the session was held: the opening paragraph of its report.</summary>
    public string Introduction { get; private set; } = "";

    public IReadOnlyList<AgendaItem> Agenda { get; private set; } = [];
    public IReadOnlyList<SessionParticipant> Participants { get; private set; } = [];
    public IReadOnlyList<DiscussionTheme> Themes { get; private set; } = [];
    public string[] Agreements { get; private set; } = [];

    /// <summary>The problem the session identified, e.g. "Unregulated migration".</summary>
    public string? ProblemStatement { get; private set; }

    /// <summary>What a report said that no field holds (kept, never dropped), and staff's own notes.</summary>
    public string? Notes { get; private set; }

    public int[] GapIds { get; private set; } = [];
    public int[] InitiativeIds { get; private set; } = [];
    public int[] OrganizationIds { get; private set; } = [];

    public Guid? CreatedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public uint Version { get; private set; }

    public static ConsultationSession Record(SessionDetails details, Guid? createdBy, DateTimeOffset now)
    {
        var session = new ConsultationSession { CreatedBy = createdBy, CreatedAt = now };
        session.Update(details, now);
        return session;
    }

    /// <summary>Replaces what the session says with the reviewed details (text cleaned, blanks dropped).</summary>
    public void Update(SessionDetails details, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (string.IsNullOrWhiteSpace(details.Title))
        {
            throw new DomainRuleException(UserMessages.TitleRequired);
        }

        Title = SessionText.Clean(details.Title);
        Consultation = SessionText.Clean(details.Consultation);
        HeldOn = details.HeldOn;
        Languages = Codes.Normalize(details.Languages, upper: false);
        Introduction = SessionText.Clean(details.Introduction);
        Agenda = [.. details.Agenda.Select(CleanItem).Where(i => i.Title.Length > 0 || i.Responsible.Count > 0)];
        Participants = [.. details.Participants.Select(CleanParticipant).Where(p => p.Name.Length > 0)];
        Themes = [.. details.Themes.Select(t => new DiscussionTheme(SessionText.Clean(t.Heading), SessionText.Clean(t.Text)))
            .Where(t => t.Heading.Length > 0 || t.Text.Length > 0)];
        Agreements = [.. details.Agreements.Select(SessionText.Clean).Where(a => a.Length > 0)];
        ProblemStatement = SessionText.CleanOrNull(details.ProblemStatement);
        Notes = SessionText.CleanOrNull(details.Notes);
        GapIds = [.. details.GapIds.Distinct().Order()];
        InitiativeIds = [.. details.InitiativeIds.Distinct().Order()];
        OrganizationIds = [.. details.OrganizationIds.Distinct().Order()];
        UpdatedAt = now;
    }

    /// <summary>The participant at this position of the list, or null.</summary>
    public SessionParticipant? Participant(int index) => index >= 0 && index < Participants.Count ? Participants[index] : null;

    /// <summary>A gap that came out of the session (e.g. created from a contribution) is linked to it.</summary>
    public void LinkGap(int gapId, DateTimeOffset now)
    {
        if (!GapIds.Contains(gapId))
        {
            GapIds = [.. GapIds.Append(gapId).Order()];
            UpdatedAt = now;
        }
    }

    public void LinkInitiative(int initiativeId, DateTimeOffset now)
    {
        if (!InitiativeIds.Contains(initiativeId))
        {
            InitiativeIds = [.. InitiativeIds.Append(initiativeId).Order()];
            UpdatedAt = now;
        }
    }

    /// <summary>Every organization of the directory the session involves: its participants' and the ones it mentions.</summary>
    public IReadOnlyList<int> InvolvedOrganizationIds() =>
        [.. Participants.Select(p => p.OrganizationId).OfType<int>().Concat(OrganizationIds).Distinct().Order()];

    private static AgendaItem CleanItem(AgendaItem item) =>
        new(
            SessionText.Clean(item.Title),
            [.. item.Responsible
                .Select(r => new AgendaResponsible(SessionText.Clean(r.Person), r.Role, SessionText.CleanOrNull(r.Note)))
                .Where(r => r.Person.Length > 0)]);

    private static SessionParticipant CleanParticipant(SessionParticipant p) =>
        new(
            SessionText.Clean(p.Name),
            p.OrganizationId,
            SessionText.CleanOrNull(p.OrganizationName),
            SessionText.CleanOrNull(p.Country)?.ToUpperInvariant(),
            SessionText.CleanOrNull(p.Role),
            [.. p.Points.Select(SessionText.Clean).Where(x => x.Length > 0)]);
}
