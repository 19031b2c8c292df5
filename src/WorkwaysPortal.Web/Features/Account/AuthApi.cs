namespace WorkwaysPortal.Web.Features.Account;

/// <summary><c>POST /api/v1/auth/token</c>: an Identity bearer token for API clients, with the same lockout as the sign-in page.</summary>
public static class AuthApi
{
    private const string Channel = "api-token";

    public sealed record TokenRequest(string? Email, string? Password);

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

        var result = await signIn.SignInAsync(http, body!.Email!.Trim(), body.Password!, persistent: false, Channel, bearer: true);
        return result.Succeeded
            ? TypedResults.Empty
            : TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: signIn.FailureMessage(t));
    }
}
