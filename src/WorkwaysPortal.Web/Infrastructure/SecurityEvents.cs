using Microsoft.Extensions.Logging;

namespace WorkwaysPortal.Web.Infrastructure;

/// <summary>
/// Security events (ASVS 16.3.1–16.3.3), written to the log category <see cref="Category"/> with a
/// <c>SecurityEvent</c> property (<c>sign-in.succeeded</c>, <c>sign-in.failed</c>,
/// <c>sign-in.held-back</c>, <c>sign-in.refused-held-back</c>, <c>sign-in.locked-out</c>, <c>sign-in.second-factor-needed</c>, <c>sign-out</c>, <c>account.*</c>, <c>access.denied</c>, <c>rate-limit.rejected</c>,
/// <c>request.rejected</c>) so that a log search or an alert can select them. They carry who (user
/// id, or the email typed for an unknown account), from where (client address) and what (method and
/// path, never the query string); never a password, a cookie or a token.
/// </summary>
public static partial class SecurityEvents
{
    public const string Category = "WorkwaysPortal.Security";

    public static void SignedIn(HttpContext context, Guid userId, string channel) =>
        LogSignedIn(Logger(context), "sign-in.succeeded", userId, channel, RateLimits.ClientAddress(context));

    /// <summary>The password was right and the account has two-factor authentication: the sign-in waits for the code.</summary>
    public static void SecondFactorNeeded(HttpContext context, Guid userId, string channel) =>
        LogSecondFactorNeeded(Logger(context), "sign-in.second-factor-needed", userId, channel, RateLimits.ClientAddress(context));

    public static void SignInFailed(HttpContext context, Guid? userId, string email, string channel, string reason) =>
        LogSignInFailed(Logger(context), "sign-in.failed", userId, EmailForLog(email), channel, reason, RateLimits.ClientAddress(context));

    public static void LockedOut(HttpContext context, Guid userId, string channel) =>
        LogLockedOut(Logger(context), "sign-in.locked-out", userId, channel, RateLimits.ClientAddress(context));

    /// <summary>The wrong password that makes this address wait before trying this account again.</summary>
    public static void SignInsHeldBack(HttpContext context, Guid userId, string channel, int failures, DateTimeOffset until) =>
        LogSignInsHeldBack(Logger(context), "sign-in.held-back", userId, channel, failures, until, RateLimits.ClientAddress(context));

    /// <summary>A try from an address that must still wait; the password was not checked.</summary>
    public static void SignInHeldBack(HttpContext context, string email, string channel) =>
        LogSignInRefusedWhileHeldBack(Logger(context), "sign-in.refused-held-back", EmailForLog(email), channel, RateLimits.ClientAddress(context));

    public static void SignedOut(HttpContext context, Guid? userId) =>
        LogSignedOut(Logger(context), "sign-out", userId, RateLimits.ClientAddress(context));

    /// <summary>
    /// A change to how an account signs in: <c>account.password-reset</c>, <c>account.password-changed</c>,
    /// <c>account.email-changed</c>, <c>account.signed-out-everywhere</c>, <c>account.two-factor-enabled</c>,
    /// <c>account.two-factor-disabled</c>, <c>account.recovery-codes-reset</c> (ASVS 16.3.1).
    /// </summary>
    public static void AccountChanged(HttpContext context, string securityEvent, Guid userId) =>
        LogAccountChanged(Logger(context), securityEvent, userId, RateLimits.ClientAddress(context));

    /// <summary>
    /// An administrator's change to an account (ASVS 16.3.1): <c>role.granted</c>, <c>role.revoked</c>,
    /// <c>account.locked</c>, <c>account.unlocked</c>, <c>account.confirmation-resent</c>, <c>account.invited</c>.
    /// </summary>
    public static void AccountAdministered(HttpContext context, string securityEvent, Guid? targetUserId, string? role) =>
        LogAccountAdministered(Logger(context), securityEvent, context.User.TryGetId(), targetUserId, role, RateLimits.ClientAddress(context));

    public static void AccessDenied(HttpContext context) =>
        LogAccessDenied(
            Logger(context), "access.denied", context.User.TryGetId(), context.Request.Method, context.Request.Path.Value ?? "/",
            RateLimits.ClientAddress(context));

    public static void RateLimited(HttpContext context, string policy, int retryAfterSeconds) =>
        LogRateLimited(
            Logger(context), "rate-limit.rejected", policy, context.User.TryGetId(), context.Request.Method, context.Request.Path.Value ?? "/",
            RateLimits.ClientAddress(context), retryAfterSeconds);

    public static void RequestRejected(HttpContext context, int status, string reason) =>
        LogRequestRejected(
            Logger(context), "request.rejected", status, reason, context.Request.Method, context.Request.Path.Value ?? "/",
            RateLimits.ClientAddress(context));

    /// <summary>
    /// The email an unknown account was tried with, only when it looks like one (someone who types
    /// their password into the email field must not find it in the log).
    /// </summary>
    public static string EmailForLog(string? email)
    {
        var value = email?.Trim() ?? "";
        var at = value.IndexOf('@', StringComparison.Ordinal);
        return value.Length is > 0 and <= 256 && at > 0 && at == value.LastIndexOf('@') && at < value.Length - 1
               && !value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))
            ? value
            : "(not an email address)";
    }

    private static ILogger Logger(HttpContext context) =>
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(Category);

    [LoggerMessage(EventId = 9001, EventName = "SignInSucceeded", Level = LogLevel.Information,
        Message = "Security event {SecurityEvent}: user {UserId} signed in through {Channel} from {ClientAddress}")]
    private static partial void LogSignedIn(ILogger logger, string securityEvent, Guid userId, string channel, string clientAddress);

    [LoggerMessage(EventId = 9009, EventName = "SignInSecondFactorNeeded", Level = LogLevel.Information,
        Message = "Security event {SecurityEvent}: user {UserId} gave the right password through {Channel} from {ClientAddress}; the second factor is needed")]
    private static partial void LogSecondFactorNeeded(ILogger logger, string securityEvent, Guid userId, string channel, string clientAddress);

    [LoggerMessage(EventId = 9002, EventName = "SignInFailed", Level = LogLevel.Warning,
        Message = "Security event {SecurityEvent}: sign-in as user {UserId} ({Email}) through {Channel} failed ({Reason}) from {ClientAddress}")]
    private static partial void LogSignInFailed(
        ILogger logger, string securityEvent, Guid? userId, string email, string channel, string reason, string clientAddress);

    [LoggerMessage(EventId = 9003, EventName = "SignInLockedOut", Level = LogLevel.Warning,
        Message = "Security event {SecurityEvent}: user {UserId} is locked out; sign-in through {Channel} refused from {ClientAddress}")]
    private static partial void LogLockedOut(ILogger logger, string securityEvent, Guid userId, string channel, string clientAddress);

    [LoggerMessage(EventId = 9010, EventName = "SignInsHeldBack", Level = LogLevel.Warning,
        Message = "Security event {SecurityEvent}: {Failures} wrong passwords in a row for user {UserId} through {Channel} from {ClientAddress}; that address waits until {HeldUntil}")]
    private static partial void LogSignInsHeldBack(
        ILogger logger, string securityEvent, Guid userId, string channel, int failures, DateTimeOffset heldUntil, string clientAddress);

    [LoggerMessage(EventId = 9011, EventName = "SignInRefusedWhileHeldBack", Level = LogLevel.Warning,
        Message = "Security event {SecurityEvent}: sign-in as {Email} through {Channel} refused from {ClientAddress}, which must still wait")]
    private static partial void LogSignInRefusedWhileHeldBack(ILogger logger, string securityEvent, string email, string channel, string clientAddress);

    [LoggerMessage(EventId = 9004, EventName = "SignedOut", Level = LogLevel.Information,
        Message = "Security event {SecurityEvent}: user {UserId} signed out from {ClientAddress}")]
    private static partial void LogSignedOut(ILogger logger, string securityEvent, Guid? userId, string clientAddress);

    [LoggerMessage(EventId = 9008, EventName = "AccountChanged", Level = LogLevel.Information,
        Message = "Security event {SecurityEvent}: account of user {UserId} changed from {ClientAddress}")]
    private static partial void LogAccountChanged(ILogger logger, string securityEvent, Guid userId, string clientAddress);

    [LoggerMessage(EventId = 9020, EventName = "AccountAdministered", Level = LogLevel.Information,
        Message = "Security event {SecurityEvent}: administrator {UserId} changed the account of user {TargetUserId} (role {Role}) from {ClientAddress}")]
    private static partial void LogAccountAdministered(
        ILogger logger, string securityEvent, Guid? userId, Guid? targetUserId, string? role, string clientAddress);

    [LoggerMessage(EventId = 9005, EventName = "AccessDenied", Level = LogLevel.Warning,
        Message = "Security event {SecurityEvent}: {Method} {Path} refused (403) to user {UserId} from {ClientAddress}")]
    private static partial void LogAccessDenied(
        ILogger logger, string securityEvent, Guid? userId, string method, string path, string clientAddress);

    [LoggerMessage(EventId = 9006, EventName = "RateLimited", Level = LogLevel.Warning,
        Message = "Security event {SecurityEvent}: {Method} {Path} refused (429, policy {Policy}, retry after {RetryAfterSeconds} s) to user {UserId} from {ClientAddress}")]
    private static partial void LogRateLimited(
        ILogger logger, string securityEvent, string policy, Guid? userId, string method, string path, string clientAddress, int retryAfterSeconds);

    [LoggerMessage(EventId = 9007, EventName = "RequestRejected", Level = LogLevel.Warning,
        Message = "Security event {SecurityEvent}: {Method} {Path} refused ({Status}, {Reason}) from {ClientAddress}")]
    private static partial void LogRequestRejected(
        ILogger logger, string securityEvent, int status, string reason, string method, string path, string clientAddress);
}

/// <summary>Logs every 403 the portal answers, whichever part of it refused (policy, resource check, API rule).</summary>
public static class AccessDeniedLogging
{
    public static IApplicationBuilder UseAccessDeniedLog(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            await next(context);
            if (context.Response.StatusCode == StatusCodes.Status403Forbidden)
            {
                SecurityEvents.AccessDenied(context);
            }
        });
}
