using WorkwaysPortal.Web.Features.Admin.Users;

namespace WorkwaysPortal.Web.Features.Admin;

public static class AdminFeature
{
    /// <summary>The administrators' changes to accounts (roles, lockouts, invitations).</summary>
    public static IServiceCollection AddAdministration(this IServiceCollection services) =>
        services.AddScoped<AccountAdministration>();
}
