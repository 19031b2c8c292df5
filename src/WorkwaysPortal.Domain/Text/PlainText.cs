using System.Text;

namespace WorkwaysPortal.Domain.Text;

/// <summary>
/// What free text typed by people may hold: any character but the control characters (other than tab,
/// line feed and carriage return) and UTF-16 surrogates that do not form a pair. Those never come from
/// a keyboard; they break exports, logs and other people's screens, and PostgreSQL cannot store NUL.
/// A single-line field (a name, a title, a contact) also refuses line breaks, tabs, zero-width
/// characters and the controls that change the direction of the text: invisible, they make two names
/// that look alike differ ("El&#x200B; Salvador") or make a name read backwards on someone else's screen.
/// Stored text is trimmed and in Unicode normalization form C (<see cref="Tidy"/>).
/// </summary>
public static class PlainText
{
    /// <summary>Zero-width characters and bidirectional controls (marks, embeddings, overrides, isolates).</summary>
    private static readonly char[] Invisible =
    [
        '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF',
        '\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069',
    ];

    /// <summary>What a single-line field may hold: plain text without line breaks, tabs, zero-width characters or direction controls.</summary>
    public static bool IsAllowedLine(string? value) =>
        IsAllowed(value) && (value is null || value.IndexOfAny(['\n', '\r', '\t', .. Invisible]) < 0);

    /// <summary>Text as it is stored: trimmed, in normalization form C (the same letters, the same code points).</summary>
    public static string Tidy(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var trimmed = value.Trim();
        return trimmed.IsNormalized(NormalizationForm.FormC) ? trimmed : trimmed.Normalize(NormalizationForm.FormC);
    }

    /// <summary>Whether a character is invisible and changes nothing a reader sees but the order or joining of others.</summary>
    public static bool IsInvisible(char c) => Array.IndexOf(Invisible, c) >= 0;

    public static bool IsAllowed(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            {
                return false;
            }
        }

        return true;
    }
}
