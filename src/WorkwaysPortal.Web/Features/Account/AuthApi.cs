using Microsoft.AspNetCore.Identity;
using WorkwaysPortal.Data.Accounts;

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
        TokenRequest? body, UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, IStringLocalizer<SharedResource> t,
        HttpContext http)
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

        var email = body!.Email!.Trim();
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            SecurityEvents.SignInFailed(http, null, email, Channel, "unknown-account");
            return Unauthorized(t);
        }

        // The bearer handler writes the token response itself when the sign-in succeeds.
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(user, body.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            SecurityEvents.LockedOut(http, user.Id, Channel);
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: t["Too many failed attempts. The account is locked for 15 minutes."]);
        }

        if (result.Succeeded)
        {
            SecurityEvents.SignedIn(http, user.Id, Channel);
            return TypedResults.Empty;
        }

        SecurityEvents.SignInFailed(http, user.Id, email, Channel, result.IsNotAllowed ? "not-allowed" : "wrong-password");
        return Unauthorized(t);
    }

    private static ProblemHttpResult Unauthorized(IStringLocalizer t) =>
        TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: t["The email or password is not correct."]);
}
