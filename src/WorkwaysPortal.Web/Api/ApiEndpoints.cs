using WorkwaysPortal.Web.Features.Account;
using WorkwaysPortal.Web.Features.Gaps;
using WorkwaysPortal.Web.Features.Initiatives;
using WorkwaysPortal.Web.Features.Organizations;
using WorkwaysPortal.Web.Features.Partners;
using WorkwaysPortal.Web.Features.Proposals;

namespace WorkwaysPortal.Web.Api;

/// <summary>
/// The JSON API (<c>/api/v1</c>): read endpoints are public for verified organizations; write
/// endpoints need a signed-in user and an antiforgery or bearer token (<see cref="WriteProtection"/>).
/// </summary>
public static class ApiEndpoints
{
    public static bool IsApi(PathString path) => path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    public static IEndpointRouteBuilder MapPortalApi(this IEndpointRouteBuilder app)
    {
        var v1 = app.MapGroup("/api/v1");
        v1.MapOrganizationsApi();
        v1.MapGapsApi();
        v1.MapInitiativesApi();
        v1.MapAuthApi();
        v1.MapProposalsApi();
        v1.MapMatchesApi();
        return app;
    }
}
