using System.Globalization;
using System.Text.Unicode;
using CsvHelper;

namespace WorkwaysPortal.Data.Import;

/// <summary>
/// Reads the CSV import format: a header row, comma-separated, UTF-8. Row numbers count the header as
/// row 1, so the first organization is row 2 (what a spreadsheet shows).
/// </summary>
internal static class CsvOrganizationReader
{
    private const int HeaderRow = 1;

    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        // The separator is fixed: detection could mistake a file of ';'-separated lists for a ';' file.
        Separator = ',',
        HasHeader = true,
        TrimWhitespace = true,
        SkipEmptyLines = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
    };

    public static async Task<List<OrganizationImportRow>> ReadAsync(Stream content, string file, CancellationToken ct)
    {
        await using var csv = CsvReader.Create(content, Options, leaveOpen: true);
        try
        {
            await csv.ReadHeaderAsync(ct);
            var columns = MapColumns(csv.Headers, file);
            var rows = new List<OrganizationImportRow>();
            while (await csv.ReadAsync(ct))
            {
                rows.Add(ReadRow(csv, columns, file));
            }

            return rows;
        }
        catch (CsvFormatException e)
        {
            int? row = e.RecordNumber > 0 ? checked((int)e.RecordNumber) : null;
            throw new OrganizationImportException(new ImportError(file, row, null, "The CSV is malformed: " + Describe(e)));
        }
    }

    /// <summary>The column of each field of the format (-1 when the file leaves an optional one out).</summary>
    private static Dictionary<string, int> MapColumns(IReadOnlyList<string> headers, string file)
    {
        if (headers.Count == 0)
        {
            throw new OrganizationImportException(new ImportError(file, HeaderRow, null, "The file is empty: it needs a header row."));
        }

        if (headers.Count == 1 && headers[0].Contains(ImportFields.ListSeparator, StringComparison.Ordinal))
        {
            throw new OrganizationImportException(new ImportError(
                file, HeaderRow, null, "The columns must be separated by commas (';' separates the values of one field)."));
        }

        var columns = ImportFields.All.Concat(ImportFields.TranslationFields).ToDictionary(f => f, _ => -1, StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            var name = ImportFields.Normalize(headers[i]);
            if (name.Length == 0)
            {
                throw new OrganizationImportException(new ImportError(
                    file, HeaderRow, string.Create(CultureInfo.InvariantCulture, $"column {i + 1}"), "The column has no name."));
            }

            if (!ImportFields.IsKnown(name))
            {
                throw new OrganizationImportException(new ImportError(
                    file, HeaderRow, headers[i].Trim(), "Unknown column; the columns are " + ImportFields.Listed + "."));
            }

            if (columns[name] >= 0)
            {
                throw new OrganizationImportException(new ImportError(file, HeaderRow, name, "The column appears twice."));
            }

            columns[name] = i;
        }

        var missing = ImportFields.RequiredColumns.FirstOrDefault(f => columns[f] < 0);
        if (missing is not null)
        {
            throw new OrganizationImportException(new ImportError(file, HeaderRow, missing, "The column is missing."));
        }

        return columns;
    }

    private static OrganizationImportRow ReadRow(CsvReader csv, Dictionary<string, int> columns, string file)
    {
        var row = checked((int)csv.RowNumber) + HeaderRow;
        if (!Utf8.IsValid(csv.RawRecord))
        {
            throw new OrganizationImportException(new ImportError(file, row, null, "The row is not valid UTF-8 text; save the file as UTF-8."));
        }

        // Every header column is a field of the format (unknown columns were refused).
        var width = csv.Headers.Count;
        if (csv.FieldCount < width)
        {
            var field = columns.Where(c => c.Value >= csv.FieldCount).OrderBy(c => c.Value).First().Key;
            throw new OrganizationImportException(new ImportError(
                file, row, field, string.Create(CultureInfo.InvariantCulture, $"The row has {csv.FieldCount} fields but the header has {width} columns.")));
        }

        if (csv.FieldCount > width)
        {
            throw new OrganizationImportException(new ImportError(
                file, row, null, string.Create(CultureInfo.InvariantCulture, $"The row has {csv.FieldCount} fields but the header has {width} columns.")));
        }

        string? Text(string field) => columns[field] is var index and >= 0 ? csv.GetString(index) : null;
        return new OrganizationImportRow(row, ImportFields.ToProfile(Text, field => ImportFields.Split(Text(field))));
    }

    /// <summary>CsvHelper's message without its "in record n" prefix, which the error line already says.</summary>
    private static string Describe(CsvFormatException e)
    {
        var message = e.Message;
        var colon = message.IndexOf(": ", StringComparison.Ordinal);
        return colon >= 0 ? message[(colon + 2)..] : message;
    }
}
