using System.Security.Claims;

namespace WorkwaysPortal.Web.Infrastructure;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The signed-in user's id; only call where authorization guarantees a signed-in user.</summary>
    public static Guid Id(this ClaimsPrincipal user) =>
        user.TryGetId() ?? throw new InvalidOperationException("No signed-in user.");

    public static Guid? TryGetId(this ClaimsPrincipal user) =>
        Guid.TryParse(user?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
