using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;

namespace WorkwaysPortal.IntegrationTests.Security;

/// <summary>
/// One thing a client can ask the portal for: a route pattern, an HTTP method and, for a Razor page,
/// the named handler (<c>?handler=Verify</c>). Read from the app's own endpoint data sources, so a new
/// page or endpoint appears here without anyone listing it.
/// </summary>
public sealed partial record PortalEndpoint(string Route, string Method, string? Handler, Endpoint Endpoint)
{
    /// <summary>How the tables of the security tests name it: <c>POST Moderation/Organizations/Review/{id:int}?handler=Verify</c>.</summary>
    public string Key => $"{Method} {Route}{(Handler is null ? "" : "?handler=" + Handler)}";

    public override string ToString() => Key;

    public bool IsApi => Route.StartsWith("api/", StringComparison.OrdinalIgnoreCase);

    public bool IsPage => Endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>() is not null;

    public bool ChangesState => Method is "POST" or "PUT" or "PATCH" or "DELETE";

    /// <summary>The route's parameters, in order (<c>id</c>, <c>organizationId</c>…).</summary>
    public IReadOnlyList<string> Parameters => [.. ParameterPattern().Matches(Route).Select(m => m.Groups["name"].Value)];

    /// <summary>The request path with every route parameter filled by <paramref name="value"/> and the handler in the query string.</summary>
    public string Url(Func<string, string> value, string? query = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        var path = "/" + ParameterPattern().Replace(Route, m => Uri.EscapeDataString(value(m.Groups["name"].Value)));
        var parts = new List<string>();
        if (Handler is not null)
        {
            parts.Add("handler=" + Uri.EscapeDataString(Handler));
        }

        if (!string.IsNullOrEmpty(query))
        {
            parts.Add(query);
        }

        return parts.Count == 0 ? path : path + "?" + string.Join("&", parts);
    }

    public string Url(int id, string? query = null) => Url(_ => id.ToString(CultureInfo.InvariantCulture), query);

    /// <summary>The authorization the endpoint's metadata asks for: null when anyone may call it.</summary>
    public IReadOnlyList<IAuthorizeData>? Authorization =>
        Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null
            ? null
            : Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>() is { Count: > 0 } data ? data : null;

    /// <summary>Every page handler and minimal-API method the portal maps, static files aside.</summary>
    public static IReadOnlyList<PortalEndpoint> All(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var endpoints = new List<PortalEndpoint>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var metadata = endpoint.Metadata;
            if (metadata.GetMetadata<StaticAssetDescriptor>() is not null || metadata.GetMetadata<SuppressLinkGenerationMetadata>() is not null)
            {
                continue;
            }

            var route = (endpoint.RoutePattern.RawText ?? "").Trim('/');
            if (metadata.GetMetadata<CompiledPageActionDescriptor>() is { } page)
            {
                var handlers = page.HandlerMethods.Select(h => (Method: h.HttpMethod.ToUpperInvariant(), Handler: string.IsNullOrEmpty(h.Name) ? null : h.Name)).Distinct().ToList();
                if (!handlers.Any(h => h.Method == "GET"))
                {
                    handlers.Insert(0, ("GET", null));
                }

                endpoints.AddRange(handlers.Select(h => new PortalEndpoint(route, h.Method, h.Handler, endpoint)));
            }
            else
            {
                var methods = metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
                endpoints.AddRange(methods.Where(m => m != "HEAD" && m != "OPTIONS").Select(m => new PortalEndpoint(route, m, null, endpoint)));
            }
        }

        return [.. endpoints.DistinctBy(e => e.Key).OrderBy(e => e.Key, StringComparer.Ordinal)];
    }

    [GeneratedRegex(@"\{\*{0,2}(?<name>[A-Za-z]+)(:[^}]+)?\??\}")]
    private static partial Regex ParameterPattern();
}
