using WorkwaysPortal.Data.Listing;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Text;

namespace WorkwaysPortal.Web.Features.Organizations;

public static class OrganizationsApi
{
    public sealed record OrganizationSummary(int Id, string Name, string? Acronym, string Sector, string[] Countries, string[] Offers, string[] Seeks);

    public sealed record ContactDetails(string? Name, string? Email, string? Phone);

    public sealed record OrganizationDetails(
        int Id, string Name, string? Acronym, string Sector, string[] Countries, string[] Offers, string[] Seeks,
        string Description, string[] Languages, string? Website, string Status, ContactDetails? Contact, string TextLanguage,
        TextTranslations Translations);

    public static RouteGroupBuilder MapOrganizationsApi(this RouteGroupBuilder api) => api.MapCollection("/organizations", "Organizations", ListAsync, GetAsync);

    private static Task<Results<Ok<ApiList<OrganizationSummary>>, ValidationProblem>> ListAsync(
        PortalReads reads, TaxonomyCatalog catalog, [AsParameters] ListParameters list, CancellationToken ct) =>
        ApiLists.AnswerAsync(
            catalog,
            (check, taxonomy) => list.Validate(check, taxonomy, withSector: true, withGcmObjective: false),
            (taxonomy, filter) => DirectoryQuery.SearchAsync(reads.Context, taxonomy, filter, lastPageWhenBeyond: false, ct),
            o => new OrganizationSummary(o.Id, o.Name, o.Acronym, o.Sector, o.Countries, o.Offers, o.Seeks),
            ct);

    private static async Task<Results<Ok<OrganizationDetails>, ProblemHttpResult>> GetAsync(
        int id, PortalReads reads, HttpContext http, CancellationToken ct)
    {
        var user = http.User;
        var organization = await Visibility.Organizations(reads.Context, user.AsViewer()).AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organization is null)
        {
            return ApiProblems.NotFound("No organization with this id.");
        }

        var o = organization;
        var seesContact = await ConversationAccess.SeesContactOfAsync(reads.Context, user.AsViewer(), id, ct);
        return TypedResults.Ok(new OrganizationDetails(
            o.Id, o.Name, o.Acronym, o.Sector, o.Countries, o.Offers, o.Seeks, o.Description, o.Languages, o.Website,
            o.Status.ToString().ToLowerInvariant(),
            seesContact ? new ContactDetails(o.ContactName, o.ContactEmail, o.ContactPhone) : null,
            o.TextLanguage,
            o.Translations));
    }
}
