using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using WorkwaysPortal.Data.Alerts;

namespace WorkwaysPortal.Web.Infrastructure;

/// <summary>
/// What lets several portal instances run behind one reverse proxy over one database: a Data
/// Protection key ring kept in PostgreSQL under a fixed application name (so a sign-in cookie,
/// bearer token or antiforgery token issued by one instance is read by every other), the
/// proxy's <c>X-Forwarded-For</c> / <c>X-Forwarded-Proto</c> headers trusted only from the proxies
/// named in configuration, and a shutdown that lets in-flight requests finish.
/// See docs/operations.md, "Running several instances".
/// </summary>
public static class ScaleOut
{
    /// <summary>The Data Protection application name: the same on every instance, whatever its folder or container.</summary>
    public const string ApplicationName = PortalApplication.Name;

    public const string ForwardedHeadersSection = "ForwardedHeaders";

    public static IServiceCollection AddPortalScaleOut(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPortalDataProtection(ApplicationName);

        services.Configure<ForwardedHeadersOptions>(options => ConfigureForwardedHeaders(options, configuration.GetSection(ForwardedHeadersSection)));

        // SIGTERM (docker stop, systemd, Kubernetes): stop accepting, let in-flight requests finish for up to this long.
        services.Configure<HostOptions>(options =>
            options.ShutdownTimeout = TimeSpan.FromSeconds(configuration.GetValue("Host:ShutdownTimeoutSeconds", 30)));
        return services;
    }

    /// <summary>
    /// Reads the forwarded headers only when a proxy is configured: with empty lists ASP.NET Core's
    /// middleware would trust every sender instead of none.
    /// </summary>
    public static IApplicationBuilder UsePortalForwardedHeaders(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.ApplicationServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<ForwardedHeadersOptions>>().Value;
        return options.KnownProxies.Count > 0 || options.KnownIPNetworks.Count > 0 ? app.UseForwardedHeaders() : app;
    }

    /// <summary>
    /// Only <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are read (not <c>X-Forwarded-Host</c>:
    /// the proxy passes the Host header through), and only from the proxies named in configuration:
    /// <c>ForwardedHeaders:KnownProxies</c> (addresses) and <c>ForwardedHeaders:KnownNetworks</c> (CIDR
    /// ranges). Without them no one is trusted, not even a client on the loopback address, so a local
    /// client cannot reset the per-address rate limits or falsify the logged address with a header.
    /// </summary>
    public static void ConfigureForwardedHeaders(ForwardedHeadersOptions options, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(section);
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.ForwardLimit = section.GetValue("ForwardLimit", 1);
        var proxies = section.GetSection("KnownProxies").Get<string[]>() ?? [];
        var networks = section.GetSection("KnownNetworks").Get<string[]>() ?? [];
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
#pragma warning disable ASPDEPR005 // The obsolete list still holds the loopback default and is still consulted.
        options.KnownNetworks.Clear();
#pragma warning restore ASPDEPR005
        foreach (var proxy in proxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in networks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }
    }
}
