using WorkwaysPortal.Data.Listing;
using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Domain.Text;

namespace WorkwaysPortal.Web.Features.Gaps;

/// <summary>Gaps: public when raised by a verified organization or by a session, as on the pages.</summary>
public static class GapsApi
{
    public sealed record GapSummary(
        int Id, string Title, string[] Requires, string[] Countries, string Status, string Priority, int? OrganizationId);

    public sealed record GapDetails(
        int Id, string Title, string[] Requires, string[] Countries, string Status, string Priority, int? OrganizationId,
        string Description, int[] GcmObjectives, DateTimeOffset CreatedAt, string TextLanguage,
        TextTranslations Translations);

    public static RouteGroupBuilder MapGapsApi(this RouteGroupBuilder api) => api.MapCollection("/gaps", "Gaps", ListAsync, GetAsync);

    private static Task<Results<Ok<ApiList<GapSummary>>, ValidationProblem>> ListAsync(
        PortalReads reads, TaxonomyCatalog catalog, [AsParameters] ListParameters list, CancellationToken ct,
        string? status = null, string? priority = null) =>
        ApiLists.AnswerAsync(
            catalog,
            (check, taxonomy) => new GapFilter(
                list.Validate(check, taxonomy, withSector: false, withGcmObjective: true),
                WorkCodes.Parse<GapStatus>(check.Code("status", status, WorkCodes.IsCode<GapStatus>)),
                WorkCodes.Parse<GapPriority>(check.Code("priority", priority, WorkCodes.IsCode<GapPriority>))),
            (taxonomy, filter) => GapQuery.SearchAsync(reads.Context, taxonomy, filter, lastPageWhenBeyond: false, ct),
            g => new GapSummary(g.Id, g.Title, g.Requires, g.Countries, WorkCodes.Code(g.Status), WorkCodes.Code(g.Priority), g.OrganizationId),
            ct);

    private static async Task<Results<Ok<GapDetails>, ProblemHttpResult>> GetAsync(
        int id, PortalReads reads, HttpContext http, CancellationToken ct)
    {
        var gap = await Visibility.Gaps(reads.Context, http.User.AsViewer()).AsNoTracking().FirstOrDefaultAsync(g => g.Id == id, ct);
        if (gap is null)
        {
            return ApiProblems.NotFound("No gap with this id.");
        }

        return TypedResults.Ok(new GapDetails(
            gap.Id, gap.Title, gap.Requires, gap.Countries, WorkCodes.Code(gap.Status), WorkCodes.Code(gap.Priority),
            gap.RaisedByOrganizationId, gap.Description, gap.GcmObjectives, gap.CreatedAt, gap.TextLanguage, gap.Translations));
    }
}
