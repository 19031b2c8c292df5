using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using WorkwaysPortal.Data.Accounts;

namespace WorkwaysPortal.Web.Features.Account;

/// <summary>What the sign-in carries besides Identity's claims: the display name the header shows.</summary>
public sealed class PortalClaims(UserManager<ApplicationUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole<Guid>>(users, roles, options)
{
    public const string DisplayName = "workways:display_name";

    /// <summary>The signed-in user's display name, or their user name (email) when they have none.</summary>
    public static string NameOf(ClaimsPrincipal user) =>
        user?.FindFirstValue(DisplayName) is { Length: > 0 } name ? name : user?.Identity?.Name ?? "";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        if (!string.IsNullOrWhiteSpace(user.DisplayName))
        {
            identity.AddClaim(new Claim(DisplayName, user.DisplayName));
        }

        return identity;
    }
}
