using System.Globalization;
using System.Resources;
using Microsoft.Extensions.Localization;

namespace WorkwaysPortal.Localization;

/// <summary>
/// The portal's texts in one fixed language, whatever the current thread's culture: for what is
/// written for someone other than the current request (a summary exported from the command line,
/// an email in its recipient's language). Inside a request, pages use <c>IStringLocalizer&lt;SharedResource&gt;</c>.
/// </summary>
public sealed class PortalTexts : IStringLocalizer
{
    private static readonly ResourceManager Resources = new(
        $"{typeof(SharedResource).Namespace}.Resources.{nameof(SharedResource)}", typeof(SharedResource).Assembly);

    private readonly CultureInfo _culture;

    private PortalTexts(CultureInfo culture) => _culture = culture;

    /// <summary>The texts in <paramref name="language"/> (a supported two-letter code; anything else gets the default).</summary>
    public static PortalTexts In(string language) =>
        new(CultureInfo.GetCultureInfo(PortalLanguages.IsSupported(language) ? language.ToLowerInvariant() : PortalLanguages.Default));

    public CultureInfo Culture => _culture;

    public LocalizedString this[string name]
    {
        get
        {
            var value = Find(name);
            return new LocalizedString(name, value ?? name, resourceNotFound: value is null);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var value = Find(name);
            return new LocalizedString(name, string.Format(_culture, value ?? name, arguments), resourceNotFound: value is null);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];

    private string? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_culture.TwoLetterISOLanguageName == PortalLanguages.Default)
        {
            return null;
        }

        try
        {
            return Resources.GetString(name, _culture);
        }
        catch (MissingManifestResourceException)
        {
            return null;
        }
    }
}
