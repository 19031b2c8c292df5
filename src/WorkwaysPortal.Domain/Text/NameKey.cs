using System.Globalization;
using System.Text;

namespace WorkwaysPortal.Domain.Text;

/// <summary>
/// Folds a name to the key used to recognise the same organization twice: case-, accent- and
/// whitespace-insensitive, and blind to invisible characters ("  Asociación  HIAS ", "asociacion hias"
/// and "Asociación&#x200B; HIAS" share a key).
/// </summary>
public static class NameKey
{
    public static string For(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format || PlainText.IsInvisible(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
