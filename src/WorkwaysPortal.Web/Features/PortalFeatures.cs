using WorkwaysPortal.Web.Features.Account;
using WorkwaysPortal.Web.Features.Admin;
using WorkwaysPortal.Web.Features.Conversations;
using WorkwaysPortal.Web.Features.Gaps;
using WorkwaysPortal.Web.Features.Initiatives;
using WorkwaysPortal.Web.Features.Organizations;
using WorkwaysPortal.Web.Features.Partners;
using WorkwaysPortal.Web.Features.Proposals;
using WorkwaysPortal.Web.Features.Sessions;

namespace WorkwaysPortal.Web.Features;

/// <summary>
/// The portal's features, each a folder of <c>Features/</c> with its pages, API, queries, access
/// rules and notices side by side (docs/architecture.md): what each one registers, and the JSON API
/// (<c>/api/v1</c>) they make together. Read endpoints are public for what is public on the pages;
/// write endpoints need a signed-in user and an antiforgery or bearer token (<see cref="Api.WriteProtection"/>).
/// </summary>
public static class PortalFeatures
{
    public static IServiceCollection AddPortalFeatures(this IServiceCollection services) =>
        services.AddOrganizations().AddInitiatives().AddGaps().AddProposals().AddSessions().AddAdministration().AddConversations();

    public static IEndpointRouteBuilder MapPortalApi(this IEndpointRouteBuilder app)
    {
        var v1 = app.MapGroup("/api/v1");
        v1.AddEndpointFilter(SecondFactor.ExplainApiRefusals);
        v1.MapOrganizationsApi();
        v1.MapGapsApi();
        v1.MapInitiativesApi();
        v1.MapAuthApi();
        v1.MapProposalsApi();
        v1.MapMatchesApi();
        v1.MapConversationsApi();
        return app;
    }
}
