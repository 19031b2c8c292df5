using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Net.Http.Headers;
using WorkwaysPortal.Documents.Tables;

namespace WorkwaysPortal.Web.Exports;

/// <summary>
/// Sends an export as a download. CSV streams straight to the client as the database returns rows;
/// Excel is built row by row in a temporary file (the package format needs a seekable stream) and
/// then sent. Either way the export is audited with the rows actually written, also when the client
/// goes away halfway (then marked incomplete).
/// </summary>
public sealed class ExportResult<T>(
    ExportRequest request, string title, IReadOnlyList<ExportColumn<T>> columns, IAsyncEnumerable<T> rows) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        var audit = http.RequestServices.GetRequiredService<ExportAudit>();
        var clock = http.RequestServices.GetRequiredService<TimeProvider>();
        var ct = http.RequestAborted;
        var fileName = string.Create(
            CultureInfo.InvariantCulture, $"workways-{request.Dataset}-{clock.GetUtcNow():yyyy-MM-dd}.{request.Format.Extension()}");

        var response = http.Response;
        response.ContentType = request.Format.ContentType();
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = fileName }.ToString();
        response.Headers.CacheControl = "no-store";

        var counter = new Counter();
        var complete = false;
        try
        {
            if (request.Format == ExportFormat.Csv)
            {
                await CsvTableWriter.WriteAsync(response.Body, columns, counter.Count(rows), ct);
            }
            else
            {
                var file = new FileStream(
                    Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
                await using (file)
                {
                    await XlsxTableWriter.WriteAsync(file, title, columns, counter.Count(rows), ct);
                    response.ContentLength = file.Length;
                    file.Position = 0;
                    await file.CopyToAsync(response.Body, ct);
                }
            }

            complete = true;
        }
        finally
        {
            // The download may have been cancelled: the audit event is written regardless.
            await audit.RecordAsync(http.User, request, counter.Rows, complete, CancellationToken.None);
        }
    }

    private sealed class Counter
    {
        public int Rows { get; private set; }

        public async IAsyncEnumerable<T> Count(IAsyncEnumerable<T> source, [EnumeratorCancellation] CancellationToken ct = default)
        {
            await foreach (var row in source.WithCancellation(ct))
            {
                Rows++;
                yield return row;
            }
        }
    }
}
