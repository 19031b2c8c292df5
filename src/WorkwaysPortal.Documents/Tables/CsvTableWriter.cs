using CsvHelper;

namespace WorkwaysPortal.Documents.Tables;

/// <summary>
/// Writes an export as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read accents),
/// one row at a time as the rows arrive, flushing asynchronously: a whole directory streams to the
/// client without being held in memory.
/// </summary>
public static class CsvTableWriter
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        WriteByteOrderMark = true,
        // Cells are neutralised by ExportCells.Text (one rule for CSV and Excel), not by CsvHelper.
        Injection = CsvInjection.None,
    };

    /// <returns>How many rows were written (the heading not counted).</returns>
    public static async Task<int> WriteAsync<T>(
        Stream output, IReadOnlyList<ExportColumn<T>> columns, IAsyncEnumerable<T> rows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);

        var count = 0;
        var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        await using (csv.ConfigureAwait(false))
        {
            foreach (var column in columns)
            {
                csv.WriteField(ExportCells.Text(column.Header));
            }

            await csv.EndRecordAsync(ct);
            await foreach (var row in rows.WithCancellation(ct))
            {
                foreach (var column in columns)
                {
                    csv.WriteField(ExportCells.Text(column.Value(row)));
                }

                await csv.EndRecordAsync(ct);
                count++;
            }

            await csv.FlushAsync(ct);
        }

        return count;
    }
}
