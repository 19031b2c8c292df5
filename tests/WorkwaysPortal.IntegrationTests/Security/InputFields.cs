using System.Collections;
using System.Reflection;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace WorkwaysPortal.IntegrationTests.Security;

/// <summary>One input an endpoint reads: a form field or query parameter name, and the type it binds to.</summary>
public sealed record InputField(string Name, Type Type);

/// <summary>
/// The inputs of an enumerated endpoint, read from what the portal binds: a page's bound properties
/// and handler parameters (flattened the way model binding names them: <c>Input.Partners[0].OrganizationId</c>),
/// a minimal API handler's simple parameters (query) and its JSON body type.
/// </summary>
public static class InputFields
{
    /// <summary>Names every list page reads, bound or not (<c>page</c> is read from the query by some pages).</summary>
    private static readonly string[] CommonQuery = ["page", "pageSize", "q", "culture", "format", "returnUrl", "top"];

    public static IReadOnlyList<InputField> Of(PortalEndpoint endpoint, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(services);
        var fields = new List<InputField>();
        var route = endpoint.Parameters.ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (endpoint.Endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>() is { } page)
        {
            foreach (var property in page.BoundProperties.OfType<PageBoundPropertyDescriptor>())
            {
                if (endpoint.Method == "GET" && property.Property.GetCustomAttribute<Microsoft.AspNetCore.Mvc.BindPropertyAttribute>()?.SupportsGet != true)
                {
                    continue;
                }

                Flatten(fields, property.BindingInfo?.BinderModelName ?? property.Name, property.ParameterType, 0);
            }

            var handler = page.HandlerMethods.FirstOrDefault(h =>
                string.Equals(h.HttpMethod, endpoint.Method, StringComparison.OrdinalIgnoreCase) && (h.Name ?? "") == (endpoint.Handler ?? ""));
            foreach (var parameter in handler?.Parameters ?? [])
            {
                if (parameter.ParameterType != typeof(CancellationToken) && !route.Contains(parameter.Name))
                {
                    Flatten(fields, parameter.BindingInfo?.BinderModelName ?? parameter.Name, parameter.ParameterType, 0);
                }
            }
        }
        else if (endpoint.Endpoint.Metadata.GetMetadata<MethodInfo>() is { } method)
        {
            foreach (var parameter in method.GetParameters())
            {
                var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
                if (IsSimple(type) && !route.Contains(parameter.Name!) && type != typeof(CancellationToken))
                {
                    fields.Add(new InputField(parameter.Name!, type));
                }
            }
        }

        if (endpoint.Method == "GET")
        {
            fields.AddRange(CommonQuery.Where(n => !fields.Any(f => string.Equals(f.Name, n, StringComparison.OrdinalIgnoreCase))).Select(n => new InputField(n, typeof(string))));
        }

        return [.. fields.DistinctBy(f => f.Name, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>The type of the JSON body a minimal API endpoint reads, if any.</summary>
    public static Type? BodyOf(PortalEndpoint endpoint, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(services);
        if (endpoint.Endpoint.Metadata.GetMetadata<MethodInfo>() is not { } method)
        {
            return null;
        }

        var isService = services.GetRequiredService<IServiceProviderIsService>();
        return method.GetParameters()
            .Select(p => Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType)
            .FirstOrDefault(t => !IsSimple(t) && t != typeof(CancellationToken) && t != typeof(HttpContext) && t != typeof(HttpRequest)
                                 && t != typeof(ClaimsPrincipal) && !isService.IsService(t));
    }

    private static void Flatten(List<InputField> fields, string name, Type type, int depth)
    {
        var element = ElementOf(type);
        if (IsSimple(Nullable.GetUnderlyingType(type) ?? type))
        {
            fields.Add(new InputField(name, Nullable.GetUnderlyingType(type) ?? type));
        }
        else if (element is not null && IsSimple(Nullable.GetUnderlyingType(element) ?? element))
        {
            fields.Add(new InputField(name, Nullable.GetUnderlyingType(element) ?? element));
        }
        else if (depth < 3)
        {
            var itemType = element ?? type;
            var prefix = element is null ? name : name + "[0]";
            foreach (var property in itemType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.GetIndexParameters().Length == 0))
            {
                Flatten(fields, prefix + "." + property.Name, property.PropertyType, depth + 1);
            }
        }
    }

    private static Type? ElementOf(Type type) =>
        type == typeof(string) ? null
        : type.IsArray ? type.GetElementType()
        : typeof(IEnumerable).IsAssignableFrom(type) && type.IsGenericType ? type.GetGenericArguments()[0]
        : null;

    private static bool IsSimple(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateOnly)
        || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(Guid) || type == typeof(TimeOnly);
}
