using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorkwaysPortal.Domain.Taxonomy;

/// <summary>
/// The names of a taxonomy term by language code ("en", "es", "fr", "pt", …). The database keeps them as
/// one jsonb object (<c>{"en": "Government", "es": "Gobierno"}</c>), so a language more is data, never a
/// column. English is the language every term has and the one a missing translation falls back to.
/// Immutable: <see cref="With"/> makes a copy.
/// </summary>
[JsonConverter(typeof(LocalizedNamesJsonConverter))]
public sealed class LocalizedNames : IEquatable<LocalizedNames>
{
    /// <summary>The language of the name every term has, shown when the reader's language has none.</summary>
    public const string Fallback = "en";

    // Names are data, not markup: accents stay as they are in the stored JSON ("Gobierno de México", not "M\u00e9xico").
    private static readonly JsonSerializerOptions Stored = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly SortedDictionary<string, string> _names;

    /// <summary>The names of the given languages; blank names are left out and codes are kept in lower case.</summary>
    public LocalizedNames(IEnumerable<KeyValuePair<string, string>> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        _names = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (language, name) in names)
        {
            if (!string.IsNullOrWhiteSpace(language) && !string.IsNullOrWhiteSpace(name))
            {
                _names[language.Trim().ToLowerInvariant()] = name.Trim();
            }
        }
    }

    public static LocalizedNames Empty { get; } = new([]);

    /// <summary>The names of the portal's four languages, as the seed taxonomy writes them.</summary>
    public static LocalizedNames Of(string en, string es, string fr, string pt) =>
        new([new("en", en), new("es", es), new("fr", fr), new("pt", pt)]);

    /// <summary>The name in <paramref name="language"/> ("fr", or "fr-CA" read as "fr"); English when there is none, the empty string when neither.</summary>
    public string In(string language) =>
        Exactly(language) ?? (_names.TryGetValue(Fallback, out var english) ? english : "");

    /// <summary>The name in <paramref name="language"/> only, with no fallback; null when the term has none.</summary>
    public string? Exactly(string? language)
    {
        if (string.IsNullOrEmpty(language))
        {
            return null;
        }

        var code = language.Split('-', 2)[0].ToLowerInvariant();
        return _names.TryGetValue(code, out var name) ? name : null;
    }

    /// <summary>A copy with the name of one language set (or removed, when <paramref name="name"/> is blank).</summary>
    public LocalizedNames With(string language, string? name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        var names = new Dictionary<string, string>(_names, StringComparer.Ordinal);
        var code = language.Trim().ToLowerInvariant();
        if (string.IsNullOrWhiteSpace(name))
        {
            names.Remove(code);
        }
        else
        {
            names[code] = name;
        }

        return new LocalizedNames(names);
    }

    /// <summary>The names as a JSON object with the languages in order, as the database stores them.</summary>
    public string ToJson() => JsonSerializer.Serialize(_names, Stored);

    /// <summary>The names of a JSON object of strings (what <see cref="ToJson"/> writes).</summary>
    public static LocalizedNames FromJson(string json) =>
        new(JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? []);

    /// <summary>Every name by its language code, in the order of the codes.</summary>
    public IReadOnlyDictionary<string, string> All => _names.AsReadOnly();

    public bool Equals(LocalizedNames? other) =>
        other is not null && (ReferenceEquals(this, other) || (_names.Count == other._names.Count && _names.All(n => other._names.TryGetValue(n.Key, out var name) && name == n.Value)));

    public override bool Equals(object? obj) => Equals(obj as LocalizedNames);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var (language, name) in _names)
        {
            hash.Add(language, StringComparer.Ordinal);
            hash.Add(name, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => In(Fallback);
}

/// <summary>Writes <see cref="LocalizedNames"/> as a JSON object of names by language, and reads it back.</summary>
public sealed class LocalizedNamesJsonConverter : JsonConverter<LocalizedNames>
{
    public override LocalizedNames Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(JsonSerializer.Deserialize<Dictionary<string, string>>(ref reader, options) ?? []);

    public override void Write(Utf8JsonWriter writer, LocalizedNames value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        foreach (var (language, name) in value.All)
        {
            writer.WritePropertyName(language);
            writer.WriteStringValue(name);
        }

        writer.WriteEndObject();
    }
}
