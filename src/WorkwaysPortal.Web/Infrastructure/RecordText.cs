using WorkwaysPortal.Domain.Text;

namespace WorkwaysPortal.Web.Infrastructure;

/// <summary>One text of a record as a page shows it, and the language it is in (its <c>lang</c> attribute).</summary>
public sealed record ShownText(string Text, string Language);

/// <summary>
/// What a page shows of an organization's, a gap's or an initiative's title (name) and description for its reader
/// (ADR 012): each in the reader's language when the record has a translation of it, otherwise the original; and
/// the note that says so ("(original in Spanish)", "Translated from Spanish"), an English localization key, or null
/// when the original is in the reader's language.
/// </summary>
public sealed record RecordText(ShownText Title, ShownText Description, string OriginalLanguage, string? Note)
{
    public static RecordText For(string title, string description, string language, TextTranslations? translations, string reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var code = reader.Split('-', 2)[0].ToLowerInvariant();
        var translation = code == language ? null : translations?.In(code);
        var shownTitle = string.IsNullOrWhiteSpace(translation?.Title) ? new ShownText(title, language) : new ShownText(translation.Title, code);
        var shownDescription = string.IsNullOrWhiteSpace(translation?.Description)
            ? new ShownText(description, language)
            : new ShownText(translation.Description, code);
        var translated = shownDescription.Language != language || (shownTitle.Language != language && string.IsNullOrWhiteSpace(description));
        var note = translated ? TranslatedFrom(language) : code == language ? null : OriginalIn(language);
        return new RecordText(shownTitle, shownDescription, language, note);
    }

    /// <summary>For the reader of the current request.</summary>
    public static RecordText For(string title, string description, string language, TextTranslations? translations) =>
        For(title, description, language, translations, PortalCultures.Current);

    /// <summary>The description cut to <paramref name="length"/> characters for a list.</summary>
    public string Excerpt(int length = 260) =>
        Description.Text.Length > length ? Description.Text[..length] + "…" : Description.Text;

    public static string OriginalIn(string language) => language switch
    {
        TextLanguages.Spanish => "(original in Spanish)",
        TextLanguages.French => "(original in French)",
        TextLanguages.Portuguese => "(original in Portuguese)",
        _ => "(original in English)",
    };

    public static string TranslatedFrom(string language) => language switch
    {
        TextLanguages.Spanish => "Translated from Spanish",
        TextLanguages.French => "Translated from French",
        TextLanguages.Portuguese => "Translated from Portuguese",
        _ => "Translated from English",
    };
}
