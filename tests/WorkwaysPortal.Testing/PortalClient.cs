using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace WorkwaysPortal.Testing;

/// <summary>
/// A browser-like HTTP client for the portal: keeps cookies, does not follow redirects (tests look
/// at them), and fills forms the way a browser would, antiforgery token included.
/// </summary>
public sealed partial class PortalClient : IDisposable
{
    public PortalClient(PortalFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        Http = factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
            BaseAddress = factory.BaseAddress,
        });
    }

    public HttpClient Http { get; }

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(new Uri(url, UriKind.Relative));

    public async Task<string> GetPageAsync(string url)
    {
        using var response = await GetAsync(url);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}.");
        }

        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Opens <paramref name="formPage"/>, takes its antiforgery token and posts the fields to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string formPage, IEnumerable<KeyValuePair<string, string>> fields, string? action = null)
    {
        var token = AntiforgeryToken(await GetPageAsync(formPage));
        return await PostAsync(action ?? formPage, [.. fields, new("__RequestVerificationToken", token)]);
    }

    public async Task<HttpResponseMessage> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await Http.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    public async Task SignInAsync(string email, string password)
    {
        using var response = await SubmitAsync("/Account/Login", [new("Input.Email", email), new("Input.Password", password)]);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {email} failed: {(int)response.StatusCode}.");
        }
    }

    public static string AntiforgeryToken(string html)
    {
        var match = TokenPattern().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException("The page has no antiforgery token.");
    }

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
