using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Data;
using WorkwaysPortal.Data.Taxonomy;
using WorkwaysPortal.Data.Work;
using WorkwaysPortal.Domain.Initiatives;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Web.Api;
using WorkwaysPortal.Web.Infrastructure;

namespace WorkwaysPortal.Web.Features.Initiatives;

/// <summary>Initiatives: public when their lead organization is verified, as on the pages.</summary>
public static class InitiativesApi
{
    public sealed record InitiativeSummary(
        int Id, string Title, int LeadOrganizationId, string[] Countries, string[] Capabilities, string Status);

    public sealed record InitiativeList(IReadOnlyList<InitiativeSummary> Items, int Total, int Page, int PageSize);

    public sealed record InitiativeDetails(
        int Id, string Title, int LeadOrganizationId, string[] Countries, string[] Capabilities, string Status,
        string Description, int[] GcmObjectives, int[] Participants, DateOnly? StartsOn, DateOnly? EndsOn);

    public static RouteGroupBuilder MapInitiativesApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var initiatives = api.MapGroup("/initiatives").WithTags("Initiatives");
        initiatives.MapGet("/", ListAsync);
        initiatives.MapGet("/{id:int}", GetAsync);
        return api;
    }

    private static async Task<Results<Ok<InitiativeList>, ValidationProblem>> ListAsync(
        PortalDbContext db, TaxonomyCatalog catalog, CancellationToken ct,
        string? q = null, string? country = null, string? subRegion = null, string? capability = null,
        string? gcmObjective = null, string? status = null, string? page = null, string? pageSize = null)
    {
        var taxonomy = await catalog.GetAsync(ct);
        var check = new QueryValidation();
        var objective = check.WholeNumber("gcmObjective", gcmObjective, 0, 1, Domain.Taxonomy.GcmObjective.Count);
        var filter = new InitiativeFilter(
            Text: check.Text("q", q, WorkList.MaxTextLength),
            Country: check.Code("country", country?.ToUpperInvariant(), taxonomy.IsCountry),
            SubRegion: check.Code("subRegion", subRegion, taxonomy.IsSubRegion),
            Capability: check.Code("capability", capability?.ToLowerInvariant(), taxonomy.IsCapability),
            GcmObjective: objective == 0 ? null : objective,
            Status: WorkCodes.Parse<InitiativeStatus>(check.Code("status", status, WorkCodes.IsCode<InitiativeStatus>)),
            Page: check.WholeNumber("page", page, 1, 1, WorkList.MaxPage),
            PageSize: check.WholeNumber("pageSize", pageSize, WorkList.DefaultPageSize, 1, WorkList.MaxPageSize));
        if (!check.IsValid)
        {
            return TypedResults.ValidationProblem(check.Errors, title: "The query has invalid parameters.");
        }

        var result = await InitiativeQuery.SearchAsync(db, taxonomy, filter, ct);
        return TypedResults.Ok(new InitiativeList(
            [.. result.Items.Select(i => new InitiativeSummary(
                i.Id, i.Title, i.LeadOrganizationId, i.Countries, i.Capabilities, WorkCodes.Code(i.Status)))],
            result.Total, result.Page, result.PageSize));
    }

    private static async Task<Results<Ok<InitiativeDetails>, ProblemHttpResult>> GetAsync(
        int id, PortalDbContext db, WorkAccess access, HttpContext http, CancellationToken ct)
    {
        var initiative = await db.Initiatives.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (initiative is null || !await access.MayViewAsync(http.User, initiative.LeadOrganizationId, ct))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No initiative with this id.");
        }

        // Only participants that are themselves public are named.
        var participantIds = initiative.ParticipantOrganizationIds;
        var participants = await db.Organizations.AsNoTracking()
            .Where(o => participantIds.Contains(o.Id) && o.Status == VerificationStatus.Verified)
            .OrderBy(o => o.Id)
            .Select(o => o.Id)
            .ToArrayAsync(ct);
        return TypedResults.Ok(new InitiativeDetails(
            initiative.Id, initiative.Title, initiative.LeadOrganizationId, initiative.Countries, initiative.Capabilities,
            WorkCodes.Code(initiative.Status), initiative.Description, initiative.GcmObjectives, participants,
            initiative.StartsOn, initiative.EndsOn));
    }
}
