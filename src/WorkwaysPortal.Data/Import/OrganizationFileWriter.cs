using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.Data.Import;

/// <summary>
/// Writes organizations in the import format (CSV or JSON, by the file's extension), so that
/// <see cref="OrganizationFileReader"/> reads them back. The output depends only on the
/// organizations: UTF-8 without a byte order mark, <c>\n</c> line ends, on every platform. Contact
/// details are not part of the format and are not written; nor is the optional language of the texts,
/// which the import then detects.
/// </summary>
public static class OrganizationFileWriter
{
    private const int FlushEvery = 1000;

    /// <returns>How many organizations were written.</returns>
    /// <exception cref="OrganizationImportException">The name ends in neither .csv nor .json (nothing is written).</exception>
    public static async Task<int> WriteFileAsync(string path, IEnumerable<OrganizationProfile> organizations, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(organizations);
        var format = ImportFormats.Of(path);
        await using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16, FileOptions.Asynchronous);
        return format == ImportFormat.Csv
            ? await WriteCsvAsync(stream, organizations, ct)
            : await WriteJsonAsync(stream, organizations, ct);
    }

    /// <param name="file">The file's name, to choose the format.</param>
    public static Task<int> WriteAsync(Stream content, string file, IEnumerable<OrganizationProfile> organizations, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        ArgumentNullException.ThrowIfNull(organizations);
        return ImportFormats.Of(file) == ImportFormat.Csv
            ? WriteCsvAsync(content, organizations, ct)
            : WriteJsonAsync(content, organizations, ct);
    }

    private static async Task<int> WriteCsvAsync(Stream stream, IEnumerable<OrganizationProfile> organizations, CancellationToken ct)
    {
        await using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16, leaveOpen: true)
        {
            NewLine = "\n",
        };
        // No language column: the synthetic organizations leave it to the import's detector, and the files stay
        // importable by portals older than the field.
        await writer.WriteLineAsync(string.Join(',', ImportFields.All.Where(f => f != ImportFields.TextLanguage)));
        var count = 0;
        var line = new StringBuilder(1024);
        foreach (var organization in organizations)
        {
            ct.ThrowIfCancellationRequested();
            line.Clear();
            AppendField(line, organization.Name).Append(',');
            AppendField(line, organization.Acronym).Append(',');
            AppendField(line, organization.Sector).Append(',');
            AppendField(line, Join(organization.Countries)).Append(',');
            AppendField(line, Join(organization.Offers)).Append(',');
            AppendField(line, Join(organization.Seeks)).Append(',');
            AppendField(line, Join(organization.Languages)).Append(',');
            AppendField(line, organization.Website).Append(',');
            AppendField(line, organization.Description);
            await writer.WriteLineAsync(line, ct);
            count++;
        }

        await writer.FlushAsync(ct);
        return count;
    }

    /// <summary>RFC 4180: a field with a comma, a quote, a line break or surrounding spaces is quoted, its quotes doubled.</summary>
    private static StringBuilder AppendField(StringBuilder line, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return line;
        }

        var quote = value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]);
        return quote ? line.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"') : line.Append(value);
    }

    private static string Join(IReadOnlyList<string> values) => string.Join(ImportFields.ListSeparator, values);

    private static async Task<int> WriteJsonAsync(Stream stream, IEnumerable<OrganizationProfile> organizations, CancellationToken ct)
    {
        // Accents and other letters are written as they are (the file is UTF-8), not as \u escapes.
        await using var json = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        json.WriteStartArray();
        var count = 0;
        foreach (var organization in organizations)
        {
            ct.ThrowIfCancellationRequested();
            json.WriteStartObject();
            json.WriteString(ImportFields.Name, organization.Name);
            WriteOptional(json, ImportFields.Acronym, organization.Acronym);
            json.WriteString(ImportFields.Sector, organization.Sector);
            WriteList(json, ImportFields.Countries, organization.Countries);
            WriteList(json, ImportFields.Offers, organization.Offers);
            WriteList(json, ImportFields.Seeks, organization.Seeks);
            WriteList(json, ImportFields.Languages, organization.Languages);
            WriteOptional(json, ImportFields.Website, organization.Website);
            json.WriteString(ImportFields.Description, organization.Description);
            json.WriteEndObject();
            if (++count % FlushEvery == 0)
            {
                await json.FlushAsync(ct);
            }
        }

        json.WriteEndArray();
        await json.FlushAsync(ct);
        await stream.WriteAsync("\n"u8.ToArray(), ct);
        return count;
    }

    private static void WriteOptional(Utf8JsonWriter json, string field, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            json.WriteString(field, value);
        }
    }

    private static void WriteList(Utf8JsonWriter json, string field, IReadOnlyList<string> values)
    {
        json.WriteStartArray(field);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
