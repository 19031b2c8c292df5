using System.Text;
using WorkwaysPortal.Domain.Sessions;

namespace WorkwaysPortal.UnitTests.Sessions;

/// <summary>
/// Texts of the largest size the parser accepts, each shaped to make one of its steps do as much work
/// as it can: the parser must read every one of them in time linear in the text.
/// </summary>
public static class WorstCaseReports
{
    /// <summary>The shapes by name; each text is at most <see cref="ReportParser.MaxLength"/> characters.</summary>
    public static IReadOnlyDictionary<string, string> Shapes { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["blank-line paragraphs"] = Repeat("", "a\n\n"),
        ["one line with no newline"] = Repeat("", "a"),
        ["one line of words"] = Repeat("", "migration agenda "),
        ["section labels"] = Repeat("", "Agenda\nSummary of contributions\nDiscussion\nAgreements and conclusions\nResumen de intervenciones\n"),
        ["participant headings"] = Repeat("Summary of contributions by participant:\n", "Lisa Smith — Glen Haven Manor, Canada:\n\n"),
        ["participant headings without blank lines"] = Repeat("Summary of contributions by participant:\n", "o Gary Slaiman — Morgan, Lewis & Bockius LLP, United States:\n"),
        ["one participant heading"] = Repeat("Summary of contributions by participant:\no Lisa ", "Smith Glen Haven Manor "),
        ["bullets"] = Repeat("Summary of contributions by participant:\nLisa Smith — Glen Haven Manor, Canada:\n", "- a\n"),
        ["agenda bullets"] = Repeat("Agenda:\n1. Session moderation: José Arturo Ruiz Trhamppe\n", "-English-Spanish translation (vice versa): Grazia Silva — Johnny Pereira/ Spanish\n"),
        ["lines ending in a colon"] = Repeat("Discussion\n", "Need in data collection:\n"),
        ["headings ending in a colon"] = Repeat("Discussion\n", "a:\n\n"),
        ["broken paragraphs"] = Repeat("Discussion\n", "a sentence that goes on\n\nand on without an end\n\n"),
        ["problem words"] = Repeat("Agreements:\n- The ", "problem"),
        ["problem phrases"] = Repeat("Agreements:\n- ", "The problem was identified as "),
        ["consultation words"] = Repeat("", "GFMD regional consultation in "),
    };

    private static string Repeat(string start, string unit)
    {
        var text = new StringBuilder(ReportParser.MaxLength).Append(start);
        while (text.Length + unit.Length <= ReportParser.MaxLength)
        {
            text.Append(unit);
        }

        return text.ToString();
    }
}
