namespace WorkwaysPortal.Web.Features.Proposals;

public static class ProposalsFeature
{
    /// <summary>Who acts in a proposal, how it is read, every change to it, and who is told.</summary>
    public static IServiceCollection AddProposals(this IServiceCollection services)
    {
        services.AddScoped<ProposalAuthorization>();
        services.AddScoped<ProposalQueries>();
        services.AddScoped<ProposalActions>();
        services.AddScoped<ProposalNotifier>();
        return services;
    }
}
