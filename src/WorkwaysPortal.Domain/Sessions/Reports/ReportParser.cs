using System.Globalization;
using WorkwaysPortal.Domain.Taxonomy;

namespace WorkwaysPortal.Domain.Sessions;

/// <summary>
/// Reads the plain text of a session report shaped like the first "Workways in Latin America and the
/// Caribbean" report (text copied from a PDF or a word processor) into a <see cref="ReportDraft"/>.
/// <see cref="ReportSections"/> cuts the text into blocks, each in its section (joining paragraphs that
/// a copy broke in the middle of a sentence); one reader per kind of section reads them, in the order
/// the report follows (docs/sessions.md has the rules with examples):
/// <list type="number">
/// <item><see cref="PreambleReader"/>: the title and the introduction, which also names the consultation.</item>
/// <item><see cref="AgendaReader"/>: numbered items, their people and their roles.</item>
/// <item><see cref="ContributionsReader"/>: participants and their points.</item>
/// <item><see cref="DiscussionReader"/>: themes and their paragraphs.</item>
/// <item><see cref="AgreementsReader"/>: the agreements and the problem statement.</item>
/// </list>
/// The words it looks for (section labels, roles, languages…) are those of every culture of
/// <see cref="Cultures"/>, in <see cref="ReportLabels"/>. Anything no rule recognises is kept in the
/// notes. Pure and bounded: at most <see cref="MaxLength"/> characters, time linear in the text.
/// </summary>
public static class ReportParser
{
    /// <summary>Fifty times the length of the report the parser is modelled on.</summary>
    public const int MaxLength = 500_000;

    /// <summary>
    /// The languages of the reports the parser reads: each has its words in
    /// Sessions/Reports/ReportLabels.{culture}.resx (English, the first, in ReportLabels.resx). Adding a
    /// language is adding its file and its culture here.
    /// </summary>
    public static IReadOnlyList<CultureInfo> Cultures { get; } = [CultureInfo.GetCultureInfo("en"), CultureInfo.GetCultureInfo("es"), CultureInfo.GetCultureInfo("fr"), CultureInfo.GetCultureInfo("pt")];

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

        var context = new ReportContext(ReportLabels.All);
        var preamble = new PreambleReader(context);
        var agenda = new AgendaReader(context);
        var contributions = new ContributionsReader(context, taxonomy);
        var discussion = new DiscussionReader(context);
        var agreements = new AgreementsReader(context);
        foreach (var block in ReportSections.Blocks(SessionText.Clean(text), context))
        {
            SectionReader reader = block.Section switch
            {
                SectionKind.Preamble => preamble,
                SectionKind.Agenda => agenda,
                SectionKind.Contributions => contributions,
                SectionKind.Discussion => discussion,
                _ => agreements,
            };
            reader.Read(block);
        }

        return new ReportParseResult(
            new ReportDraft(
                preamble.Title,
                preamble.Consultation,
                preamble.Introduction,
                [.. context.Languages],
                agenda.Items,
                contributions.Participants,
                discussion.Themes,
                agreements.Agreements,
                agreements.Problem,
                string.Join("\n\n", preamble.Notes.Concat(context.Notes))),
            null);
    }
}
