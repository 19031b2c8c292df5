using System.Globalization;
using System.Text.Json;

namespace WorkwaysPortal.Data.Import;

/// <summary>
/// Reads the JSON import format: an array of objects with the fields of the CSV header. Multi-valued
/// fields are arrays of strings (a ';'-separated string is accepted too). Row n is the n-th object.
/// </summary>
internal static class JsonOrganizationReader
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    public static async Task<List<OrganizationImportRow>> ReadAsync(Stream content, string file, CancellationToken ct)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(content, Options, ct);
        }
        catch (JsonException e)
        {
            // The parser stops at the first syntax error, before we know which object it is in.
            var where = e.LineNumber is { } line
                ? string.Create(CultureInfo.InvariantCulture, $" (line {line + 1}, position {e.BytePositionInLine + 1})")
                : "";
            throw new OrganizationImportException(new ImportError(file, null, null, "The file is not valid JSON" + where + "."));
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new OrganizationImportException(new ImportError(file, null, null, "The file must hold a JSON array of objects."));
            }

            var rows = new List<OrganizationImportRow>(document.RootElement.GetArrayLength());
            var row = 0;
            foreach (var item in document.RootElement.EnumerateArray())
            {
                row++;
                rows.Add(ReadRow(item, row, file));
            }

            return rows;
        }
    }

    private static OrganizationImportRow ReadRow(JsonElement item, int row, string file)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new OrganizationImportException(new ImportError(file, row, null, "Each item of the array must be a JSON object."));
        }

        var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in item.EnumerateObject())
        {
            var field = ImportFields.Normalize(property.Name);
            if (!ImportFields.IsKnown(field))
            {
                throw new OrganizationImportException(new ImportError(
                    file, row, property.Name, "Unknown field; the fields are " + ImportFields.Listed + "."));
            }

            if (!values.TryAdd(field, property.Value))
            {
                throw new OrganizationImportException(new ImportError(file, row, field, "The field appears twice."));
            }
        }

        string? Text(string field) => values.TryGetValue(field, out var value) ? ReadText(value, row, field, file) : null;
        IReadOnlyList<string> List(string field) => values.TryGetValue(field, out var value) ? ReadList(value, row, field, file) : [];
        return new OrganizationImportRow(row, ImportFields.ToProfile(Text, List));
    }

    private static string? ReadText(JsonElement value, int row, string field, string file) =>
        value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null => null,
            _ => throw new OrganizationImportException(new ImportError(file, row, field, "Expected a string.")),
        };

    private static IReadOnlyList<string> ReadList(JsonElement value, int row, string field, string file)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return [];
            case JsonValueKind.String:
                return ImportFields.Split(value.GetString());
            case JsonValueKind.Array:
                var items = new List<string>(value.GetArrayLength());
                foreach (var element in value.EnumerateArray())
                {
                    if (element.ValueKind != JsonValueKind.String)
                    {
                        throw new OrganizationImportException(new ImportError(file, row, field, "Expected an array of strings."));
                    }

                    if (element.GetString() is { } text && !string.IsNullOrWhiteSpace(text))
                    {
                        items.Add(text.Trim());
                    }
                }

                return items;
            default:
                throw new OrganizationImportException(new ImportError(file, row, field, "Expected an array of strings."));
        }
    }
}
