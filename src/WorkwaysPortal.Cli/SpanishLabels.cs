using System.Globalization;
using System.Resources;
using Microsoft.Extensions.Localization;

namespace WorkwaysPortal.Cli;

/// <summary>
/// The portal's Spanish texts (its SharedResource.es.resx, compiled into this tool's satellite assembly),
/// so that <c>export session --language es</c> labels a summary as the portal does. A text without a
/// translation stays in English.
/// </summary>
internal sealed class SpanishLabels : IStringLocalizer
{
    private static readonly ResourceManager Resources = new("WorkwaysPortal.Cli.Resources.SharedResource", typeof(SpanishLabels).Assembly);
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es");

    public static SpanishLabels Instance { get; } = new();

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
            return new LocalizedString(name, string.Format(Spanish, value ?? name, arguments), resourceNotFound: value is null);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];

    private static string? Find(string name)
    {
        try
        {
            return Resources.GetString(name, Spanish);
        }
        catch (MissingManifestResourceException)
        {
            return null;
        }
    }
}
