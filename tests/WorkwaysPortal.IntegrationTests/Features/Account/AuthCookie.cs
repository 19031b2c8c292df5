using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Account;

/// <summary>A copied <c>workways.auth</c> cookie, replayed by a client that has no cookies of its own.</summary>
public static class AuthCookie
{
    /// <summary>Signs <paramref name="client"/> in and returns its sign-in cookie as <c>workways.auth=…</c>.</summary>
    public static async Task<string> SignInAsync(PortalClient client, string email, string password = TestData.Password)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.SubmitAsync("/Account/Login", [new("Input.Email", email), new("Input.Password", password)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("workways.auth=", StringComparison.Ordinal)).Split(';')[0];
    }

    /// <summary>Signs out on <paramref name="app"/> with nothing but the copied cookie (and the antiforgery cookie its form gives).</summary>
    public static async Task SignOutAsync(PortalFactory app, string cookie)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var http = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var get = new HttpRequestMessage(HttpMethod.Get, new Uri("/Account/Login", UriKind.Relative));
        get.Headers.Add("Cookie", cookie);
        using var form = await http.SendAsync(get);
        var antiforgery = form.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("workways.antiforgery=", StringComparison.Ordinal)).Split(';')[0];
        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri("/Account/Logout", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([new("__RequestVerificationToken", PortalClient.AntiforgeryToken(await form.Content.ReadAsStringAsync()))]),
        };
        post.Headers.Add("Cookie", $"{cookie}; {antiforgery}");
        using var response = await http.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Whether the cookie alone still signs someone in on <paramref name="app"/> (a page that needs a sign-in answers 200).</summary>
    public static async Task<bool> IsSignedInAsync(PortalFactory app, string cookie)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var http = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/Organizations/Mine", UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        using var response = await http.SendAsync(request);
        return response.StatusCode switch
        {
            HttpStatusCode.OK => true,
            HttpStatusCode.Redirect when response.Headers.Location?.OriginalString.Contains("/Account/Login", StringComparison.Ordinal) == true => false,
            var status => throw new InvalidOperationException($"/Organizations/Mine answered {(int)status}."),
        };
    }
}
