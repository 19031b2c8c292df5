using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Data;
using WorkwaysPortal.Data.Taxonomy;
using WorkwaysPortal.Data.Work;
using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Web.Api;
using WorkwaysPortal.Web.Infrastructure;

namespace WorkwaysPortal.Web.Features.Gaps;

/// <summary>Gaps: public when raised by a verified organization or by a session, as on the pages.</summary>
public static class GapsApi
{
    public sealed record GapSummary(
        int Id, string Title, string[] Requires, string[] Countries, string Status, string Priority, int? OrganizationId);

    public sealed record GapList(IReadOnlyList<GapSummary> Items, int Total, int Page, int PageSize);

    public sealed record GapDetails(
        int Id, string Title, string[] Requires, string[] Countries, string Status, string Priority, int? OrganizationId,
        string Description, int[] GcmObjectives, DateTimeOffset CreatedAt);

    public static RouteGroupBuilder MapGapsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var gaps = api.MapGroup("/gaps").WithTags("Gaps");
        gaps.MapGet("/", ListAsync);
        gaps.MapGet("/{id:int}", GetAsync);
        return api;
    }

    private static async Task<Results<Ok<GapList>, ValidationProblem>> ListAsync(
        PortalDbContext db, TaxonomyCatalog catalog, CancellationToken ct,
        string? q = null, string? country = null, string? subRegion = null, string? capability = null,
        string? gcmObjective = null, string? status = null, string? priority = null, string? page = null, string? pageSize = null)
    {
        var taxonomy = await catalog.GetAsync(ct);
        var check = new QueryValidation();
        var objective = check.WholeNumber("gcmObjective", gcmObjective, 0, 1, Domain.Taxonomy.GcmObjective.Count);
        var filter = new GapFilter(
            Text: check.Text("q", q, WorkList.MaxTextLength),
            Country: check.Code("country", country?.ToUpperInvariant(), taxonomy.IsCountry),
            SubRegion: check.Code("subRegion", subRegion, taxonomy.IsSubRegion),
            Capability: check.Code("capability", capability?.ToLowerInvariant(), taxonomy.IsCapability),
            GcmObjective: objective == 0 ? null : objective,
            Status: WorkCodes.Parse<GapStatus>(check.Code("status", status, WorkCodes.IsCode<GapStatus>)),
            Priority: WorkCodes.Parse<GapPriority>(check.Code("priority", priority, WorkCodes.IsCode<GapPriority>)),
            Page: check.WholeNumber("page", page, 1, 1, WorkList.MaxPage),
            PageSize: check.WholeNumber("pageSize", pageSize, WorkList.DefaultPageSize, 1, WorkList.MaxPageSize));
        if (!check.IsValid)
        {
            return TypedResults.ValidationProblem(check.Errors, title: "The query has invalid parameters.");
        }

        var result = await GapQuery.SearchAsync(db, taxonomy, filter, ct);
        return TypedResults.Ok(new GapList(
            [.. result.Items.Select(g => new GapSummary(
                g.Id, g.Title, g.Requires, g.Countries, WorkCodes.Code(g.Status), WorkCodes.Code(g.Priority), g.OrganizationId))],
            result.Total, result.Page, result.PageSize));
    }

    private static async Task<Results<Ok<GapDetails>, ProblemHttpResult>> GetAsync(
        int id, PortalDbContext db, WorkAccess access, HttpContext http, CancellationToken ct)
    {
        var gap = await db.Gaps.AsNoTracking().FirstOrDefaultAsync(g => g.Id == id, ct);
        if (gap is null || !await access.MayViewAsync(http.User, gap.RaisedByOrganizationId, ct))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No gap with this id.");
        }

        return TypedResults.Ok(new GapDetails(
            gap.Id, gap.Title, gap.Requires, gap.Countries, WorkCodes.Code(gap.Status), WorkCodes.Code(gap.Priority),
            gap.RaisedByOrganizationId, gap.Description, gap.GcmObjectives, gap.CreatedAt));
    }
}
