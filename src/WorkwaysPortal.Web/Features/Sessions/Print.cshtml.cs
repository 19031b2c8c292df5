using WorkwaysPortal.Data.Sessions;
using WorkwaysPortal.Documents.Sessions;
using WorkwaysPortal.Domain.Sessions;

namespace WorkwaysPortal.Web.Features.Sessions;

/// <summary>
/// The print-ready summary of a session (A4, print to PDF from the browser): the same HTML the
/// command-line tool writes, with its stylesheet linked rather than inline. Audited like a download.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class PrintModel(SessionExporter exporter, IStringLocalizer<SharedResource> t) : PageModel
{
    public async Task<IActionResult> OnGetAsync([FromRoute] int id, string? language, CancellationToken ct)
    {
        var file = await SessionExports.RenderAsync(
            exporter, t, User, id, SessionExportFormat.Html, language, ct,
            stylesheetHref: Url.Content("~/Sessions/summary.css"), printHint: SessionSummaryLabels.PrintHint, iconHref: Url.Content("~/favicon.svg"));
        if (file is null)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        return new FileContentResult(file.Content, SessionExportFormat.Html.ContentType());
    }
}
