using Npgsql;

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

    /// <summary>
    /// The status an unhandled exception answers with (<see cref="Microsoft.AspNetCore.Builder.ExceptionHandlerOptions.StatusCodeSelector"/>):
    /// a request the server itself found bad (a body over its limit, a body that broke off, a value a
    /// minimal API could not bind) keeps its 4xx; the database out of reach is a 503; anything else a 500.
    /// </summary>
    public static int StatusCodeFor(Exception exception) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        _ when IsOutage(exception) => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>
    /// The database could not be reached or went away (connection refused, dropped, shutting down,
    /// too many connections, timeout), possibly after EF Core's retries. An error the server raised
    /// about the statement itself (a constraint, a trigger) is not an outage: it stays a 500.
    /// </summary>
    public static bool IsOutage(Exception exception) =>
        exception is NpgsqlException { IsTransient: true } or TimeoutException
        || exception.InnerException is { } inner && IsOutage(inner);

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
