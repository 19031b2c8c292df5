using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorkwaysPortal.Web.Api;

/// <summary>
/// Reads every JSON string of an API request body, refusing what no text field can hold: a NUL
/// character (<c>\u0000</c>, which PostgreSQL cannot store and would turn into a 500) and a lone
/// UTF-16 surrogate (<c>\ud800</c>, which is not text). The request then fails to bind and answers
/// 400 problem details, like any other malformed body. Writing is unchanged.
/// </summary>
public sealed class StoredTextConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a string, not {reader.TokenType}.");
        }

        string value;
        try
        {
            value = reader.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            throw new JsonException("The string is not valid UTF-16 text.", e);
        }

        if (value.Contains('\0', StringComparison.Ordinal))
        {
            throw new JsonException("The string contains a NUL character.");
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }
}
