using WorkwaysPortal.Data.Listing;
using WorkwaysPortal.Domain.Initiatives;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Text;

namespace WorkwaysPortal.Web.Features.Initiatives;

/// <summary>
/// Initiatives: public when their lead organization is verified, as on the pages. Participants are
/// invitations until accepted (issue 13): <c>participants</c> names the public organizations that
/// accepted; <c>invitations</c> holds every invitation for the lead's delegates, moderators and staff,
/// and its own for an invited organization's delegates. An invited organization's delegates answer with
/// <c>POST …/{id}/accept</c> or <c>…/decline</c>: 400 bad input, 401 anonymous, 404 an initiative that does
/// not invite one of the caller's organizations, 409 answered already.
/// </summary>
public static class InitiativesApi
{
    public sealed record InitiativeSummary(
        int Id, string Title, int LeadOrganizationId, string[] Countries, string[] Capabilities, string Status);

    /// <summary>An invitation: <c>state</c> is <c>invited</c>, <c>accepted</c> or <c>declined</c>.</summary>
    public sealed record InvitationResponse(
        int OrganizationId, string Name, string State, DateTimeOffset InvitedAt, DateTimeOffset? AnsweredAt, string? AnsweredBy, string? Message);

    public sealed record InitiativeDetails(
        int Id, string Title, int LeadOrganizationId, string[] Countries, string[] Capabilities, string Status,
        string Description, int[] GcmObjectives, int[] Participants, DateOnly? StartsOn, DateOnly? EndsOn,
        IReadOnlyList<InvitationResponse> Invitations, string TextLanguage,
        TextTranslations Translations);

    /// <summary>An invited organization's answer: the organization (optional when the caller answers for only one) and a message for the lead.</summary>
    public sealed record AnswerRequest(int? OrganizationId, string? Message);

    public static RouteGroupBuilder MapInitiativesApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapCollection("/initiatives", "Initiatives", ListAsync, GetAsync);
        var writes = api.MapGroup("/initiatives").WithTags("Initiatives").RequireAuthorization().AddEndpointFilter<WriteProtection>();
        writes.MapPost("/{id:int}/accept", (int id, AnswerRequest? body, HttpContext http, InitiativeInvitations invitations, PortalDbContext db, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            AnswerAsync(id, accept: true, body, http, invitations, db, t, ct));
        writes.MapPost("/{id:int}/decline", (int id, AnswerRequest? body, HttpContext http, InitiativeInvitations invitations, PortalDbContext db, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            AnswerAsync(id, accept: false, body, http, invitations, db, t, ct));
        return api;
    }

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
        int id, PortalReads reads, HttpContext http, CancellationToken ct) =>
        await DetailsAsync(reads.Context, id, http.User.AsViewer(), ct) is { } details
            ? TypedResults.Ok(details)
            : ApiProblems.NotFound("No initiative with this id.");

    /// <summary>The invited organization's delegates accept or decline for it (an answer is given once).</summary>
    private static async Task<Results<Ok<InitiativeDetails>, ValidationProblem, ProblemHttpResult>> AnswerAsync(
        int id, bool accept, AnswerRequest? body, HttpContext http, InitiativeInvitations invitations, PortalDbContext db,
        IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        var outcome = await invitations.AnswerAsync(http.User, id, body?.OrganizationId, accept, body?.Message, ct);
        switch (outcome.Status)
        {
            case InvitationOutcomeStatus.Invalid:
                return TypedResults.ValidationProblem(
                    outcome.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => t[e.Message, [.. e.Arguments]].Value).ToArray()),
                    title: t["The answer has invalid fields."]);
            case InvitationOutcomeStatus.NotFound:
                return ApiProblems.NotFound("No initiative with this id.");
            case InvitationOutcomeStatus.Conflict:
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status409Conflict,
                    title: t["The invitation cannot be answered now."],
                    detail: t[outcome.Message!, [.. outcome.Arguments]]);
        }

        // The answer was written on the primary: read it back from there, not from a standby that may lag.
        return TypedResults.Ok((await DetailsAsync(db, id, http.User.AsViewer(), ct))!);
    }

    /// <summary>The initiative as <paramref name="viewer"/> may see it, or null when they may not.</summary>
    private static async Task<InitiativeDetails?> DetailsAsync(PortalDbContext db, int id, Viewer viewer, CancellationToken ct)
    {
        var initiative = await Visibility.Initiatives(db, viewer).AsNoTracking().Include(i => i.Participants).FirstOrDefaultAsync(i => i.Id == id, ct);
        if (initiative is null)
        {
            return null;
        }

        // Only participants that accepted and are themselves public are named.
        var accepted = initiative.AcceptedParticipantIds.ToList();
        var participants = await Visibility.Organizations(db, Viewer.Anonymous).AsNoTracking()
            .Where(o => accepted.Contains(o.Id))
            .OrderBy(o => o.Id)
            .Select(o => o.Id)
            .ToArrayAsync(ct);

        // Every invitation for the lead's delegates, moderators and staff; their own for an invited organization's delegates.
        var invited = initiative.Participants.Select(p => p.OrganizationId).ToList();
        var shown = viewer.Oversees || await Visibility.ActsForAsync(db, viewer, initiative.LeadOrganizationId, ct)
            ? invited
            : await Visibility.MemberOf(db, viewer).Where(o => invited.Contains(o)).ToListAsync(ct);
        var names = shown.Count == 0
            ? []
            : await Visibility.Organizations(db, viewer).AsNoTracking().Where(o => shown.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var invitations = initiative.Participants
            .Where(p => names.ContainsKey(p.OrganizationId))
            .OrderBy(p => p.OrganizationId)
            .Select(p => new InvitationResponse(
                p.OrganizationId, names[p.OrganizationId], ParticipationText.Code(p.State), p.InvitedAt, p.AnsweredAt, p.AnsweredByName, p.AnswerMessage))
            .ToList();
        return new InitiativeDetails(
            initiative.Id, initiative.Title, initiative.LeadOrganizationId, initiative.Countries, initiative.Capabilities,
            WorkCodes.Code(initiative.Status), initiative.Description, initiative.GcmObjectives, participants,
            initiative.StartsOn, initiative.EndsOn, invitations, initiative.TextLanguage, initiative.Translations);
    }
}
