using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace WorkwaysPortal.Web.Infrastructure;

/// <summary>
/// How often one client address may call <c>POST /api/v1/matches/search</c> (section
/// <c>Matching:SearchRateLimit</c>): a fixed window per remote IP address. Behind a reverse proxy every
/// client shares the proxy's address unless forwarded headers are configured.
/// </summary>
public sealed class MatchSearchRateLimitOptions
{
    public const string Section = "Matching:SearchRateLimit";

    /// <summary>Requests allowed per window and address.</summary>
    public int PermitLimit { get; set; } = 30;

    /// <summary>The window's length in seconds.</summary>
    public int WindowSeconds { get; set; } = 60;
}

public static class MatchSearchRateLimit
{
    public const string Policy = "match-search";

    public static IServiceCollection AddMatchSearchRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MatchSearchRateLimitOptions>()
            .Bind(configuration.GetSection(MatchSearchRateLimitOptions.Section))
            .Validate(o => o.PermitLimit is >= 1 and <= 1_000_000, "Matching:SearchRateLimit:PermitLimit must be from 1 to 1000000.")
            .Validate(o => o.WindowSeconds is >= 1 and <= 86_400, "Matching:SearchRateLimit:WindowSeconds must be from 1 to 86400.")
            .ValidateOnStart();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Policy, context =>
            {
                var limits = context.RequestServices.GetRequiredService<IOptions<MatchSearchRateLimitOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = limits.PermitLimit,
                        Window = TimeSpan.FromSeconds(limits.WindowSeconds),
                        QueueLimit = 0,
                        AutoReplenishment = true,
                    });
            });
            options.OnRejected = async (context, ct) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter =
                        Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                await TypedResults.Problem(
                    statusCode: StatusCodes.Status429TooManyRequests,
                    title: "Too many searches from this address; try again later.").ExecuteAsync(context.HttpContext);
            };
        });
        return services;
    }
}
