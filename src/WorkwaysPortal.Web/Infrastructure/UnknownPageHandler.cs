using Microsoft.AspNetCore.Mvc.Filters;

namespace WorkwaysPortal.Web.Infrastructure;

/// <summary>
/// Answers a request that selects none of a page's handlers: <c>POST /Proposals/2?handler=Bogus</c>,
/// or a POST to a page that only has named POST handlers. Razor Pages would otherwise render the page
/// without running any handler, and a page whose model is loaded by its handler fails while rendering
/// (a 500, found by wapiti). An unknown handler name is a 404; a known name, or none, asked for with a
/// method that has no handler is a 405. Pages without handlers render as before.
/// </summary>
public sealed class UnknownPageHandler : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var handlers = context.ActionDescriptor.HandlerMethods;
        // The error page shown for a refused request answers with whatever method that request used.
        if (context.HandlerMethod is not null || handlers.Count == 0
            || context.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null)
        {
            return;
        }

        var name = Convert.ToString(context.RouteData.Values["handler"], System.Globalization.CultureInfo.InvariantCulture);
        if (string.IsNullOrEmpty(name))
        {
            name = context.HttpContext.Request.Query["handler"].FirstOrDefault();
        }

        var known = string.IsNullOrEmpty(name) || handlers.Any(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase));
        context.Result = known ? new StatusCodeResult(StatusCodes.Status405MethodNotAllowed) : new NotFoundResult();
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
