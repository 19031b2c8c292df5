using System.Globalization;

namespace WorkwaysPortal.Domain.Sessions;

/// <summary>
/// What comes before the first section: the title (the first short lines; "Report - Session 1" becomes
/// "Session 1", capitals become title case) and the introduction, which also names the consultation.
/// Without any section nothing says the text is a report: the paragraphs are notes instead.
/// </summary>
internal sealed class PreambleReader(ReportContext context) : SectionReader(context)
{
    private const int TitleLineMaxLength = 100;
    private const int TitleMaxLines = 3;

    private readonly List<string> _title = [];
    private readonly List<string> _paragraphs = [];

    public string Title => Clip(string.Join(" — ", _title), ConsultationSession.TitleMaxLength)!;

    public string Introduction => Context.AnySection ? string.Join("\n\n", _paragraphs) : "";

    /// <summary>The paragraphs, when no section says the text is a report (the notes of the other readers come after).</summary>
    public IReadOnlyList<string> Notes => Context.AnySection ? [] : _paragraphs;

    /// <summary>"GFMD regional consultation in X, it was…" gives "GFMD Regional Consultation — X", in any language of the labels.</summary>
    public string Consultation
    {
        get
        {
            var introduction = Introduction;
            var folded = Folding.Fold(introduction);
            foreach (var consultation in Context.Labels.Consultations)
            {
                if (consultation.Pattern.Match(folded) is { Success: true } match)
                {
                    var where = match.Groups["where"];
                    return consultation.Title + " — " + introduction.Substring(where.Index, where.Length).Trim();
                }
            }

            return "";
        }
    }

    public override void Read(ReportBlock block)
    {
        // The title: the first short lines of the text.
        var first = _title.Count == 0 && _paragraphs.Count == 0;
        if (first && block.Lines.Count <= TitleMaxLines && block.Lines.TrueForAll(l => l.Length <= TitleLineMaxLength))
        {
            foreach (var line in block.Lines)
            {
                var title = TitleCase(line);
                title = title[Context.Labels.ReportPrefix.Match(Folding.Fold(title)).Length..];
                if (title.Length > 0)
                {
                    _title.Add(title);
                }
            }

            return;
        }

        if (first)
        {
            _title.Add(Clip(block.Text, ConsultationSession.TitleMaxLength)!);
        }

        _paragraphs.Add(block.Text);
        Context.FindLanguages(block.Text);
    }

    /// <summary>Capitals only ("WORKWAYS IN LATIN AMERICA") read better as a title ("Workways in Latin America").</summary>
    private string TitleCase(string line)
    {
        if (!line.Any(char.IsLetter) || line.Any(char.IsLower))
        {
            return line;
        }

        var words = line.ToLower(CultureInfo.InvariantCulture).Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].Length > 0 && (i == 0 || !Context.Labels.TitleSmallWords.Contains(Folding.Fold(words[i]))))
            {
                words[i] = char.ToUpper(words[i][0], CultureInfo.InvariantCulture) + words[i][1..];
            }
        }

        return string.Join(' ', words);
    }
}
