using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using WorkwaysPortal.Data.Accounts;

namespace WorkwaysPortal.Web.Features.Account;

/// <summary>
/// What the sign-in carries besides Identity's claims: the display name the header shows; and, for a
/// privileged account that has no second factor yet, not its privileged roles but
/// <see cref="SecondFactor.EnrolmentClaim"/>, unless the sign-in was made with a passkey (then
/// <see cref="SecondFactor.PasskeyClaim"/>; see <see cref="SecondFactor"/>).
/// </summary>
public sealed class PortalClaims(
    UserManager<ApplicationUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options, IOptions<AccountOptions> account,
    IHttpContextAccessor http)
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

        var passkey = SecondFactor.IsPasskeySignIn(http.HttpContext, user.Id);
        if (passkey)
        {
            identity.AddClaim(new Claim(SecondFactor.PasskeyClaim, user.Id.ToString()));
        }

        if (SecondFactor.MustEnrol(user, identity.FindAll(identity.RoleClaimType).Select(c => c.Value), account.Value, passkey))
        {
            SecondFactor.WithholdRoles(identity);
        }

        return identity;
    }
}
