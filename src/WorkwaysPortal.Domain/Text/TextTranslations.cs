using System.Text.Json;
using System.Text.Json.Serialization;
using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.Domain.Text;

/// <summary>
/// One translation of a record's texts, written by its delegates: its title (an organization's name) and its
/// description. Either may be left out (an organization's name often stays as it is); a translation with neither is
/// no translation.
/// </summary>
public sealed record TextTranslation(string? Title, string? Description)
{
    [JsonIgnore]
    public bool IsBlank => string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Description);
}

/// <summary>
/// The translations of an organization's, a gap's or an initiative's texts into the portal's other languages
/// (<see cref="TextLanguages.All"/>), by language code. The database keeps them as one jsonb object
/// (<c>{"fr": {"title": "…", "description": "…"}}</c>, ADR 012), which search stems each in its own language.
/// Immutable; blank translations, blank texts and codes that are not portal languages are left out.
/// </summary>
[JsonConverter(typeof(TextTranslationsJsonConverter))]
public sealed class TextTranslations : IEquatable<TextTranslations>
{
    /// <summary>The field of the API and the import formats.</summary>
    public const string Field = "translations";

    private static readonly JsonSerializerOptions Stored = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly SortedDictionary<string, TextTranslation> _items = new(StringComparer.Ordinal);

    public TextTranslations(IEnumerable<KeyValuePair<string, TextTranslation>>? items)
    {
        foreach (var (language, translation) in items ?? [])
        {
            if (TextLanguages.Normalize(language) is { } code && TextLanguages.IsKnown(code) && translation is not null && !translation.IsBlank)
            {
                _items[code] = new TextTranslation(Tidy(translation.Title), Tidy(translation.Description));
            }
        }
    }

    public static TextTranslations Empty { get; } = new([]);

    /// <summary>Every translation by its language code, in the order of the codes.</summary>
    public IReadOnlyDictionary<string, TextTranslation> All => _items.AsReadOnly();

    public int Count => _items.Count;

    /// <summary>The translation into <paramref name="language"/> ("fr", or "fr-CA" read as "fr"); null when there is none.</summary>
    public TextTranslation? In(string? language)
    {
        var code = TextLanguages.Normalize(language)?.Split('-', 2)[0];
        return code is not null && _items.TryGetValue(code, out var translation) ? translation : null;
    }

    /// <summary>A copy without the translation into <paramref name="language"/> (the record's own, once it is written in it).</summary>
    public TextTranslations Without(string language) =>
        _items.ContainsKey(language) ? new TextTranslations(_items.Where(i => i.Key != language)) : this;

    public string ToJson() => JsonSerializer.Serialize(_items, Stored);

    public static TextTranslations FromJson(string json) =>
        new(JsonSerializer.Deserialize<Dictionary<string, TextTranslation>>(json, Stored));

    /// <summary>
    /// The rules of the translations a form, the API or an import file gives: each into a portal language other than
    /// <paramref name="ownLanguage"/> (the record's), its title and description as long as the original's may be,
    /// plain text, the title on one line. Fields: <c>translations.fr.title</c>, <c>translations.fr.description</c>,
    /// and <c>translations.de</c> for a language that is not a portal language.
    /// </summary>
    public static IReadOnlyList<FieldError> Check(
        IReadOnlyDictionary<string, TextTranslation>? translations, string? ownLanguage, int titleMaxLength, int descriptionMaxLength)
    {
        var errors = new List<FieldError>();
        foreach (var (language, translation) in translations ?? new Dictionary<string, TextTranslation>())
        {
            if (translation is null || translation.IsBlank)
            {
                continue;
            }

            var code = TextLanguages.Normalize(language) ?? "";
            var field = $"{Field}.{code}";
            if (!TextLanguages.IsKnown(code))
            {
                errors.Add(new(field, UserMessages.UnknownTextLanguage, language));
                continue;
            }

            if (code == ownLanguage)
            {
                // Next to the first text given, so that a file's error names a field the row has.
                errors.Add(new(field + (string.IsNullOrWhiteSpace(translation.Title) ? ".description" : ".title"), UserMessages.TranslationInOwnLanguage));
                continue;
            }

            CheckText(errors, field + ".title", translation.Title, titleMaxLength, oneLine: true);
            CheckText(errors, field + ".description", translation.Description, descriptionMaxLength, oneLine: false);
        }

        return errors;
    }

    private static void CheckText(List<FieldError> errors, string field, string? value, int maxLength, bool oneLine)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        if (value.Trim().Length > maxLength)
        {
            errors.Add(new(field, UserMessages.TextTooLong, maxLength));
        }
        else if (!PlainText.IsAllowed(value))
        {
            errors.Add(new(field, UserMessages.TextNotPlain));
        }
        else if (oneLine && !PlainText.IsAllowedLine(value))
        {
            errors.Add(new(field, UserMessages.TextNotOneLine));
        }
    }

    private static string? Tidy(string? value) => string.IsNullOrWhiteSpace(value) ? null : PlainText.Tidy(value);

    public bool Equals(TextTranslations? other) =>
        other is not null && (ReferenceEquals(this, other) || (_items.Count == other._items.Count && _items.All(i => other._items.TryGetValue(i.Key, out var t) && t == i.Value)));

    public override bool Equals(object? obj) => Equals(obj as TextTranslations);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var (language, translation) in _items)
        {
            hash.Add(language, StringComparer.Ordinal);
            hash.Add(translation);
        }

        return hash.ToHashCode();
    }
}

/// <summary>Writes <see cref="TextTranslations"/> as a JSON object of translations by language (<c>{"fr": {"title": …, "description": …}}</c>).</summary>
public sealed class TextTranslationsJsonConverter : JsonConverter<TextTranslations>
{
    public override TextTranslations Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(JsonSerializer.Deserialize<Dictionary<string, TextTranslation>>(ref reader, options));

    public override void Write(Utf8JsonWriter writer, TextTranslations value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        JsonSerializer.Serialize(writer, value.All, options);
    }
}
