using System.Globalization;

namespace WorkwaysPortal.Localization;

/// <summary>The languages the portal speaks, by their two-letter codes; the first is the default.</summary>
public static class PortalLanguages
{
    public const string Default = "en";

    public static IReadOnlyList<string> Supported { get; } = ["en", "es"];

    public static bool IsSupported(string? language) =>
        language is not null && Supported.Contains(language, StringComparer.OrdinalIgnoreCase);

    /// <summary>The supported language of a culture ("es-MX" → "es"), or the default.</summary>
    public static string Of(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var language = culture.TwoLetterISOLanguageName;
        return IsSupported(language) ? language : Default;
    }
}
