using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.Web.Features.Organizations;

public static class OrganizationsFeature
{
    /// <summary>An organization is its delegates' (and administrators') to change; the moderators' notices.</summary>
    public static IServiceCollection AddOrganizations(this IServiceCollection services) =>
        services.AddOwnedRecordRule<Organization>(o => o.Id).AddScoped<OrganizationNotifier>();
}
