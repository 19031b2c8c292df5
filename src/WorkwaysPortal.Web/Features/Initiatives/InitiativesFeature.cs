using WorkwaysPortal.Domain.Initiatives;

namespace WorkwaysPortal.Web.Features.Initiatives;

public static class InitiativesFeature
{
    /// <summary>An initiative is its lead organization's to change; the form's choices and checks; invitations and answers.</summary>
    public static IServiceCollection AddInitiatives(this IServiceCollection services) =>
        services.AddOwnedRecordRule<Initiative>(i => i.LeadOrganizationId).AddScoped<InitiativeForm>().AddScoped<InitiativeInvitations>();
}
