using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace WorkwaysPortal.Web.Features;

/// <summary>
/// How a page that changes a record gets it: 404 when it does not exist or the user may not see it
/// (the caller loads it through <see cref="Visibility"/>, so an id is never confirmed to someone who
/// may not know of it), 403 when they see it but may not change it.
/// </summary>
public static class RecordAccess
{
    /// <returns>The record, or null and the answer to send instead.</returns>
    public static Task<(T? Record, IActionResult Refusal)> ForEditAsync<T>(
        this PageModel page, IAuthorizationService authorization, Task<T?> loading)
        where T : class =>
        page.ForOperationAsync(authorization, Operations.Edit, loading);

    /// <summary>The same for another operation on the record (an organization's team…).</summary>
    public static async Task<(T? Record, IActionResult Refusal)> ForOperationAsync<T>(
        this PageModel page, IAuthorizationService authorization, OperationAuthorizationRequirement operation, Task<T?> loading)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(authorization);
        ArgumentNullException.ThrowIfNull(loading);
        var record = await loading;
        if (record is null)
        {
            return (null, page.NotFound());
        }

        return (await authorization.AuthorizeAsync(page.User, record, operation)).Succeeded
            ? (record, page.Page())
            : (null, page.Forbid());
    }
}
