using System.Globalization;

namespace WorkwaysPortal.Web.Infrastructure;

/// <summary>
/// A deliberately slow request for the graceful-shutdown drill (docs/operations.md): it answers its
/// first line at once, waits, then writes its last line, so a SIGTERM can arrive while it is in
/// flight. Mapped only when <c>Diagnostics:SlowRequestEndpoint</c> is true (never in a real deployment).
/// </summary>
public static class ShutdownDrill
{
    public const string Path = "/diagnostics/slow";

    public static IEndpointRouteBuilder MapShutdownDrill(this IEndpointRouteBuilder app, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (!configuration.GetValue("Diagnostics:SlowRequestEndpoint", false))
        {
            return app;
        }

        app.MapGet(Path, async (HttpContext context, int? milliseconds) =>
        {
            var wait = TimeSpan.FromMilliseconds(Math.Clamp(milliseconds ?? 3000, 0, 20_000));
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("started\n");
            await context.Response.Body.FlushAsync();

            // Not bound to RequestAborted or ApplicationStopping: the point is to outlive the SIGTERM.
            await Task.Delay(wait, CancellationToken.None);
            await context.Response.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"finished after {wait.TotalMilliseconds} ms\n"));
        }).AllowAnonymous();
        return app;
    }
}
