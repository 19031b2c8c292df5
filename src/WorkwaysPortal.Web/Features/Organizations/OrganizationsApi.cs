using Microsoft.AspNetCore.Http.HttpResults;
using WorkwaysPortal.Data.Listing;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Web.Api;

namespace WorkwaysPortal.Web.Features.Organizations;

public static class OrganizationsApi
{
    public sealed record OrganizationSummary(int Id, string Name, string? Acronym, string Sector, string[] Countries, string[] Offers, string[] Seeks);

    public sealed record OrganizationList(IReadOnlyList<OrganizationSummary> Items, int Total, int Page, int PageSize);

    public sealed record ContactDetails(string? Name, string? Email, string? Phone);

    public sealed record OrganizationDetails(
        int Id, string Name, string? Acronym, string Sector, string[] Countries, string[] Offers, string[] Seeks,
        string Description, string[] Languages, string? Website, string Status, ContactDetails? Contact);

    public static RouteGroupBuilder MapOrganizationsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var organizations = api.MapGroup("/organizations").WithTags("Organizations");
        organizations.MapGet("/", ListAsync);
        organizations.MapGet("/{id:int}", GetAsync);
        return api;
    }

    private static async Task<Results<Ok<OrganizationList>, ValidationProblem>> ListAsync(
        PortalDbContext db, TaxonomyCatalog catalog, [AsParameters] ListParameters list, CancellationToken ct)
    {
        var taxonomy = await catalog.GetAsync(ct);
        var check = new QueryValidation();
        var filter = list.Validate(check, taxonomy, withSector: true, withGcmObjective: false);
        if (!check.IsValid)
        {
            return TypedResults.ValidationProblem(check.Errors, title: "The query has invalid parameters.");
        }

        var result = await DirectoryQuery.SearchAsync(db, taxonomy, filter, lastPageWhenBeyond: false, ct);
        return TypedResults.Ok(new OrganizationList(
            [.. result.Items.Select(i => new OrganizationSummary(i.Id, i.Name, i.Acronym, i.Sector, i.Countries, i.Offers, i.Seeks))],
            result.Total, result.Page, result.PageSize));
    }

    private static async Task<Results<Ok<OrganizationDetails>, ProblemHttpResult>> GetAsync(
        int id, PortalDbContext db, HttpContext http, CancellationToken ct)
    {
        var user = http.User;
        var organization = await Visibility.Organizations(db, user.AsViewer()).AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organization is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No organization with this id.");
        }

        var o = organization;
        var signedIn = user.Identity?.IsAuthenticated == true;
        return TypedResults.Ok(new OrganizationDetails(
            o.Id, o.Name, o.Acronym, o.Sector, o.Countries, o.Offers, o.Seeks, o.Description, o.Languages, o.Website,
            o.Status.ToString().ToLowerInvariant(),
            signedIn ? new ContactDetails(o.ContactName, o.ContactEmail, o.ContactPhone) : null));
    }
}
