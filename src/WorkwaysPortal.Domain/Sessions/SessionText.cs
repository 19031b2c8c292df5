using System.Text;

namespace WorkwaysPortal.Domain.Sessions;

/// <summary>
/// Clean-up of text that people paste: line ends as <c>\n</c>, no control characters (PostgreSQL
/// refuses NUL in text, and nothing else of the kind belongs in a report), trimmed.
/// </summary>
public static class SessionText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                builder.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (c is '\n' or '\t' || !char.IsControl(c))
            {
                builder.Append(c is '\t' or '\u00A0' ? ' ' : c);
            }
        }

        return builder.ToString().Trim();
    }

    /// <summary>Like <see cref="Clean"/>, with null for what is left blank.</summary>
    public static string? CleanOrNull(string? text) => Clean(text) is { Length: > 0 } cleaned ? cleaned : null;

    /// <summary>How many characters of the text are control characters other than line ends and tabs.</summary>
    public static int ControlCharacters(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                count++;
            }
        }

        return count;
    }
}
