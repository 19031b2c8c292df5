using WorkwaysPortal.Data.Sessions;
using WorkwaysPortal.Documents.Sessions;

namespace WorkwaysPortal.Web.Features.Sessions;

/// <summary>The print view's stylesheet, the one embedded in the Data project (so there is one copy of it).</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class SummaryStyleModel : PageModel
{
    public IActionResult OnGet()
    {
        Response.Headers.CacheControl = "private, max-age=3600";
        return Content(SessionHtmlWriter.Stylesheet, "text/css; charset=utf-8");
    }
}
