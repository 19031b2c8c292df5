using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using WorkwaysPortal.Domain.Taxonomy;
using WorkwaysPortal.Domain.Text;

namespace WorkwaysPortal.Domain.Sessions;

/// <summary>
/// Reads the plain text of a session report shaped like the first "Workways in Latin America and the
/// Caribbean" report (text copied from a PDF or a word processor) into a <see cref="ReportDraft"/>.
/// The rules, in the order the report follows (docs/sessions.md has them with examples):
/// <list type="number">
/// <item>The first short lines are the title ("Report - Session 1" becomes "Session 1"); the paragraphs
/// before the first section are the introduction, which also names the consultation.</item>
/// <item>Sections start at a line beginning with "Agenda", "Summary of contributions", "Discussion" or
/// "Agreements" (or their Spanish words), whatever bullet glyph the copy left in front.</item>
/// <item>Agenda: numbered items; "label: Person/ Language — Person/ Language" gives the people and,
/// from the label, their role; "-label: Person" lines under an item add people with that role.</item>
/// <item>Contributions: a line "Name — Organization, Country:" (or "Name. Organization. Role.", or one
/// behind a bullet glyph) starts a participant; each "-" point, and each other paragraph, is one point.</item>
/// <item>Discussion: a one-line paragraph ending in ":" is a theme's heading; the paragraphs below are its text.</item>
/// <item>Agreements: each point or paragraph is one agreement; "The problem was identified as "…""
/// also gives the problem statement.</item>
/// </list>
/// Paragraphs that a copy broke in the middle of a sentence are joined again. Anything else is kept in
/// the notes. Pure and bounded: at most <see cref="MaxLength"/> characters, time linear in the text.
/// </summary>
public static partial class ReportParser
{
    /// <summary>Fifty times the length of the report the parser is modelled on.</summary>
    public const int MaxLength = 500_000;

    private enum Section
    {
        Preamble,
        Agenda,
        Contributions,
        Discussion,
        Agreements,
    }

    private enum Marker
    {
        None,
        Number,
        Bullet,
        Glyph,
    }

    public static ReportParseResult Parse(string? text, TaxonomySnapshot taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        if (string.IsNullOrWhiteSpace(text))
        {
            return ReportParseResult.Failed(UserMessages.ReportEmpty);
        }

        if (text.Length > MaxLength)
        {
            return ReportParseResult.Failed(UserMessages.ReportTooLong, MaxLength);
        }

        if (text.Contains('\0', StringComparison.Ordinal) || SessionText.ControlCharacters(text) > text.Length / 100)
        {
            return ReportParseResult.Failed(UserMessages.ReportNotText);
        }

        var sections = Split(SessionText.Clean(text));
        var reader = new Reader(Countries(taxonomy));
        reader.Read(sections);
        return new ReportParseResult(reader.Draft(), null);
    }

    /// <summary>The lines of each section, grouped into blocks (paragraphs and points).</summary>
    private static List<(Section Section, List<Block> Blocks)> Split(string text)
    {
        var sections = new List<(Section Section, List<Block> Blocks)> { (Section.Preamble, []) };
        Block? open = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = Spaces().Replace(raw.Trim(), " ");
            if (line.Length == 0)
            {
                open = null;
                continue;
            }

            if (SectionOf(line) is { } section)
            {
                sections.Add((section, []));
                open = null;
                continue;
            }

            var (marker, rest) = MarkerOf(line);
            if (marker != Marker.None || open is null)
            {
                open = new Block(marker);
                sections[^1].Blocks.Add(open);
            }

            open.Lines.Add(rest);
        }

        foreach (var (_, blocks) in sections)
        {
            JoinBrokenParagraphs(blocks);
        }

        return sections;
    }

    private static Section? SectionOf(string line)
    {
        if (line.Length > 60)
        {
            return null;
        }

        var (_, text) = MarkerOf(line);
        return text switch
        {
            _ when AgendaHeading().IsMatch(text) => Section.Agenda,
            _ when ContributionsHeading().IsMatch(text) => Section.Contributions,
            _ when DiscussionHeading().IsMatch(text) => Section.Discussion,
            _ when AgreementsHeading().IsMatch(text) => Section.Agreements,
            _ => null,
        };
    }

    private static (Marker Marker, string Text) MarkerOf(string line)
    {
        if (NumberMarker().Match(line) is { Success: true } number)
        {
            return (Marker.Number, line[number.Length..]);
        }

        if (BulletMarker().Match(line) is { Success: true } bullet)
        {
            return (Marker.Bullet, line[bullet.Length..]);
        }

        if (GlyphMarker().Match(line) is { Success: true } glyph)
        {
            return (Marker.Glyph, line[glyph.Length..]);
        }

        return (Marker.None, line);
    }

    /// <summary>A paragraph that ends mid-sentence and one that goes on in lower case are one paragraph.</summary>
    private static void JoinBrokenParagraphs(List<Block> blocks)
    {
        for (var i = blocks.Count - 1; i > 0; i--)
        {
            var next = blocks[i];
            var previous = blocks[i - 1];
            if (next.Marker == Marker.None && next.Text.Length > 0 && char.IsLower(next.Text[0])
                && previous.Text.Length > 0 && !".:;!?\"”»)".Contains(previous.Text[^1], StringComparison.Ordinal))
            {
                previous.Lines.AddRange(next.Lines);
                blocks.RemoveAt(i);
            }
        }
    }

    private static Dictionary<string, string> Countries(TaxonomySnapshot taxonomy)
    {
        var countries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var country in taxonomy.Countries)
        {
            countries.TryAdd(NameKey.For(country.NameEn), country.Code);
            countries.TryAdd(NameKey.For(country.NameEs), country.Code);
        }

        foreach (var (alias, code) in new[] { ("usa", "US"), ("united states of america", "US"), ("eeuu", "US"), ("ee. uu.", "US"), ("ee.uu.", "US") })
        {
            if (taxonomy.IsCountry(code))
            {
                countries.TryAdd(alias, code);
            }
        }

        return countries;
    }

    /// <summary>Capitals only ("WORKWAYS IN LATIN AMERICA") read better as a title ("Workways in Latin America").</summary>
    private static string TitleCase(string line)
    {
        if (!line.Any(char.IsLetter) || line.Any(char.IsLower))
        {
            return line;
        }

        var words = line.ToLower(CultureInfo.InvariantCulture).Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].Length > 0 && (i == 0 || !SmallWords.Contains(words[i])))
            {
                words[i] = char.ToUpper(words[i][0], CultureInfo.InvariantCulture) + words[i][1..];
            }
        }

        return string.Join(' ', words);
    }

    private static readonly HashSet<string> SmallWords =
        new(["a", "an", "and", "the", "of", "in", "on", "for", "to", "by", "de", "del", "la", "las", "el", "los", "y", "e", "en", "para"], StringComparer.Ordinal);

    private static AgendaRole RoleOf(string label)
    {
        var text = NameKey.For(label);
        return text switch
        {
            _ when text.Contains("conclusi", StringComparison.Ordinal) => AgendaRole.PreliminaryConclusions,
            _ when text.Contains("translat", StringComparison.Ordinal) || text.Contains("interpret", StringComparison.Ordinal)
                   || text.Contains("traduc", StringComparison.Ordinal) => AgendaRole.Interpretation,
            _ when text.Contains("note", StringComparison.Ordinal) || text.Contains("notas", StringComparison.Ordinal)
                   || text.Contains("relator", StringComparison.Ordinal) => AgendaRole.NoteTaking,
            _ when text.Contains("moderat", StringComparison.Ordinal) || text.Contains("moderac", StringComparison.Ordinal) => AgendaRole.Moderation,
            _ when text.Contains("introduc", StringComparison.Ordinal) || text.Contains("welcome", StringComparison.Ordinal)
                   || text.Contains("bienvenida", StringComparison.Ordinal) => AgendaRole.Introduction,
            _ => AgendaRole.Other,
        };
    }

    /// <summary>One paragraph or point of the text, with the marker it started with.</summary>
    private sealed class Block(Marker marker)
    {
        public Marker Marker { get; } = marker;
        public List<string> Lines { get; } = [];
        public string Text => string.Join(' ', Lines).Trim();
    }

    private sealed class Reader(Dictionary<string, string> countries)
    {
        private readonly List<string> _title = [];
        private readonly List<string> _introduction = [];
        private readonly List<string> _notes = [];
        private readonly List<(string Title, List<AgendaResponsible> People)> _agenda = [];
        private readonly List<(string Name, string? Organization, string? Country, string? Role, List<string> Points)> _participants = [];
        private readonly List<(string Heading, List<string> Paragraphs)> _themes = [];
        private readonly List<string> _agreements = [];
        private readonly SortedSet<string> _languages = new(StringComparer.Ordinal);
        private string? _problem;

        public void Read(List<(Section Section, List<Block> Blocks)> sections)
        {
            var anySection = sections.Count > 1;
            foreach (var (section, blocks) in sections)
            {
                foreach (var block in blocks)
                {
                    switch (section)
                    {
                        case Section.Preamble:
                            Preamble(block, anySection);
                            break;
                        case Section.Agenda:
                            AgendaBlock(block);
                            break;
                        case Section.Contributions:
                            Contribution(block);
                            break;
                        case Section.Discussion:
                            Discussion(block);
                            break;
                        default:
                            Agreement(block);
                            break;
                    }
                }
            }
        }

        public ReportDraft Draft()
        {
            var introduction = string.Join("\n\n", _introduction);
            return new ReportDraft(
                Clip(string.Join(" — ", _title), ConsultationSession.TitleMaxLength)!,
                ConsultationOf(introduction),
                introduction,
                [.. _languages],
                [.. _agenda.Select(a => new AgendaItem(a.Title, a.People))],
                [.. _participants.Select(p => new SessionParticipant(p.Name, null, p.Organization, p.Country, p.Role, p.Points))],
                [.. _themes.Select(t => new DiscussionTheme(t.Heading, string.Join("\n\n", t.Paragraphs)))],
                _agreements,
                _problem,
                string.Join("\n\n", _notes));
        }

        private void Preamble(Block block, bool anySection)
        {
            // The title: the first short lines of the text.
            if (_title.Count == 0 && _introduction.Count == 0 && _notes.Count == 0 && block.Lines.Count <= 3 && block.Lines.All(l => l.Length <= 100))
            {
                foreach (var line in block.Lines)
                {
                    var title = ReportPrefix().Replace(TitleCase(line), "");
                    if (title.Length > 0)
                    {
                        _title.Add(title);
                    }
                }

                return;
            }

            if (_title.Count == 0 && _introduction.Count == 0 && _notes.Count == 0)
            {
                _title.Add(Clip(block.Text, ConsultationSession.TitleMaxLength)!);
            }

            // Without any section, nothing says the text is a report: all of it is kept in the notes.
            (anySection ? _introduction : _notes).Add(block.Text);
            Languages(block.Text);
        }

        private void AgendaBlock(Block block)
        {
            var text = block.Text;
            Languages(text);
            if (block.Marker == Marker.Number && _agenda.Count < ConsultationSession.MaxItems)
            {
                var (label, people) = LabelAndPeople(text);
                var role = RoleOf(label);
                _agenda.Add((label, [.. people.Select(p => new AgendaResponsible(p.Person, role, p.Note))]));
            }
            else if (block.Marker == Marker.Bullet && _agenda.Count > 0)
            {
                var (label, people) = LabelAndPeople(text);
                var role = RoleOf(label);
                var note = role == AgendaRole.Interpretation ? LanguagePair(label) : null;
                if (people.Count == 0)
                {
                    _notes.Add(text);
                }

                _agenda[^1].People.AddRange(people.Select(p => new AgendaResponsible(p.Person, role, p.Note ?? note)));
            }
            else
            {
                _notes.Add(text);
            }
        }

        private void Contribution(Block block)
        {
            var text = block.Text;
            if (_participants.Count < ConsultationSession.MaxItems && IsParticipantHeading(block) && Participant(text) is { } participant)
            {
                _participants.Add(participant);
            }
            else if (_participants.Count > 0 && _participants[^1].Points.Count < ConsultationSession.MaxItems)
            {
                _participants[^1].Points.Add(text);
            }
            else
            {
                _notes.Add(text);
            }
        }

        private void Discussion(Block block)
        {
            var text = block.Text;
            var heading = text.TrimEnd(':', ' ');
            if (block.Lines.Count == 1 && text.Length <= 100 && text.EndsWith(':') && heading.Length > 0 && _themes.Count < ConsultationSession.MaxItems)
            {
                _themes.Add((char.ToUpper(heading[0], CultureInfo.InvariantCulture) + heading[1..], []));
            }
            else if (_themes.Count > 0)
            {
                _themes[^1].Paragraphs.Add(text);
            }
            else
            {
                _notes.Add(text);
            }
        }

        private void Agreement(Block block)
        {
            var text = block.Text;
            if (_agreements.Count >= ConsultationSession.MaxItems)
            {
                _notes.Add(text);
                return;
            }

            _agreements.Add(text);
            if (_problem is null && ProblemIdentified().Match(text) is { Success: true } problem)
            {
                _problem = Clip(problem.Groups["problem"].Value.Trim(), ConsultationSession.ShortTextMaxLength);
            }
        }

        private static bool IsParticipantHeading(Block block) =>
            block.Marker == Marker.Glyph
            || block.Marker == Marker.None && block.Text.Length <= 250 && block.Text.EndsWith(':')
                                         && (block.Text.Contains('—', StringComparison.Ordinal) || block.Text.Contains('–', StringComparison.Ordinal)
                                             || block.Text.Contains(" - ", StringComparison.Ordinal));

        private (string, string?, string?, string?, List<string>)? Participant(string heading)
        {
            var text = heading.TrimEnd(':', '.', ' ');
            var match = DashSeparated().Match(text);
            if (!match.Success)
            {
                match = PeriodSeparated().Match(text);
            }

            if (!match.Success)
            {
                match = CommaSeparated().Match(text);
            }

            var name = match.Success ? match.Groups["name"].Value.Trim() : text;
            var rest = match.Success ? match.Groups["rest"].Value.Trim() : "";
            if (name.Length is 0 or > 80 || name.Split(' ').Length > 8)
            {
                return null;
            }

            var parts = Sentences().Split(rest).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
            var organization = parts.Count > 0 ? parts[0] : null;
            var role = parts.Count > 1 ? string.Join(". ", parts.Skip(1)) : null;
            string? country = null;
            if (organization is not null)
            {
                var comma = organization.LastIndexOf(',');
                var last = comma >= 0 ? organization[(comma + 1)..].Trim() : organization;
                if (countries.TryGetValue(NameKey.For(last), out var code))
                {
                    country = code;
                    organization = comma >= 0 ? organization[..comma].Trim() : null;
                }
            }

            return (name, Clip(organization, 200), country, Clip(role, ConsultationSession.ShortTextMaxLength), []);
        }

        /// <summary>"Label: Person/ Note — Person/ Note" → the label and the people; no colon, no people.</summary>
        private static (string Label, List<(string Person, string? Note)> People) LabelAndPeople(string text)
        {
            text = LeadingDashes().Replace(text, "");
            var colon = text.LastIndexOf(':');
            if (colon < 0)
            {
                return (Clip(text, ConsultationSession.ShortTextMaxLength)!, []);
            }

            var label = text[..colon].Trim();
            var people = new List<(string Person, string? Note)>();
            foreach (var part in PeopleSeparator().Split(text[(colon + 1)..]))
            {
                var slash = part.IndexOf('/', StringComparison.Ordinal);
                var person = (slash >= 0 ? part[..slash] : part).Trim().TrimEnd('.', ',');
                var note = slash >= 0 ? part[(slash + 1)..].Trim().TrimEnd('.', ',') : null;
                if (person.Length is > 0 and <= 80)
                {
                    people.Add((person, string.IsNullOrEmpty(note) ? null : Clip(note, ConsultationSession.NoteMaxLength)));
                }
            }

            return (Clip(label.Length > 0 ? label : text, ConsultationSession.ShortTextMaxLength)!, people);
        }

        private static string? LanguagePair(string label)
        {
            var key = NameKey.For(label);
            var english = key.Contains("english", StringComparison.Ordinal) || key.Contains("ingles", StringComparison.Ordinal);
            var spanish = key.Contains("spanish", StringComparison.Ordinal) || key.Contains("espanol", StringComparison.Ordinal);
            return english && spanish ? "English ↔ Spanish" : null;
        }

        private void Languages(string text)
        {
            var key = NameKey.For(text);
            foreach (var (word, code) in new[]
                     {
                         ("english", "en"), ("ingles", "en"), ("spanish", "es"), ("espanol", "es"),
                         ("french", "fr"), ("frances", "fr"), ("portuguese", "pt"), ("portugues", "pt"),
                     })
            {
                if (key.Contains(word, StringComparison.Ordinal))
                {
                    _languages.Add(code);
                }
            }
        }

        private static string ConsultationOf(string introduction)
        {
            if (ConsultationEnglish().Match(introduction) is { Success: true } english)
            {
                return "GFMD Regional Consultation — " + english.Groups["where"].Value.Trim();
            }

            return ConsultationSpanish().Match(introduction) is { Success: true } spanish
                ? "Consulta regional del FMMD — " + spanish.Groups["where"].Value.Trim()
                : "";
        }

        private static string? Clip(string? text, int length) =>
            text is null || text.Length <= length ? text : text[..length].TrimEnd();
    }

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^\d{1,2}[.)]\s+")]
    private static partial Regex NumberMarker();

    [GeneratedRegex(@"^[-–—*]+\s*(?=\S)")]
    private static partial Regex BulletMarker();

    [GeneratedRegex(@"^[oe•●◦▪·]\s+(?=\p{Lu})")]
    private static partial Regex GlyphMarker();

    [GeneratedRegex(@"^[\s\-–—]+")]
    private static partial Regex LeadingDashes();

    [GeneratedRegex(@"\s*[—–;]\s*|\s+-\s+")]
    private static partial Regex PeopleSeparator();

    [GeneratedRegex(@"(?<=\S)\.\s+")]
    private static partial Regex Sentences();

    [GeneratedRegex(@"^(?<name>[^—–]+?)(?:\s*[—–]\s*|\s+-\s+)(?<rest>.+)$")]
    private static partial Regex DashSeparated();

    [GeneratedRegex(@"^(?<name>[^.,]+?)\.\s+(?<rest>.+)$")]
    private static partial Regex PeriodSeparated();

    [GeneratedRegex(@"^(?<name>[^,]+?),\s*(?<rest>.+)$")]
    private static partial Regex CommaSeparated();

    [GeneratedRegex(@"^report\s*[-–—:]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ReportPrefix();

    [GeneratedRegex(@"^(?:agenda|programa|orden del d[ií]a)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgendaHeading();

    [GeneratedRegex(@"^(?:summary of (?:the )?contributions|contributions|resumen de (?:las |los )?(?:intervenciones|aportes|contribuciones)|intervenciones)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ContributionsHeading();

    [GeneratedRegex(@"^(?:discussion|discusi[oó]n)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DiscussionHeading();

    [GeneratedRegex(@"^(?:agreements|conclusions|acuerdos|conclusiones)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgreementsHeading();

    [GeneratedRegex(@"problem\w*\s+(?:was\s+|has\s+been\s+|is\s+)?identified\s+as\s+[""“'‘]?(?<problem>[^""”'’]{1,300})[""”'’]?|problema\s+(?:se\s+)?identific\w*\s+(?:como\s+)?[""“'‘]?(?<problem>[^""”'’]{1,300})[""”'’]?", RegexOptions.IgnoreCase)]
    private static partial Regex ProblemIdentified();

    [GeneratedRegex(@"\bGFMD\s+regional\s+consultation\s+(?:in|for|of)\s+(?<where>[^.]{3,200}?),\s+(?:it|we|which|where|delegates)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ConsultationEnglish();

    [GeneratedRegex(@"\bconsulta\s+regional\s+del?\s+(?:GFMD|FMMD)\s+(?:en|para)\s+(?<where>[^.]{3,200}?),\s+(?:se|donde|que)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ConsultationSpanish();
}
