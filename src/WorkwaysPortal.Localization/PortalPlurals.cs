using System.Collections.Concurrent;
using System.Globalization;
using ICU4N.Text;
using Microsoft.Extensions.Localization;

namespace WorkwaysPortal.Localization;

/// <summary>
/// Counted texts by the plural rules of the reader's language (CLDR, through ICU): "1 organization", "0 organisation",
/// "2 organizações". The English keys are the "one" and "other" forms ("{0} organization", "{0} organizations");
/// each resource file translates both. A language with more forms (few, many, two, zero) adds keys
/// "{other form}|few" and so on to its own file, and falls back to the "other" form where it has none: no code change.
/// </summary>
public static class PortalPlurals
{
    private static readonly ConcurrentDictionary<string, PluralRules> Rules = new(StringComparer.Ordinal);

    /// <summary>The CLDR plural category of <paramref name="count"/> in <paramref name="culture"/>: one, other, few…</summary>
    public static string Category(long count, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var language = culture.TwoLetterISOLanguageName;
        return Rules.GetOrAdd(language, l => PluralRules.GetInstance(CultureInfo.GetCultureInfo(l))).Select(count);
    }

    /// <summary>
    /// The text for <paramref name="count"/> (its <c>{0}</c> is the number written the reader's way, <c>{1}</c> and on
    /// are <paramref name="arguments"/>), in the localizer's language: <see cref="PortalTexts"/>' own, or the request's.
    /// </summary>
    public static LocalizedString Count(this IStringLocalizer t, long count, string one, string other, params object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(t);
        var culture = t is PortalTexts texts ? texts.Culture : CultureInfo.CurrentUICulture;
        object[] values = [count.ToString("N0", culture), .. arguments];
        var category = Category(count, culture);
        if (category == "one")
        {
            return t[one, values];
        }

        if (category != "other")
        {
            var form = t[$"{other}|{category}", values];
            if (!form.ResourceNotFound)
            {
                return form;
            }
        }

        return t[other, values];
    }
}
