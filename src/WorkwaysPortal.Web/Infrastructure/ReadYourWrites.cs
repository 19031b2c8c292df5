using System.Globalization;
using System.Security.Claims;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace WorkwaysPortal.Web.Infrastructure;

/// <summary>
/// Read-your-writes when reads may go to a standby (<c>ConnectionStrings:PortalReadOnly</c>): a request
/// that changed something (any method but GET, HEAD, OPTIONS and TRACE, answered below 400, on an endpoint
/// not marked <see cref="ReadOnlyRequestAttribute"/>) leaves a mark, and for
/// <c>Database:ReadYourWritesSeconds</c> (10 by default) that person's reads go to the primary. The mark is
/// a cookie (<see cref="CookieName"/>, the time of the write; it holds no identity and forging it only
/// sends one's own reads to the primary) that every instance honours, and, for API clients that keep no
/// cookies, the signed-in user's id in this instance's memory. Requests that write read from the primary
/// themselves. Without a standby none of this is registered. See docs/decisions/010-reads-from-a-streaming-standby.md.
/// </summary>
public static class ReadYourWrites
{
    public const string CookieName = "workways.wrote";

    public const int DefaultSeconds = 10;

    public static IServiceCollection AddPortalReadYourWrites(this IServiceCollection services, IConfiguration configuration)
    {
        var seconds = configuration.GetValue("Database:ReadYourWritesSeconds", DefaultSeconds);
        if (seconds < 0)
        {
            throw new InvalidOperationException("Database:ReadYourWritesSeconds must be 0 or more.");
        }

        services.AddSingleton(new ReadYourWritesWindow(TimeSpan.FromSeconds(seconds)));
        services.Replace(ServiceDescriptor.Scoped<IReadYourWrites, RecentWriter>());
        return services;
    }

    /// <summary>Marks the requests that write (only when a standby is configured).</summary>
    public static IApplicationBuilder UseReadYourWrites(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.ApplicationServices.GetService<ReadReplica>() is null)
        {
            return app;
        }

        return app.Use(async (context, next) =>
        {
            if (Writes(context))
            {
                context.Response.OnStarting(() =>
                {
                    if (context.Response.StatusCode < StatusCodes.Status400BadRequest)
                    {
                        Mark(context);
                    }

                    return Task.CompletedTask;
                });
            }

            await next(context);
        });
    }

    /// <summary>Whether a request may change data: an unsafe method on an endpoint not marked read-only.</summary>
    public static bool Writes(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var method = context.Request.Method;
        return !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method))
               && context.GetEndpoint()?.Metadata.GetMetadata<ReadOnlyRequestAttribute>() is null;
    }

    private static void Mark(HttpContext context)
    {
        var services = context.RequestServices;
        var window = services.GetRequiredService<ReadYourWritesWindow>().Length;
        if (window <= TimeSpan.Zero)
        {
            return;
        }

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        context.Response.Cookies.Append(CookieName, now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            IsEssential = true,
            MaxAge = window,
            Path = "/",
        });
        if (UserKey(context.User) is { } key)
        {
            services.GetRequiredService<IMemoryCache>().Set(key, now, now + window);
        }
    }

    internal static string? UserKey(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && user.FindFirstValue(ClaimTypes.NameIdentifier) is { Length: > 0 } id
            ? "read-your-writes:" + id
            : null;
}

/// <summary>How long after a write a person's reads stay on the primary.</summary>
public sealed record ReadYourWritesWindow(TimeSpan Length);

/// <summary>Marks an endpoint that takes a body but changes nothing (a search): its reads may go to the standby and it leaves no mark.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class ReadOnlyRequestAttribute : Attribute;

/// <summary>The request's person wrote within the window (cookie or this instance's memory), or the request itself writes.</summary>
public sealed class RecentWriter(IHttpContextAccessor accessor, IMemoryCache memory, ReadYourWritesWindow window, TimeProvider clock) : IReadYourWrites
{
    private bool? _mustReadPrimary;

    public bool MustReadPrimary => _mustReadPrimary ??= Decide();

    private bool Decide()
    {
        if (accessor.HttpContext is not { } context)
        {
            return false;
        }

        if (ReadYourWrites.Writes(context))
        {
            return true;
        }

        var now = clock.GetUtcNow();
        if (context.Request.Cookies.TryGetValue(ReadYourWrites.CookieName, out var value)
            && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds)
            && milliseconds <= now.ToUnixTimeMilliseconds() + 1000
            && now - DateTimeOffset.FromUnixTimeMilliseconds(milliseconds) < window.Length)
        {
            return true;
        }

        return ReadYourWrites.UserKey(context.User) is { } key && memory.TryGetValue(key, out _);
    }
}
