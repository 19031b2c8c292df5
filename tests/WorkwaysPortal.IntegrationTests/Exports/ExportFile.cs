using System.Net;
using System.Text.Json;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Exports;

/// <summary>A downloaded export read back into a heading and rows of cell texts.</summary>
public sealed record ExportTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public IReadOnlyList<string> Column(string header)
    {
        var index = Headers.ToList().IndexOf(header);
        Assert.True(index >= 0, $"No column \"{header}\" in: {string.Join(", ", Headers)}");
        return [.. Rows.Select(r => r[index])];
    }
}

/// <summary>Downloads exports and reads them back with the same libraries a user's tools would trust: CsvHelper and the Open XML SDK.</summary>
public static class ExportFile
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>GETs an export (CSV or Excel, from the address's <c>format</c>), checks it is a download and reads it back.</summary>
    public static async Task<ExportTable> DownloadAsync(PortalClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("attachment", response.Content.Headers.ContentDisposition?.ToString() ?? "", StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var contentType = response.Content.Headers.ContentType?.MediaType;
        return contentType switch
        {
            "text/csv" => ReadCsv(bytes),
            XlsxContentType => ReadXlsx(bytes),
            _ => throw new InvalidOperationException($"{url} answered {contentType}."),
        };
    }

    public static ExportTable ReadCsv(byte[] bytes)
    {
        using var csv = CsvReader.Create(bytes, CsvReaderOptions.Default with { HasHeader = true });
        csv.ReadHeader();
        var headers = csv.Headers.ToList();
        var rows = new List<IReadOnlyList<string>>();
        while (csv.Read())
        {
            rows.Add([.. Enumerable.Range(0, csv.FieldCount).Select(csv.GetString)]);
        }

        return new ExportTable(headers, rows);
    }

    public static ExportTable ReadXlsx(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single();
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        var rows = part.Worksheet.Descendants<Row>()
            .Select(r => (IReadOnlyList<string>)[.. r.Elements<Cell>().Select(CellText)])
            .ToList();
        return new ExportTable(rows[0], rows.Skip(1).ToList());
    }

    /// <summary>The export audit events, oldest first, with their details parsed.</summary>
    public static Task<List<(AuditEvent Event, JsonElement Details)>> AuditAsync(TestData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.QueryAsync(async db =>
        {
            var events = await db.AuditEventsBesideSignIns().AsNoTracking()
                .Where(e => e.Action == AuditActions.DataExported)
                .OrderBy(e => e.Id)
                .ToListAsync();
            return events.Select(e => (e, JsonDocument.Parse(e.Details!).RootElement.Clone())).ToList();
        });
    }

    private static string CellText(Cell cell) =>
        cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? "";
}
