using System.ComponentModel.DataAnnotations;
using WorkwaysPortal.Domain.Sessions;

namespace WorkwaysPortal.Web.Features.Sessions;

/// <summary>
/// The session form, shared by New (also when filled from a report) and Edit. Lists are bound by
/// position; the form always offers a few blank rows, and blank rows are dropped when it is saved.
/// Entities are never bound directly.
/// </summary>
public sealed class SessionInput
{
    [Display(Name = "Title")]
    public string? Title { get; set; }

    [Display(Name = "Consultation")]
    public string? Consultation { get; set; }

    [Display(Name = "Date")]
    [DataType(DataType.Date)]
    public DateOnly? HeldOn { get; set; }

    [Display(Name = "Languages")]
    public List<string> Languages { get; set; } = [];

    [Display(Name = "Introduction")]
    public string? Introduction { get; set; }

    public List<AgendaItemInput> Agenda { get; set; } = [];
    public List<ParticipantInput> Participants { get; set; } = [];
    public List<ThemeInput> Themes { get; set; } = [];

    /// <summary>One agreement or conclusion per line.</summary>
    [Display(Name = "Agreements and conclusions")]
    public string? Agreements { get; set; }

    [Display(Name = "Problem identified")]
    public string? ProblemStatement { get; set; }

    [Display(Name = "Notes")]
    public string? Notes { get; set; }

    [Display(Name = "Gaps it raised or mentions")]
    public List<int> GapIds { get; set; } = [];

    [Display(Name = "Initiatives it mentions")]
    public List<int> InitiativeIds { get; set; } = [];

    /// <summary>One organization of the directory per line, by name or acronym.</summary>
    [Display(Name = "Organizations it mentions")]
    public string? Organizations { get; set; }

    /// <summary>The session's version when the form was opened (Edit), to refuse overwriting someone else's change.</summary>
    public uint? Version { get; set; }

    public static SessionInput From(ConsultationSession session, IReadOnlyDictionary<int, string> organizationNames)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(organizationNames);
        return new SessionInput
        {
            Title = session.Title,
            Consultation = session.Consultation,
            HeldOn = session.HeldOn,
            Languages = [.. session.Languages],
            Introduction = session.Introduction,
            Agenda = [.. session.Agenda.Select(AgendaItemInput.From)],
            Participants = [.. session.Participants.Select(p => ParticipantInput.From(p, organizationNames))],
            Themes = [.. session.Themes.Select(t => new ThemeInput { Heading = t.Heading, Text = t.Text })],
            Agreements = string.Join('\n', session.Agreements),
            ProblemStatement = session.ProblemStatement,
            Notes = session.Notes,
            GapIds = [.. session.GapIds],
            InitiativeIds = [.. session.InitiativeIds],
            Organizations = string.Join('\n', session.OrganizationIds.Where(organizationNames.ContainsKey).Select(id => organizationNames[id])),
            Version = session.Version,
        };
    }

    /// <summary>A draft read from a report; its organizations already resolved to the directory where they could be.</summary>
    public static SessionInput From(ReportDraft draft, IReadOnlyDictionary<string, string> directoryNames)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(directoryNames);
        return new SessionInput
        {
            Title = draft.Title,
            Consultation = draft.Consultation,
            Languages = [.. draft.Languages],
            Introduction = draft.Introduction,
            Agenda = [.. draft.Agenda.Select(AgendaItemInput.From)],
            Participants =
            [
                .. draft.Participants.Select(p => new ParticipantInput
                {
                    Name = p.Name,
                    Organization = p.OrganizationName is { } name && directoryNames.TryGetValue(name, out var known) ? known : p.OrganizationName,
                    Country = p.Country,
                    Role = p.Role,
                    Points = string.Join("\n\n", p.Points),
                }),
            ],
            Themes = [.. draft.Themes.Select(t => new ThemeInput { Heading = t.Heading, Text = t.Text })],
            Agreements = string.Join('\n', draft.Agreements),
            ProblemStatement = draft.ProblemStatement,
            Notes = draft.Notes,
        };
    }

    /// <summary>Drops the rows left blank (they are offered, not meant).</summary>
    public void Compact()
    {
        foreach (var item in Agenda)
        {
            item.Responsible.RemoveAll(r => r.IsBlank);
        }

        Agenda.RemoveAll(a => a.IsBlank);
        Participants.RemoveAll(p => p.IsBlank);
        Themes.RemoveAll(t => t.IsBlank);
    }

    /// <summary>Adds the blank rows the form offers for more agenda items, people, participants and themes.</summary>
    public SessionInput WithBlankRows()
    {
        foreach (var item in Agenda)
        {
            item.Responsible.Add(new ResponsibleInput());
        }

        Agenda.Add(new AgendaItemInput { Responsible = [new(), new()] });
        Participants.Add(new ParticipantInput());
        Themes.Add(new ThemeInput());
        return this;
    }

    /// <summary>The lines of a multi-line field, trimmed, without the blank ones.</summary>
    public static IReadOnlyList<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Points are separated by a blank line.</summary>
    public static IReadOnlyList<string> Paragraphs(string? text) =>
        (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}

public sealed class AgendaItemInput
{
    [Display(Name = "Agenda item")]
    public string? Title { get; set; }

    public List<ResponsibleInput> Responsible { get; set; } = [];

    public bool IsBlank => string.IsNullOrWhiteSpace(Title) && Responsible.TrueForAll(r => r.IsBlank);

    public static AgendaItemInput From(AgendaItem item) => new()
    {
        Title = item.Title,
        Responsible = [.. item.Responsible.Select(r => new ResponsibleInput { Person = r.Person, Role = r.Role, Note = r.Note })],
    };
}

public sealed class ResponsibleInput
{
    [Display(Name = "Person")]
    public string? Person { get; set; }

    [Display(Name = "Role")]
    public AgendaRole Role { get; set; } = AgendaRole.Other;

    [Display(Name = "Language or note")]
    public string? Note { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Person) && string.IsNullOrWhiteSpace(Note);
}

public sealed class ParticipantInput
{
    [Display(Name = "Name")]
    public string? Name { get; set; }

    /// <summary>The organization as written: one of the directory (by name or acronym) or a new one.</summary>
    [Display(Name = "Organization")]
    public string? Organization { get; set; }

    [Display(Name = "Country")]
    public string? Country { get; set; }

    [Display(Name = "Role")]
    public string? Role { get; set; }

    [Display(Name = "Contribution")]
    public string? Points { get; set; }

    public bool IsBlank =>
        string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Organization) && string.IsNullOrWhiteSpace(Country)
        && string.IsNullOrWhiteSpace(Role) && string.IsNullOrWhiteSpace(Points);

    public static ParticipantInput From(SessionParticipant p, IReadOnlyDictionary<int, string> organizationNames) => new()
    {
        Name = p.Name,
        Organization = p.OrganizationId is { } id && organizationNames.TryGetValue(id, out var name) ? name : p.OrganizationName,
        Country = p.Country,
        Role = p.Role,
        Points = string.Join("\n\n", p.Points),
    };
}

public sealed class ThemeInput
{
    [Display(Name = "Heading")]
    public string? Heading { get; set; }

    [Display(Name = "Text")]
    public string? Text { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Heading) && string.IsNullOrWhiteSpace(Text);
}
