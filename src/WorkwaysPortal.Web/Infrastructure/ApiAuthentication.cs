using Microsoft.AspNetCore.Identity;

namespace WorkwaysPortal.Web.Infrastructure;

/// <summary>
/// Who is calling: pages (and browser calls to the API) are authenticated by the Identity cookie;
/// API calls that carry an <c>Authorization: Bearer</c> header by an Identity bearer token (from
/// <c>POST /api/v1/auth/token</c>). A policy scheme picks one per request, so a bearer call never
/// falls back to the cookie, and the cookie behaviour of pages is unchanged.
/// </summary>
public static class ApiAuthentication
{
    public const string Scheme = "CookieOrBearer";

    public static bool UsesBearer(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ApiEndpoints.IsApi(request.Path)
            && request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
    }

    public static IServiceCollection AddPortalApiAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = Scheme;
                options.DefaultAuthenticateScheme = Scheme;
                options.DefaultChallengeScheme = Scheme;
                options.DefaultForbidScheme = Scheme;
            })
            .AddBearerToken(IdentityConstants.BearerScheme, options => options.BearerTokenExpiration = TimeSpan.FromHours(1))
            .AddPolicyScheme(Scheme, "Identity cookie or bearer token", options =>
                options.ForwardDefaultSelector = context =>
                    UsesBearer(context.Request) ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme);
        return services;
    }
}
