using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace WorkwaysPortal.Documents.Tables;

/// <summary>
/// Writes an export as an Excel workbook of one sheet with the Open XML SDK's forward-only writer:
/// rows go to the package as they arrive, so memory does not grow with the number of rows. The
/// package format needs a seekable stream (a temporary file, for large exports).
/// </summary>
public static class XlsxTableWriter
{
    /// <returns>How many rows were written (the heading not counted).</returns>
    public static async Task<int> WriteAsync<T>(
        Stream output, string sheetName, IReadOnlyList<ExportColumn<T>> columns, IAsyncEnumerable<T> rows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentException.ThrowIfNullOrWhiteSpace(sheetName);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);

        var count = 0;
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var sheet = workbook.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(sheet))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetData());
            WriteRow(writer, columns.Select(c => (object?)c.Header));
            await foreach (var row in rows.WithCancellation(ct))
            {
                WriteRow(writer, columns.Select(c => c.Value(row)));
                count++;
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        using (var writer = OpenXmlWriter.Create(workbook))
        {
            writer.WriteStartElement(new Workbook());
            writer.WriteStartElement(new Sheets());
            writer.WriteElement(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = SheetName(sheetName) });
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        return count;
    }

    private static void WriteRow(OpenXmlWriter writer, IEnumerable<object?> values)
    {
        writer.WriteStartElement(new Row());
        foreach (var value in values)
        {
            if (ExportCells.IsNumber(value))
            {
                writer.WriteElement(new Cell { DataType = CellValues.Number, CellValue = new CellValue(ExportCells.Text(value)) });
            }
            else
            {
                var text = OfficeText.Keep(ExportCells.Text(value));
                writer.WriteElement(new Cell
                {
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
                });
            }
        }

        writer.WriteEndElement();
    }

    /// <summary>Excel sheet names: at most 31 characters, none of <c>: \ / ? * [ ]</c>.</summary>
    private static string SheetName(string name)
    {
        var cleaned = new string([.. name.Where(c => c is not (':' or '\\' or '/' or '?' or '*' or '[' or ']'))]).Trim();
        return cleaned.Length == 0 ? "Export" : cleaned[..Math.Min(31, cleaned.Length)];
    }
}
