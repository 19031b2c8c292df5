using Microsoft.AspNetCore.Mvc.Filters;

namespace WorkwaysPortal.Web.Features.Account;

/// <summary>
/// What an account may do only once its address is confirmed (a link emailed to it was opened):
/// register an organization, propose a partnership. Accounts from registration start unconfirmed.
/// </summary>
public static class ConfirmedEmail
{
    /// <summary>Whether the signed-in user has not confirmed their address (false for anonymous callers: sign-in is another check).</summary>
    public static async Task<bool> IsMissingAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.User.TryGetId() is not { } id)
        {
            return false;
        }

        var db = context.RequestServices.GetRequiredService<PortalDbContext>();
        return !await db.Users.Where(u => u.Id == id).Select(u => u.EmailConfirmed).FirstOrDefaultAsync(context.RequestAborted);
    }
}

/// <summary>
/// On a page model: a signed-in user whose address is not confirmed is sent to
/// <c>/Account/ConfirmationNeeded</c> (which can send the link again), whatever the handler.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class RequireConfirmedEmailAttribute : Attribute, IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (await ConfirmedEmail.IsMissingAsync(context.HttpContext))
        {
            var request = context.HttpContext.Request;
            context.Result = new RedirectToPageResult("/Account/ConfirmationNeeded", new { returnUrl = $"{request.Path}{request.QueryString}" });
            return;
        }

        await next();
    }
}

/// <summary>On an API endpoint: a caller whose address is not confirmed gets 403 with the reason.</summary>
public sealed class RequireConfirmedEmail(IStringLocalizer<SharedResource> t) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (await ConfirmedEmail.IsMissingAsync(context.HttpContext))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: t["Confirm your email address first."],
                detail: t["Open the link we emailed to your address, or ask for a new one on the Account page."]);
        }

        return await next(context);
    }
}
