using WorkwaysPortal.Data.Listing;
using WorkwaysPortal.Domain.Initiatives;
using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.Web.Features.Initiatives;

/// <summary>Initiatives: public when their lead organization is verified, as on the pages.</summary>
public static class InitiativesApi
{
    public sealed record InitiativeSummary(
        int Id, string Title, int LeadOrganizationId, string[] Countries, string[] Capabilities, string Status);

    public sealed record InitiativeDetails(
        int Id, string Title, int LeadOrganizationId, string[] Countries, string[] Capabilities, string Status,
        string Description, int[] GcmObjectives, int[] Participants, DateOnly? StartsOn, DateOnly? EndsOn);

    public static RouteGroupBuilder MapInitiativesApi(this RouteGroupBuilder api) => api.MapCollection("/initiatives", "Initiatives", ListAsync, GetAsync);

    private static Task<Results<Ok<ApiList<InitiativeSummary>>, ValidationProblem>> ListAsync(
        PortalReads reads, TaxonomyCatalog catalog, [AsParameters] ListParameters list, CancellationToken ct, string? status = null) =>
        ApiLists.AnswerAsync(
            catalog,
            (check, taxonomy) => new InitiativeFilter(
                list.Validate(check, taxonomy, withSector: false, withGcmObjective: true),
                WorkCodes.Parse<InitiativeStatus>(check.Code("status", status, WorkCodes.IsCode<InitiativeStatus>))),
            (taxonomy, filter) => InitiativeQuery.SearchAsync(reads.Context, taxonomy, filter, lastPageWhenBeyond: false, ct),
            i => new InitiativeSummary(i.Id, i.Title, i.LeadOrganizationId, i.Countries, i.Capabilities, WorkCodes.Code(i.Status)),
            ct);

    private static async Task<Results<Ok<InitiativeDetails>, ProblemHttpResult>> GetAsync(
        int id, PortalReads reads, HttpContext http, CancellationToken ct)
    {
        var initiative = await Visibility.Initiatives(reads.Context, http.User.AsViewer()).AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (initiative is null)
        {
            return ApiProblems.NotFound("No initiative with this id.");
        }

        // Only participants that are themselves public are named.
        var participantIds = initiative.ParticipantOrganizationIds;
        var participants = await Visibility.Organizations(reads.Context, Viewer.Anonymous).AsNoTracking()
            .Where(o => participantIds.Contains(o.Id))
            .OrderBy(o => o.Id)
            .Select(o => o.Id)
            .ToArrayAsync(ct);
        return TypedResults.Ok(new InitiativeDetails(
            initiative.Id, initiative.Title, initiative.LeadOrganizationId, initiative.Countries, initiative.Capabilities,
            WorkCodes.Code(initiative.Status), initiative.Description, initiative.GcmObjectives, participants,
            initiative.StartsOn, initiative.EndsOn));
    }
}
