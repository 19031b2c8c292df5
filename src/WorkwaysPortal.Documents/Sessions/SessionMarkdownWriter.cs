using System.Text;
using System.Text.RegularExpressions;

namespace WorkwaysPortal.Documents.Sessions;

/// <summary>A session summary as Markdown (CommonMark with a GFM table for the participants).</summary>
public static partial class SessionMarkdownWriter
{
    public static string Write(IReadOnlyList<SummaryBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var md = new StringBuilder();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case SummaryTitle title:
                    md.Append("# ").AppendLine(Inline(title.Text));
                    break;
                case SummaryHeading heading:
                    md.Append(new string('#', heading.Level + 1)).Append(' ').AppendLine(Inline(heading.Text));
                    break;
                case SummaryParagraph paragraph:
                    md.AppendLine(paragraph.Quiet ? $"*{Inline(paragraph.Text)}*" : Inline(paragraph.Text));
                    break;
                case SummaryFacts facts:
                    foreach (var (label, value) in facts.Facts)
                    {
                        md.Append("**").Append(Inline(label)).Append(":** ").Append(Inline(value)).AppendLine("  ");
                    }

                    break;
                case SummaryList list:
                    for (var i = 0; i < list.Items.Count; i++)
                    {
                        md.Append(list.Numbered ? $"{i + 1}. " : "- ").AppendLine(Inline(list.Items[i]));
                    }

                    break;
                case SummaryTable table:
                    md.Append("| ").AppendJoin(" | ", table.Headers.Select(Cell)).AppendLine(" |");
                    md.Append('|').AppendJoin('|', table.Headers.Select(_ => " --- ")).AppendLine("|");
                    foreach (var row in table.Rows)
                    {
                        md.Append("| ").AppendJoin(" | ", row.Select(Cell)).AppendLine(" |");
                    }

                    break;
            }

            md.AppendLine();
        }

        return md.ToString().TrimEnd() + "\n";
    }

    /// <summary>Text with the characters Markdown would read as markup escaped, on one line.</summary>
    private static string Inline(string text) =>
        LeadingMarker().Replace(Special().Replace(text.ReplaceLineEndings(" "), @"\$0"), @"$1\$2");

    private static string Cell(string text) => Inline(text).Replace("|", @"\|", StringComparison.Ordinal);

    [GeneratedRegex(@"[\\`*_\[\]<>#]")]
    private static partial Regex Special();

    /// <summary>A line starting "1. " or "- " or "+ " would become a list.</summary>
    [GeneratedRegex(@"^(\d+)?([.)+\-])(?=\s)")]
    private static partial Regex LeadingMarker();
}
