using Microsoft.Extensions.Localization;
using WorkwaysPortal.Data;

namespace WorkwaysPortal.Web.Infrastructure;

/// <summary>
/// While PostgreSQL cannot be reached (after EF Core's retries of transient failures), a request
/// answers 503 with a Retry-After header: the friendly error page for pages, problem details for the
/// API. Nothing is kept in the portal about the outage: the next request tries the database again,
/// so the portal recovers by itself when PostgreSQL is back.
/// </summary>
public static class DatabaseOutage
{
    public const string RetryAfterSeconds = "30";

    /// <summary>The status an unhandled exception answers with (<see cref="Microsoft.AspNetCore.Builder.ExceptionHandlerOptions.StatusCodeSelector"/>).</summary>
    public static int StatusCodeFor(Exception exception) =>
        DataServiceCollectionExtensions.IsDatabaseUnavailable(exception)
            ? StatusCodes.Status503ServiceUnavailable
            : StatusCodes.Status500InternalServerError;

    /// <summary>Says in the problem details of a 503 what is going on, in the request's language.</summary>
    public static void Describe(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ProblemDetails.Status != StatusCodes.Status503ServiceUnavailable)
        {
            return;
        }

        var t = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        context.ProblemDetails.Title = t["The portal is temporarily unavailable"];
        context.ProblemDetails.Detail = t["The database cannot be reached right now. Please try again in a few minutes."];
        context.HttpContext.Response.Headers.RetryAfter = RetryAfterSeconds;
    }
}
