using System.Globalization;

namespace WorkwaysPortal.Localization;

/// <summary>
/// Dates as each language writes them in full, from the culture's own data (CLDR, through ICU): "December 7, 2026",
/// "7 de diciembre de 2026", "7 décembre 2026", "7 de dezembro de 2026". Unlike the short numeric form, no reader
/// can take the 7th of December for the 12th of July.
/// </summary>
public static class PortalDates
{
    /// <summary>The day in <paramref name="culture"/> (the request's when null).</summary>
    public static string Date(DateOnly day, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentCulture;
        return day.ToString(Pattern(culture), culture);
    }

    /// <summary>The day of <paramref name="at"/> in UTC.</summary>
    public static string Date(DateTimeOffset at, CultureInfo? culture = null) => Date(DateOnly.FromDateTime(at.UtcDateTime), culture);

    /// <summary>The culture's long date pattern without the day of the week (the first such of its long patterns).</summary>
    public static string Pattern(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var format = culture.DateTimeFormat;
        return format.GetAllDateTimePatterns('D').FirstOrDefault(p => !p.Contains("ddd", StringComparison.Ordinal))
            ?? format.ShortDatePattern;
    }
}
