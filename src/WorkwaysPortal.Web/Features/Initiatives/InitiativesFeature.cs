using WorkwaysPortal.Domain.Initiatives;

namespace WorkwaysPortal.Web.Features.Initiatives;

public static class InitiativesFeature
{
    /// <summary>An initiative is its lead organization's to change; the form's choices and checks.</summary>
    public static IServiceCollection AddInitiatives(this IServiceCollection services)
    {
        services.AddScoped<IAuthorizationHandler>(provider =>
            new OwnedRecordAuthorizationHandler<Initiative>(provider.GetRequiredService<PortalDbContext>(), i => i.LeadOrganizationId));
        services.AddScoped<InitiativeForm>();
        return services;
    }
}
