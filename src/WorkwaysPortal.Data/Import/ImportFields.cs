using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Text;

namespace WorkwaysPortal.Data.Import;

/// <summary>The fields of the import format (SPEC "Import format") and how one row becomes a profile.</summary>
public static class ImportFields
{
    public const string Name = "name";
    public const string Acronym = "acronym";
    public const string Sector = "sector";
    public const string Countries = "countries";
    public const string Offers = "offers";
    public const string Seeks = "seeks";
    public const string Languages = "languages";
    public const string Website = "website";
    public const string Description = "description";

    /// <summary>The language the name and description are written in (en, es, fr or pt); detected when the file has none.</summary>
    public const string TextLanguage = OrganizationProfileRules.TextLanguageField;

    /// <summary>Separates the values of a multi-valued field written as text (<c>GT;HN;SV</c>).</summary>
    public const char ListSeparator = ';';

    public static IReadOnlyList<string> All { get; } =
        [Name, Acronym, Sector, Countries, Offers, Seeks, Languages, Website, Description, TextLanguage];

    /// <summary>
    /// Columns a CSV header must have. The others may be left out: a file without a <c>website</c>
    /// column simply has no websites.
    /// </summary>
    public static IReadOnlyList<string> RequiredColumns { get; } = [Name, Sector, Countries, Description];

    /// <summary>
    /// The optional fields of the translations (ADR 012): <c>name_fr</c>, <c>description_fr</c>… for each portal
    /// language. A row with none keeps the translations the organization has; a row with any replaces them.
    /// </summary>
    public static IReadOnlyList<string> TranslationFields { get; } = [.. TextLanguages.All.SelectMany(l => new[] { NameIn(l), DescriptionIn(l) })];

    public static string NameIn(string language) => Name + "_" + language;

    public static string DescriptionIn(string language) => Description + "_" + language;

    /// <summary>The fields a file may have, as its "unknown field" message lists them.</summary>
    public static string Listed => string.Join(", ", All) + " and the translations " + string.Join(", ", TranslationFields);

    public static bool IsKnown(string field) => All.Contains(field, StringComparer.Ordinal) || TranslationFields.Contains(field, StringComparer.Ordinal);

    /// <summary>The import field a rule's field names (<c>translations.fr.description</c> is <c>description_fr</c>).</summary>
    public static string FieldOf(string ruleField)
    {
        ArgumentNullException.ThrowIfNull(ruleField);
        var parts = ruleField.Split('.');
        return parts.Length >= 2 && parts[0] == TextTranslations.Field
            ? (parts.Length > 2 && parts[2] == "description" ? DescriptionIn(parts[1]) : NameIn(parts[1]))
            : ruleField;
    }

    public static bool IsMultiValued(string field) => field is Countries or Offers or Seeks or Languages;

    /// <summary>Header names and JSON property names match whatever their case and surrounding spaces.</summary>
    public static string Normalize(string name) => name.Trim().TrimStart('\uFEFF').Trim().ToLowerInvariant();

    public static IReadOnlyList<string> Split(string? value) =>
        string.IsNullOrWhiteSpace(value)
            ? []
            : value.Split(ListSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// Builds the profile of one row from its text fields and its multi-valued fields. Values are
    /// trimmed and blanks become missing, so the rules see what will be stored.
    /// </summary>
    public static OrganizationProfile ToProfile(Func<string, string?> text, Func<string, IReadOnlyList<string>> list)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(list);
        string? Text(string field) => text(field) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        return new OrganizationProfile(
            Name: Text(Name) ?? "",
            Acronym: Text(Acronym),
            // Sector codes are lower-case; "Government" in a spreadsheet means "government".
            Sector: Text(Sector)?.ToLowerInvariant() ?? "",
            Countries: list(Countries),
            Offers: list(Offers),
            Seeks: list(Seeks),
            Languages: list(Languages),
            Website: Text(Website),
            Description: Text(Description) ?? "",
            Contact: OrganizationContact.None,
            TextLanguage: Text(TextLanguage),
            Translations: Translations(Text));
    }

    private static Dictionary<string, TextTranslation>? Translations(Func<string, string?> text)
    {
        var translations = TextLanguages.All
            .Select(l => (Language: l, Name: text(NameIn(l)), Description: text(DescriptionIn(l))))
            .Where(t => t.Name is not null || t.Description is not null)
            .ToDictionary(t => t.Language, t => new TextTranslation(t.Name, t.Description), StringComparer.Ordinal);
        return translations.Count == 0 ? null : translations;
    }
}
