using Serilog;
using Serilog.Events;

namespace WorkwaysPortal.Web.Infrastructure;

/// <summary>
/// One log event per request (Serilog's request logging), at a level that says who has to act: a
/// failure of the portal is an error, a visitor who went away before the answer (a closed tab, a load
/// tester stopping) is not — the request was cancelled on purpose and nobody saw a 500.
/// </summary>
public static class RequestLogging
{
    public static IApplicationBuilder UsePortalRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options =>
        {
            options.GetLevel = Level;
            options.EnrichDiagnosticContext = (diagnostics, context) =>
            {
                if (context.RequestAborted.IsCancellationRequested)
                {
                    diagnostics.Set("ClientAborted", true);
                }
            };
        });

    public static LogEventLevel Level(HttpContext context, double elapsedMilliseconds, Exception? exception)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.RequestAborted.IsCancellationRequested && (exception is null or OperationCanceledException))
        {
            return LogEventLevel.Information;
        }

        return exception is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError
            ? LogEventLevel.Error
            : LogEventLevel.Information;
    }
}
