using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace WorkwaysPortal.Web.Infrastructure;

/// <summary>The UI languages and how a request picks one: ?culture=, then the cookie, then the browser.</summary>
public static class PortalCultures
{
    public const string Default = PortalLanguages.Default;
    public static readonly string[] Supported = [.. PortalLanguages.Supported];

    /// <summary>
    /// The request's language ("en", "es", "fr" or "pt"): the <c>lang</c> of the page and the language to show
    /// taxonomy names and texts in (a term without a name in that language shows its English one).
    /// </summary>
    public static string Current => PortalLanguages.Of(CultureInfo.CurrentUICulture);

    public static bool IsSupported(string? culture) => culture is not null && Supported.Contains(culture, StringComparer.OrdinalIgnoreCase);

    public static void Configure(RequestLocalizationOptions options)
    {
        options.SetDefaultCulture(Default).AddSupportedCultures(Supported).AddSupportedUICultures(Supported);
        options.FallBackToParentCultures = true;
        options.FallBackToParentUICultures = true;
        options.RequestCultureProviders =
        [
            new QueryStringRequestCultureProvider(),
            new CookieRequestCultureProvider(),
            new AcceptLanguageHeaderRequestCultureProvider(),
        ];
    }

    /// <summary>Remembers a language in the culture cookie for a year.</summary>
    public static void Remember(HttpResponse response, string culture) =>
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions
            {
                Expires = DateTimeOffset.UtcNow.AddYears(1),
                IsEssential = true,
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = response.HttpContext.Request.IsHttps,
            });

    /// <summary>A <c>?culture=</c> in the address is remembered, so the next page stays in that language.</summary>
    public static IApplicationBuilder UseRememberedQueryCulture(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var requested = context.Request.Query["culture"].ToString();
            if (IsSupported(requested))
            {
                Remember(context.Response, requested.ToLowerInvariant());
            }

            await next(context);
        });
}
