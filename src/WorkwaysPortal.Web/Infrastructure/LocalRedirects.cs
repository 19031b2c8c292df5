using System.Text;

namespace WorkwaysPortal.Web.Infrastructure;

/// <summary>
/// Redirects to a return address that came with a request (<c>?ReturnUrl=</c>, a form's <c>returnUrl</c>).
/// Only a local address is followed; anything else goes to the fallback. A Location header carries
/// ASCII only, so every other character (an accented letter, a full-width solidus, a space, a control
/// character) is percent-encoded as UTF-8: <c>/é</c> or <c>/／/evil.com</c> stay local paths instead of
/// failing the response.
/// </summary>
public static class LocalRedirects
{
    public static IActionResult RedirectToLocal(this PageModel page, string? returnUrl, string fallback)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.LocalRedirect(SafeLocal(returnUrl, page.Url) ?? fallback);
    }

    /// <summary>The address, encoded for a Location header, when it is local; otherwise null.</summary>
    public static string? SafeLocal(string? returnUrl, IUrlHelper url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (string.IsNullOrEmpty(returnUrl) || !url.IsLocalUrl(returnUrl))
        {
            return null;
        }

        var encoded = Encode(returnUrl);
        return url.IsLocalUrl(encoded) ? encoded : null;
    }

    private static string Encode(string address)
    {
        if (address.All(c => c is > ' ' and < '\u007f'))
        {
            return address;
        }

        var result = new StringBuilder(address.Length * 3);
        foreach (var b in Encoding.UTF8.GetBytes(address))
        {
            if (b is > (byte)' ' and < 0x7f)
            {
                result.Append((char)b);
            }
            else
            {
                result.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return result.ToString();
    }
}
