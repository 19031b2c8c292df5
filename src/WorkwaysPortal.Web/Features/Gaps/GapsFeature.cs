using WorkwaysPortal.Domain.Gaps;

namespace WorkwaysPortal.Web.Features.Gaps;

public static class GapsFeature
{
    /// <summary>A gap is the raising organization's to change (a session's gap, staff's); the form's choices and checks.</summary>
    public static IServiceCollection AddGaps(this IServiceCollection services)
    {
        services.AddScoped<IAuthorizationHandler>(provider =>
            new OwnedRecordAuthorizationHandler<Gap>(provider.GetRequiredService<PortalDbContext>(), g => g.RaisedByOrganizationId));
        services.AddScoped<GapForm>();
        return services;
    }
}
