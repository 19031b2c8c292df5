using System.Diagnostics;

namespace WorkwaysPortal.Web.Features;

/// <summary>The friendly page for every error status: no stack traces, a request id to quote.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public int Status { get; private set; } = StatusCodes.Status500InternalServerError;
    public string RequestId { get; private set; } = "";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    /// <summary>The status page of a refused PUT or DELETE runs no handler: describe it all the same.</summary>
    public override void OnPageHandlerExecuting(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HandlerMethod is null)
        {
            Describe(int.TryParse(Request.Query["code"], System.Globalization.CultureInfo.InvariantCulture, out var code) ? code : null);
        }
    }

    private void Describe(int? code)
    {
        // A status page passes its code; after an exception the handler has already chosen the status
        // (503 when the database cannot be reached, see DatabaseOutage).
        // Visited directly, with nothing to report, it is an address with nothing at it.
        Status = code is >= 400 and < 600 ? code.Value
            : Response.StatusCode is >= 400 and < 600 ? Response.StatusCode
            : HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>() is not null ? StatusCodes.Status500InternalServerError
            : StatusCodes.Status404NotFound;
        Response.StatusCode = Status;
        if (Status == StatusCodes.Status503ServiceUnavailable)
        {
            Response.Headers.RetryAfter = Infrastructure.DatabaseOutage.RetryAfterSeconds;
        }
        else if (Status == StatusCodes.Status429TooManyRequests && HttpContext.Items[Infrastructure.RateLimits.RetryAfterItem] is string retryAfter)
        {
            // The status code page starts a fresh response: say again when to come back.
            Response.Headers.RetryAfter = retryAfter;
        }

        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
    }
}
