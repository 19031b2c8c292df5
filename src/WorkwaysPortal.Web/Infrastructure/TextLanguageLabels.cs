using WorkwaysPortal.Domain.Text;

namespace WorkwaysPortal.Web.Infrastructure;

/// <summary>
/// What pages say about the language of a record's texts (<see cref="TextLanguages"/>): the sentence under its
/// description (an English localization key, one per language so that each translation reads naturally), and the
/// language its form picks when nobody chose one yet: the reader's.
/// </summary>
public static class TextLanguageLabels
{
    public static string WrittenIn(string? code) => code switch
    {
        TextLanguages.Spanish => "Written in Spanish",
        TextLanguages.French => "Written in French",
        TextLanguages.Portuguese => "Written in Portuguese",
        _ => "Written in English",
    };

    /// <summary>The language a form shows as chosen: the record's, else the reader's when it is one of the texts' languages.</summary>
    public static string Chosen(string? code) =>
        TextLanguages.IsKnown(code) ? code! : TextLanguages.IsKnown(PortalCultures.Current) ? PortalCultures.Current : TextLanguages.English;
}
