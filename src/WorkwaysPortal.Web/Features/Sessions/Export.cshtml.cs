using Microsoft.Net.Http.Headers;
using WorkwaysPortal.Data.Sessions;
using WorkwaysPortal.Documents.Sessions;

namespace WorkwaysPortal.Web.Features.Sessions;

/// <summary>A session summary to download: <c>?format=docx|md</c>, <c>&amp;language=en|es|fr|pt</c>. Every download is audited.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ExportModel(SessionExporter exporter, IStringLocalizer<SharedResource> t) : PageModel
{
    public async Task<IActionResult> OnGetAsync([FromRoute] int id, string? format, string? language, CancellationToken ct)
    {
        if (SessionExportFormats.Parse(format) is not { } exportFormat || exportFormat == SessionExportFormat.Html)
        {
            return NotFound();
        }

        var file = await SessionExports.RenderAsync(exporter, t, User, id, exportFormat, language, ct);
        if (file is null)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        return new FileContentResult(file.Content, MediaTypeHeaderValue.Parse(exportFormat.ContentType())) { FileDownloadName = file.FileName };
    }
}
