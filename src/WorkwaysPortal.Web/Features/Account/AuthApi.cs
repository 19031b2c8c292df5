using Microsoft.Net.Http.Headers;

namespace WorkwaysPortal.Web.Features.Account;

/// <summary>
/// <c>POST /api/v1/auth/token</c>: an Identity bearer token for API clients, with the same lockout as the
/// sign-in page. An account with two-factor authentication sends its second factor in the same request
/// (<c>code</c>, from the authenticator app, or <c>recoveryCode</c>); without one the answer is a 401 that
/// says so (only after the right password), so the API is no way around the second factor.
/// </summary>
public static class AuthApi
{
    private const string Channel = "api-token";

    public sealed record TokenRequest(string? Email, string? Password, string? Code = null, string? RecoveryCode = null);

    public static RouteGroupBuilder MapAuthApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGroup("/auth").WithTags("Authentication").MapPost("/token", TokenAsync).RequireRateLimiting(Infrastructure.RateLimits.SignIn);
        return api;
    }

    private static async Task<Results<EmptyHttpResult, ValidationProblem, ProblemHttpResult>> TokenAsync(
        TokenRequest? body, PasswordSignIn signIn, IStringLocalizer<SharedResource> t, HttpContext http)
    {
        var errors = new QueryValidation();
        if (string.IsNullOrWhiteSpace(body?.Email))
        {
            errors.Add("email", t["Enter your email address."]);
        }

        if (string.IsNullOrEmpty(body?.Password))
        {
            errors.Add("password", t["Enter your password."]);
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.Errors, title: t["The request has invalid fields."]);
        }

        // The token is the answer: no cookie, not even Identity's two-factor step cookie, leaves this endpoint.
        http.Response.OnStarting(() =>
        {
            http.Response.Headers.Remove(HeaderNames.SetCookie);
            return Task.CompletedTask;
        });

        var result = await signIn.SignInAsync(http, body!.Email!.Trim(), body.Password!, persistent: false, Channel, bearer: true);
        if (result.RequiresTwoFactor)
        {
            var recovery = !string.IsNullOrWhiteSpace(body.RecoveryCode);
            if (!recovery && string.IsNullOrWhiteSpace(body.Code))
            {
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status401Unauthorized,
                    title: t["This account uses two-factor authentication: send the code of your authenticator app in the field \"code\", or a recovery code in \"recoveryCode\"."]);
            }

            result = await signIn.SecondFactorAsync(http, recovery ? body.RecoveryCode! : body.Code!, recovery, persistent: false, Channel);
            if (!result.Succeeded)
            {
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status401Unauthorized,
                    title: result.IsLockedOut ? signIn.SecondFactorLockedMessage(t) : t["The code is not correct."]);
            }
        }

        return result.Succeeded
            ? TypedResults.Empty
            : TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: signIn.FailureMessage(t));
    }
}
