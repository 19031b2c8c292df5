using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace WorkwaysPortal.Web.Infrastructure;

/// <summary>One fixed-window limit: <see cref="PermitLimit"/> requests per <see cref="WindowSeconds"/> and partition.</summary>
public sealed class RateLimitWindow
{
    public int PermitLimit { get; set; }

    public int WindowSeconds { get; set; }

    public RateLimitWindow Copy() => new() { PermitLimit = PermitLimit, WindowSeconds = WindowSeconds };
}

/// <summary>
/// Section <c>RateLimiting</c>: how often one client may sign in, register, submit proposals, search
/// for partners and call the API (ASVS 2.4.1, 6.3.1). Each limit is a fixed window per partition:
/// the client address for anonymous callers, the account for signed-in ones where that is fairer
/// (proposal submission, the API). Behind a reverse proxy the address is the forwarded one
/// (see <see cref="ScaleOut"/>). The limits of sign-in, registration, account emails, proposal submission
/// and the match search are counted in PostgreSQL, once for every instance (<see cref="SharedWindowLimiter"/>);
/// the API-wide limit, checked on every API request, is counted by each instance in memory.
/// </summary>
public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    /// <summary><c>POST /Account/Login</c> and <c>POST /api/v1/auth/token</c>, per client address.</summary>
    public RateLimitWindow SignIn { get; set; } = new() { PermitLimit = 10, WindowSeconds = 60 };

    /// <summary><c>POST /Account/Register</c> (accounts) and <c>POST /Organizations/Register</c>, per client address.</summary>
    public RateLimitWindow Registration { get; set; } = new() { PermitLimit = 10, WindowSeconds = 3600 };

    /// <summary>Creating, saving and submitting proposals (pages and API), per account.</summary>
    public RateLimitWindow ProposalSubmission { get; set; } = new() { PermitLimit = 30, WindowSeconds = 3600 };

    /// <summary>Every <c>/api</c> request, per account or (anonymous) client address.</summary>
    public RateLimitWindow Api { get; set; } = new() { PermitLimit = 300, WindowSeconds = 60 };

    /// <summary><c>POST /api/v1/matches/search</c> (anonymous, no token), per client address; counted on top of <see cref="Api"/>.</summary>
    public RateLimitWindow MatchSearch { get; set; } = new() { PermitLimit = 30, WindowSeconds = 60 };

    /// <summary>Requests that email an account (a password reset link, the confirmation link again), per client address.</summary>
    public RateLimitWindow AccountEmails { get; set; } = new() { PermitLimit = 5, WindowSeconds = 3600 };

    public IEnumerable<(string Name, RateLimitWindow Window)> Windows() =>
    [
        (nameof(SignIn), SignIn), (nameof(Registration), Registration), (nameof(ProposalSubmission), ProposalSubmission),
        (nameof(Api), Api), (nameof(MatchSearch), MatchSearch), (nameof(AccountEmails), AccountEmails),
    ];
}

/// <summary>Checks every window of <see cref="RateLimitingOptions"/> at start-up, naming the bad key.</summary>
public sealed class RateLimitingOptionsValidator : IValidateOptions<RateLimitingOptions>
{
    public ValidateOptionsResult Validate(string? name, RateLimitingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        foreach (var (key, window) in options.Windows())
        {
            if (window is null)
            {
                failures.Add($"{RateLimitingOptions.Section}:{key} is missing.");
                continue;
            }

            if (window.PermitLimit is < 1 or > 100_000_000)
            {
                failures.Add($"{RateLimitingOptions.Section}:{key}:PermitLimit must be from 1 to 100000000 (it is {window.PermitLimit}).");
            }

            if (window.WindowSeconds is < 1 or > 86_400)
            {
                failures.Add($"{RateLimitingOptions.Section}:{key}:WindowSeconds must be from 1 to 86400 (it is {window.WindowSeconds}).");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

/// <summary>
/// The named rate-limiting policies and the API-wide limiter. Pages carry their policy with
/// <c>[EnableRateLimiting(RateLimits.SignIn)]</c>; only their POSTs count (showing the form is free).
/// A refused request answers 429 with <c>Retry-After</c>: problem details under <c>/api</c>, the
/// friendly error page elsewhere, and a <c>rate-limit.rejected</c> security event in the log.
/// </summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string Registration = "registration";
    public const string ProposalSubmission = "proposal-submission";
    public const string MatchSearch = "match-search";
    public const string AccountEmails = "account-emails";

    /// <summary>Where the error page finds the number of seconds to put in its own <c>Retry-After</c>.</summary>
    public const string RetryAfterItem = "Workways.RetryAfter";

    public static IServiceCollection AddPortalRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitingOptions>().Bind(configuration.GetSection(RateLimitingOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RateLimitingOptions>, RateLimitingOptionsValidator>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(SignIn, context => ForPosts(context, SignIn, o => o.SignIn, ClientAddress(context)));
            options.AddPolicy(Registration, context => ForPosts(context, Registration, o => o.Registration, ClientAddress(context)));
            options.AddPolicy(ProposalSubmission, context => ForPosts(context, ProposalSubmission, o => o.ProposalSubmission, AccountOrAddress(context)));
            options.AddPolicy(MatchSearch, context => Shared(context, MatchSearch, o => o.MatchSearch, ClientAddress(context)));
            options.AddPolicy(AccountEmails, context => ForPosts(context, AccountEmails, o => o.AccountEmails, ClientAddress(context)));
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                ApiEndpoints.IsApi(context.Request.Path)
                    ? Window(context, o => o.Api, AccountOrAddress(context))
                    : RateLimitPartition.GetNoLimiter("pages"));
            options.OnRejected = RejectAsync;
        });
        return services;
    }

    /// <summary>The client's address (forwarded by a trusted proxy, see <see cref="ScaleOut"/>).</summary>
    public static string ClientAddress(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
    }

    private static string AccountOrAddress(HttpContext context) =>
        context.User.TryGetId() is { } id ? "user:" + id.ToString("N") : ClientAddress(context);

    /// <summary>
    /// Only the page's POSTs count. (Partitions are cached by key, so the free GETs need a key of their
    /// own: a no-limiter cached under the client's key would let its POSTs through too.)
    /// </summary>
    private static RateLimitPartition<string> ForPosts(
        HttpContext context, string policy, Func<RateLimitingOptions, RateLimitWindow> window, string partition) =>
        HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
            ? RateLimitPartition.GetNoLimiter("free")
            : Shared(context, policy, window, partition);

    /// <summary>A window counted in PostgreSQL, the same for every instance (<see cref="SharedWindowLimiter"/>).</summary>
    private static RateLimitPartition<string> Shared(
        HttpContext context, string policy, Func<RateLimitingOptions, RateLimitWindow> window, string partition)
    {
        var services = context.RequestServices;
        var limits = window(services.GetRequiredService<IOptions<RateLimitingOptions>>().Value);
        return RateLimitPartition.Get(partition, key => new SharedWindowLimiter(
            services.GetRequiredService<Npgsql.NpgsqlDataSource>(), services.GetRequiredService<TimeProvider>(),
            policy + "|" + key, limits.PermitLimit, TimeSpan.FromSeconds(limits.WindowSeconds)));
    }

    private static RateLimitPartition<string> Window(HttpContext context, Func<RateLimitingOptions, RateLimitWindow> window, string partition)
    {
        var limits = window(context.RequestServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value);
        return RateLimitPartition.GetFixedWindowLimiter(
            partition,
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limits.PermitLimit,
                Window = TimeSpan.FromSeconds(limits.WindowSeconds),
                QueueLimit = 0,
                AutoReplenishment = true,
            });
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var context = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 60;
        var value = seconds.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers.RetryAfter = value;
        context.Items[RetryAfterItem] = value;
        var policy = context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName ?? "api";
        SecurityEvents.RateLimited(context, policy, seconds);

        if (ApiEndpoints.IsApi(context.Request.Path))
        {
            var t = context.RequestServices.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>>();
            await TypedResults.Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: t["Too many requests"],
                detail: t["Please wait a moment before trying again."]).ExecuteAsync(context);
        }

        // Pages: the status code page (/Error?code=429) explains it in the visitor's language.
    }
}
