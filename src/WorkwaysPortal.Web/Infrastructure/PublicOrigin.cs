using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Identity;
using WorkwaysPortal.Data.Mail;

namespace WorkwaysPortal.Web.Infrastructure;

/// <summary>
/// The portal's public address (<c>Portal:PublicOrigin</c>, e.g. <c>https://workways.example.org</c>):
/// every absolute link the portal writes (emails above all: notifications, password resets,
/// invitations) is built from it, never from the request's Host header. In Production the portal
/// answers only requests for that host (and the loopback names that health probes use); any other
/// Host is a 400 from ASP.NET Core's host filtering, unless <c>AllowedHosts</c> names the hosts itself.
/// Its host name is also the relying party id of passkeys (<see cref="IdentityPasskeyOptions.ServerDomain"/>).
/// <c>Mail:PublicBaseUrl</c>, the older name of the same setting, is read when this one is not set.
/// </summary>
public static class PublicOrigin
{
    public const string Key = "Portal:PublicOrigin";
    public const string Default = "http://127.0.0.1:5080";

    /// <summary>The loopback names a probe or an operator on the machine itself may use.</summary>
    private static readonly string[] LoopbackHosts = ["localhost", "127.0.0.1", "[::1]"];

    public static IServiceCollection AddPortalPublicOrigin(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var configured = configuration[Key];
        if (!TryParse(configured ?? configuration["Mail:PublicBaseUrl"] ?? Default, out var origin))
        {
            // The older Mail:PublicBaseUrl is reported by the mail settings' own validation.
            return configured is null
                ? services
                : throw new InvalidOperationException($"{Key} must be an absolute http:// or https:// address with no path, such as https://workways.example.org (it is \"{configured}\").");
        }

        services.PostConfigure<MailOptions>(mail => mail.PublicBaseUrl = origin.GetLeftPart(UriPartial.Authority));

        // Passkeys belong to the public host name (WebAuthn's relying party id). An IP address cannot be one:
        // with the default http://127.0.0.1:5080 Identity takes the request's host, so passkeys work at
        // http://localhost:5080 (a secure context, as https is elsewhere).
        if (origin.HostNameType == UriHostNameType.Dns)
        {
            services.PostConfigure<IdentityPasskeyOptions>(passkeys => passkeys.ServerDomain ??= origin.IdnHost);
        }
        if (environment.IsProduction())
        {
            services.PostConfigure<HostFilteringOptions>(options =>
            {
                if (options.AllowedHosts.Count == 0 || options.AllowedHosts is ["*"])
                {
                    options.AllowedHosts = [origin.IdnHost, .. LoopbackHosts];
                }
            });
        }

        return services;
    }

    private static bool TryParse(string value, out Uri origin) =>
        Uri.TryCreate(value, UriKind.Absolute, out origin!) && origin.Scheme is "http" or "https"
        && origin.AbsolutePath == "/" && string.IsNullOrEmpty(origin.Query);
}
