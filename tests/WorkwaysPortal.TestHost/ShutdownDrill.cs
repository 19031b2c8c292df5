using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace WorkwaysPortal.TestHost;

/// <summary>
/// A deliberately slow request for the graceful-shutdown drill (docs/operations.md): it answers its
/// first line at once, waits (<c>?milliseconds=</c>, 3000 by default, at most 20,000), then writes its
/// last line, so a SIGTERM can arrive while it is in flight. See <see cref="TestEndpoints"/>.
/// </summary>
public static class ShutdownDrill
{
    public const string Path = "/diagnostics/slow";

    public static async Task WriteAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var milliseconds = int.TryParse(context.Request.Query["milliseconds"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 3000;
        var wait = TimeSpan.FromMilliseconds(Math.Clamp(milliseconds, 0, 20_000));
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync("started\n");
        await context.Response.Body.FlushAsync();

        // Not bound to RequestAborted or ApplicationStopping: the point is to outlive the SIGTERM.
        await Task.Delay(wait, CancellationToken.None);
        await context.Response.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"finished after {wait.TotalMilliseconds} ms\n"));
    }
}
