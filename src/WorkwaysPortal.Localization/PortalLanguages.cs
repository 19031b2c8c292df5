using System.Globalization;

namespace WorkwaysPortal.Localization;

/// <summary>
/// The languages the portal speaks, by their two-letter codes; the first is the default. Each one but
/// English has its Resources/SharedResource.{code}.resx. Portuguese is written as in Brazil.
/// </summary>
public static class PortalLanguages
{
    public const string Default = "en";

    public static IReadOnlyList<string> Supported { get; } = ["en", "es", "fr", "pt"];

    public static bool IsSupported(string? language) =>
        language is not null && Supported.Contains(language, StringComparer.OrdinalIgnoreCase);

    /// <summary>The supported language of a culture ("es-MX" → "es"), or the default.</summary>
    public static string Of(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var language = culture.TwoLetterISOLanguageName;
        return IsSupported(language) ? language : Default;
    }

    /// <summary>A language's name in that language ("Español"), as the language switcher and the language pickers show it.</summary>
    public static string NativeName(string language) => language.ToLowerInvariant() switch
    {
        "en" => "English",
        "es" => "Español",
        "fr" => "Français",
        "pt" => "Português",
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Not a language of the portal."),
    };
}
