using Microsoft.AspNetCore.Antiforgery;

namespace WorkwaysPortal.Web.Api;

/// <summary>
/// Guards API endpoints that change data against cross-site requests: a call authenticated by the
/// cookie must carry the antiforgery token (header <c>RequestVerificationToken</c>); a call with a
/// bearer token needs none, since a browser never adds that header on its own.
/// </summary>
public sealed class WriteProtection(IAntiforgery antiforgery, IStringLocalizer<SharedResource> t) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (!ApiAuthentication.UsesBearer(http.Request) && !await antiforgery.IsRequestValidAsync(http))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: t["A valid antiforgery token is required."],
                detail: t["Send the RequestVerificationToken header from a portal page, or use a bearer token."]);
        }

        return await next(context);
    }
}
