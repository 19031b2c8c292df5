using System.Text;

namespace WorkwaysPortal.Domain.Sessions;

/// <summary>
/// Folds text for comparing words: lower case, no accents, every whitespace a space — like
/// <see cref="Text.NameKey"/>, but character for character, so that a match in the folded text is at
/// the same place in the text itself (the parser finds "identified as" folded and keeps what follows
/// as written).
/// </summary>
internal static class Folding
{
    /// <summary>Folded characters of the Latin, Greek and Cyrillic blocks; others only lose their case.</summary>
    private static readonly char[] Table = BuildTable(0x2000);

    public static string Fold(string text) => string.Create(text.Length, text, static (folded, text) => Fold(text, folded));

    /// <summary>Folds <paramref name="text"/> into <paramref name="folded"/>, which is as long.</summary>
    public static void Fold(ReadOnlySpan<char> text, Span<char> folded)
    {
        for (var i = 0; i < text.Length; i++)
        {
            folded[i] = Fold(text[i]);
        }
    }

    public static char Fold(char c) => c < Table.Length ? Table[c] : char.IsWhiteSpace(c) ? ' ' : char.ToLowerInvariant(c);

    private static char[] BuildTable(int length)
    {
        var table = new char[length];
        for (var i = 0; i < length; i++)
        {
            var c = (char)i;
            table[i] = char.IsWhiteSpace(c) ? ' ' : char.ToLowerInvariant(c.ToString().Normalize(NormalizationForm.FormD)[0]);
        }

        return table;
    }
}
