using Microsoft.AspNetCore.WebUtilities;

namespace WorkwaysPortal.Web.Features;

/// <summary>The language switcher: remembers the choice in the culture cookie and goes back.</summary>
public sealed class LanguageModel : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public IActionResult OnPost(string? culture, string? returnUrl)
    {
        if (PortalCultures.IsSupported(culture))
        {
            PortalCultures.Remember(Response, culture!.ToLowerInvariant());
        }

        return this.RedirectToLocal(WithoutCultureParameter(LocalRedirects.SafeLocal(returnUrl, Url) ?? "/"), "/");
    }

    /// <summary>A local return address without its ?culture=, which would override the new choice.</summary>
    private static string WithoutCultureParameter(string returnUrl)
    {
        var queryStart = returnUrl.IndexOf('?', StringComparison.Ordinal);
        if (queryStart < 0)
        {
            return returnUrl;
        }

        var query = QueryHelpers.ParseQuery(returnUrl[queryStart..]);
        query.Remove("culture");
        return QueryHelpers.AddQueryString(returnUrl[..queryStart], query.SelectMany(p => p.Value, (p, v) => KeyValuePair.Create(p.Key, v)));
    }
}
