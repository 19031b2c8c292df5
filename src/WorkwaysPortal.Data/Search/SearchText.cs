namespace WorkwaysPortal.Data.Search;

/// <summary>
/// The words someone searches for, as the search queries send them to PostgreSQL: trimmed, with
/// control characters turned into spaces and NUL removed (PostgreSQL refuses a NUL in any text
/// parameter, which made a search or export for <c>q=%00</c> a 500). Null when nothing is left.
/// </summary>
public static class SearchText
{
    public static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var cleaned = text.Any(char.IsControl)
            ? new string([.. text.Where(c => c != '\0').Select(c => char.IsControl(c) ? ' ' : c)])
            : text;
        cleaned = cleaned.Trim();
        return cleaned.Length == 0 ? null : cleaned;
    }
}
