using System.Globalization;

namespace WorkwaysPortal.Domain.Sessions;

/// <summary>
/// Language notes of the agenda ("English", "English ↔ Spanish", as the parser writes them) in the language of
/// a document or page: a Spanish summary says "inglés", not "English" (issue 14). A note that is not made of
/// language names only is left as it was written.
/// </summary>
public static class SessionLanguages
{
    private static readonly string[] Between = ["↔", "<->", "/"];

    public static string? Localize(string? note, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        if (string.IsNullOrWhiteSpace(note))
        {
            return note;
        }

        var separator = Between.FirstOrDefault(s => note.Contains(s, StringComparison.Ordinal));
        var parts = separator is null ? [note] : note.Split(separator, StringSplitOptions.TrimEntries);
        var codes = parts.Select(ReportLabels.All.LanguageCodeOf).ToList();
        if (codes.Any(c => c is null))
        {
            return note;
        }

        // Inside a sentence, only English capitalizes the names of languages.
        var names = codes.Select(c => ReportLabels.All.LanguageName(c!, culture))
            .Select(n => culture.TwoLetterISOLanguageName == "en" ? n : culture.TextInfo.ToLower(n));
        return string.Join(separator is null ? "" : $" {separator} ", names);
    }
}
