using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace WorkwaysPortal.TestHost;

/// <summary>
/// What only tests and benchmarks add to the portal, which ships without it: the raw-Npgsql
/// <see cref="DirectoryBaseline"/> (scripts/load-test.sh) and the slow request of the
/// <see cref="ShutdownDrill"/> (the SIGTERM drill). A startup filter puts them after the portal's whole
/// pipeline, where a request arrives that matched none of the portal's endpoints; so they answer GETs
/// after the same middleware as the pages they are compared with (security headers, localization,
/// request log, routing, authentication, rate limits, output cache). In-process tests add them with
/// <see cref="AddTestEndpoints"/>; a portal process gets them from <see cref="StartupHook"/>.
/// </summary>
public static class TestEndpoints
{
    public static IServiceCollection AddTestEndpoints(this IServiceCollection services) =>
        services.AddTransient<IStartupFilter, AfterThePortal>();

    private sealed class AfterThePortal : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((context, rest) =>
            {
                var path = context.Request.Path;
                return !HttpMethods.IsGet(context.Request.Method) ? rest(context)
                    : path == DirectoryBaseline.Path ? DirectoryBaseline.WriteAsync(context)
                    : path == ShutdownDrill.Path ? ShutdownDrill.WriteAsync(context)
                    : rest(context);
            });
        };
    }
}
