using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.Extensions.Options;

namespace WorkwaysPortal.Web.Infrastructure;

/// <summary>Section <c>Portal</c>: how the portal is reached.</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>
    /// True (the default): the portal is reached over HTTPS (directly or through a TLS proxy that sends
    /// <c>X-Forwarded-Proto: https</c>); plain http is redirected to https, responses carry HSTS and every
    /// cookie is Secure. False: plain http is served as it is and cookies are Secure only on https requests
    /// (Development, Testing and the local <c>docker compose</c> demo).
    /// </summary>
    public bool RequireHttps { get; set; } = true;
}

/// <summary>
/// HTTPS or not, in one place (ASVS 12.2.1, 3.3.1, 3.4.1): the cookies' Secure policy, the redirection
/// of plain http and HSTS, all from <see cref="PortalOptions.RequireHttps"/>. The health checks are
/// never redirected, so that probes over plain http inside a container or a cluster keep working.
/// </summary>
public static class TransportSecurity
{
    /// <summary>The HTTPS port redirects go to unless <c>HTTPS_PORT</c> (<c>ASPNETCORE_HTTPS_PORT</c>) says otherwise.</summary>
    public const int DefaultHttpsPort = 443;

    /// <summary>Registers the options and the redirection; returns the Secure policy every cookie of the portal uses.</summary>
    public static CookieSecurePolicy AddPortalTransportSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(PortalOptions.Section);
        services.AddOptions<PortalOptions>().Bind(section).ValidateOnStart();
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        services.AddHttpsRedirection(options =>
        {
            options.RedirectStatusCode = StatusCodes.Status308PermanentRedirect;
            options.HttpsPort = configuration.GetValue<int?>("HTTPS_PORT") ?? DefaultHttpsPort;
        });

        var requireHttps = section.Get<PortalOptions>()?.RequireHttps ?? new PortalOptions().RequireHttps;
        return requireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
    }

    /// <summary>After the forwarded headers (a request the proxy received over https is not redirected).</summary>
    public static IApplicationBuilder UsePortalTransportSecurity(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.ApplicationServices.GetRequiredService<IOptions<PortalOptions>>().Value.RequireHttps)
        {
            return app;
        }

        app.UseHsts();
        return app.UseWhen(context => !context.Request.Path.StartsWithSegments("/health"), https => https.UseHttpsRedirection());
    }
}
