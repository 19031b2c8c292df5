using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Web.Features.Organizations.Team;

namespace WorkwaysPortal.Web.Features.Organizations;

public static class OrganizationsFeature
{
    /// <summary>
    /// An organization is its delegates' (and administrators') to change; its team is theirs too, and the
    /// moderators' while nobody acts for it; the notices of reviews and team changes.
    /// </summary>
    public static IServiceCollection AddOrganizations(this IServiceCollection services) =>
        services.AddOwnedRecordRule<Organization>(o => o.Id)
            .AddScoped<IAuthorizationHandler, TeamAuthorizationHandler>()
            .AddScoped<OrganizationNotifier>();
}
