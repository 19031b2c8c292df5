using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.Web.Features.Organizations;

public static class OrganizationsFeature
{
    /// <summary>Who may edit an organization (its delegates, administrators) and the moderators' notices.</summary>
    public static IServiceCollection AddOrganizations(this IServiceCollection services)
    {
        services.AddScoped<IAuthorizationHandler>(provider =>
            new OwnedRecordAuthorizationHandler<Organization>(provider.GetRequiredService<PortalDbContext>(), o => o.Id));
        services.AddScoped<OrganizationNotifier>();
        return services;
    }
}
