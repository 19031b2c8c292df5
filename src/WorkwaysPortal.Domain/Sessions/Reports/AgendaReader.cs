using System.Text.RegularExpressions;

namespace WorkwaysPortal.Domain.Sessions;

/// <summary>
/// The agenda: a numbered item "Label: Person/ Language — Person/ Language" gives the item and its
/// people, with the role its label names; a "-Label: Person" point under an item adds people with that
/// label's role (an interpretation between two languages is noted with their English names, "English ↔ Spanish").
/// </summary>
internal sealed partial class AgendaReader(ReportContext context) : SectionReader(context)
{
    private const int PersonMaxLength = 80;

    private readonly List<OpenItem> _items = [];

    public IReadOnlyList<AgendaItem> Items => [.. _items.Select(i => new AgendaItem(i.Title, i.People))];

    public override void Read(ReportBlock block)
    {
        var text = block.Text;
        Context.FindLanguages(text);
        if (block.Marker == Marker.Number && _items.Count < ConsultationSession.MaxItems)
        {
            var line = LabelAndPeople(text);
            var role = Context.Labels.RoleOf(line.Label);
            _items.Add(new(line.Label, [.. line.People.Select(p => new AgendaResponsible(p.Person, role, p.Note))]));
        }
        else if (block.Marker == Marker.Bullet && _items.Count > 0)
        {
            var line = LabelAndPeople(text);
            var role = Context.Labels.RoleOf(line.Label);
            var note = role == AgendaRole.Interpretation ? LanguagePair(line.Label) : null;
            if (line.People.Count == 0)
            {
                Context.Notes.Add(text);
            }

            _items[^1].People.AddRange(line.People.Select(p => new AgendaResponsible(p.Person, role, p.Note ?? note)));
        }
        else
        {
            Context.Notes.Add(text);
        }
    }

    private string? LanguagePair(string label)
    {
        var languages = new HashSet<string>(StringComparer.Ordinal);
        Context.Labels.AddLanguagesIn(label, languages);
        return languages.Count == 2 ? string.Join(" ↔ ", Context.Labels.LanguagesInOrder(languages)) : null;
    }

    /// <summary>"Label: Person/ Note — Person/ Note" → the label and the people; no colon, no people.</summary>
    private static LabeledPeople LabelAndPeople(string text)
    {
        text = LeadingDashes().Replace(text, "");
        var colon = text.LastIndexOf(':');
        if (colon < 0)
        {
            return new(Clip(text, ConsultationSession.ShortTextMaxLength)!, []);
        }

        var label = text[..colon].Trim();
        var people = new List<PersonNote>();
        foreach (var part in PeopleSeparator().Split(text[(colon + 1)..]))
        {
            var slash = part.IndexOf('/', StringComparison.Ordinal);
            var person = (slash >= 0 ? part[..slash] : part).Trim().TrimEnd('.', ',');
            var note = slash >= 0 ? part[(slash + 1)..].Trim().TrimEnd('.', ',') : null;
            if (person.Length is > 0 and <= PersonMaxLength)
            {
                people.Add(new(person, string.IsNullOrEmpty(note) ? null : Clip(note, ConsultationSession.NoteMaxLength)));
            }
        }

        return new(Clip(label.Length > 0 ? label : text, ConsultationSession.ShortTextMaxLength)!, people);
    }

    /// <summary>An agenda item while its points may still add people to it.</summary>
    private sealed record OpenItem(string Title, List<AgendaResponsible> People);

    /// <summary>A line of the agenda read as "Label: people".</summary>
    private sealed record LabeledPeople(string Label, List<PersonNote> People);

    /// <summary>One person of an agenda line and what qualifies them ("English").</summary>
    private sealed record PersonNote(string Person, string? Note);

    [GeneratedRegex(@"^[\s\-–—]+")]
    private static partial Regex LeadingDashes();

    [GeneratedRegex(@"\s*[—–;]\s*|\s+-\s+")]
    private static partial Regex PeopleSeparator();
}
