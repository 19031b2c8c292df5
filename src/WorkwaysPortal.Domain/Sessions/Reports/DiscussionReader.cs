using System.Globalization;

namespace WorkwaysPortal.Domain.Sessions;

/// <summary>The discussion: a one-line paragraph ending in ":" is a theme's heading; the paragraphs below are its text.</summary>
internal sealed class DiscussionReader(ReportContext context) : SectionReader(context)
{
    private const int HeadingMaxLength = 100;

    private readonly HeadedParagraphs<string> _themes = new(context.Notes, int.MaxValue);

    public IReadOnlyList<DiscussionTheme> Themes => [.. _themes.Items.Select(t => new DiscussionTheme(t.Head, string.Join("\n\n", t.Paragraphs)))];

    public override void Read(ReportBlock block)
    {
        var text = block.Text;
        var heading = text.TrimEnd(':', ' ');
        if (block.Lines.Count == 1 && text.Length <= HeadingMaxLength && text.EndsWith(':') && heading.Length > 0 && _themes.HasRoom)
        {
            _themes.Start(char.ToUpper(heading[0], CultureInfo.InvariantCulture) + heading[1..]);
        }
        else
        {
            _themes.Add(text);
        }
    }
}
