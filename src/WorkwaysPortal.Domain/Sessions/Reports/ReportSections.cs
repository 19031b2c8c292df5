using System.Text.RegularExpressions;

namespace WorkwaysPortal.Domain.Sessions;

/// <summary>
/// Cuts the text of a report into blocks — paragraphs, which end at a blank line, and points, which
/// start at a marker — each in the section it is in (a line with a section label starts one). A
/// paragraph that a copy broke in the middle of a sentence is joined again on the way. Each line is
/// looked at once, and each block is given as soon as it is whole, so that a long report is read in
/// time linear in its length and without keeping every block.
/// </summary>
internal static partial class ReportSections
{
    /// <summary>What ends a sentence: a paragraph that ends otherwise goes on in a next one that starts in lower case.</summary>
    private const string SentenceEnds = ".:;!?\"”»)";

    /// <summary>The longest line that can be a section label.</summary>
    private const int LabelMaxLength = 60;

    /// <summary>The blocks of <paramref name="text"/> in order; sets <see cref="ReportContext.AnySection"/> when it meets a section label.</summary>
    public static IEnumerable<ReportBlock> Blocks(string text, ReportContext context)
    {
        var section = SectionKind.Preamble;
        ReportBlock? last = null;
        var open = false;
        for (var start = 0; start <= text.Length;)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            var (marker, rest, label) = LineOf(text.AsSpan(start, end - start), context.Labels);
            start = end + 1;
            if (rest.Length == 0 || label is not null)
            {
                open = false;
                if (label is { } kind)
                {
                    context.AnySection = true;
                    section = kind;
                    if (last is not null)
                    {
                        yield return last;
                    }

                    last = null;
                }

                continue;
            }

            if (!open && marker == Marker.None && last is not null && GoesOn(last.Lines[^1], rest))
            {
                open = true;
            }
            else if (!open || marker != Marker.None)
            {
                if (last is not null)
                {
                    yield return last;
                }

                last = new ReportBlock(section, marker);
                open = true;
            }

            last!.Lines.Add(rest);
        }

        if (last is not null)
        {
            yield return last;
        }
    }

    /// <summary>A line of the text, trimmed, with single spaces.</summary>
    private static Line LineOf(ReadOnlySpan<char> raw, ReportLabels labels)
    {
        var line = raw.Trim();
        if (line.Contains("  ", StringComparison.Ordinal) || line.Contains('\t'))
        {
            line = Spaces().Replace(line.ToString(), " ");
        }

        if (line.IsEmpty)
        {
            return new(Marker.None, "", null);
        }

        var (marker, length) = MarkerOf(line);
        var rest = line[length..];
        return line.Length <= LabelMaxLength && labels.SectionOf(rest) is { } label
            ? new(marker, "", label)
            : new(marker, rest.ToString(), null);
    }

    /// <summary>A line: its marker, the rest of it (empty for a blank line or a label) and the section it starts, if any.</summary>
    private readonly record struct Line(Marker Marker, string Rest, SectionKind? Label);

    /// <summary>Whether a paragraph that ends with <paramref name="last"/> goes on in one that starts with <paramref name="next"/>.</summary>
    private static bool GoesOn(string last, string next) =>
        char.IsLower(next[0]) && !SentenceEnds.Contains(last[^1], StringComparison.Ordinal);

    /// <summary>The marker a line starts with and its length (a marker is looked for only behind the character it starts with).</summary>
    private static (Marker Marker, int Length) MarkerOf(ReadOnlySpan<char> line)
    {
        var first = line[0];
        var (marker, pattern) = char.IsDigit(first) ? (Marker.Number, NumberMarker())
            : BulletStarts.Contains(first, StringComparison.Ordinal) ? (Marker.Bullet, BulletMarker())
            : GlyphStarts.Contains(first, StringComparison.Ordinal) ? (Marker.Glyph, GlyphMarker())
            : (Marker.None, null);
        if (pattern is not null)
        {
            foreach (var match in pattern.EnumerateMatches(line))
            {
                return (marker, match.Length);
            }
        }

        return (Marker.None, 0);
    }

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^\d{1,2}[.)]\s+")]
    private static partial Regex NumberMarker();

    private const string BulletStarts = "-–—*";

    [GeneratedRegex(@"^[-–—*]+\s*(?=\S)")]
    private static partial Regex BulletMarker();

    /// <summary>What a PDF copy leaves of a bullet: "o", "e" or a bullet character, before a capital.</summary>
    private const string GlyphStarts = "oe•●◦▪·";

    [GeneratedRegex(@"^[oe•●◦▪·]\s+(?=\p{Lu})")]
    private static partial Regex GlyphMarker();
}

/// <summary>How a line starts a point: "1." or "2)", a dash, or a glyph a copy left of a bullet.</summary>
internal enum Marker
{
    None,
    Number,
    Bullet,
    Glyph,
}

/// <summary>One paragraph or point of a report, with the marker it started with (the marker is not in its lines).</summary>
internal sealed class ReportBlock(SectionKind section, Marker marker)
{
    private string? _text;

    public SectionKind Section { get; } = section;

    public Marker Marker { get; } = marker;

    /// <summary>The lines, trimmed, with single spaces.</summary>
    public List<string> Lines { get; } = new(1);

    /// <summary>The lines joined with spaces (read once the block is whole).</summary>
    public string Text => _text ??= Lines.Count == 1 ? Lines[0] : string.Join(' ', Lines);
}
