using System.Security.Claims;
using WorkwaysPortal.Domain.Proposals;
using WorkwaysPortal.Web.Features.Proposals;

namespace WorkwaysPortal.Web.Features.Proposals;

/// <summary>
/// Partnership proposals over JSON, with the same rules as the pages (both go through
/// <see cref="ProposalActions"/>): 400 bad input with field errors, 401 anonymous, 403 not allowed,
/// 404 unknown or hidden, 409 a step the workflow does not allow now or a lost concurrent decision.
/// </summary>
public static class ProposalsApi
{
    public sealed record PartnerRequest(int OrganizationId, string? Contribution);

    public sealed record CreateProposalRequest(
        int ProposerOrganizationId, string? Title, string? Rationale, string? ProposerContribution,
        IReadOnlyList<PartnerRequest>? Partners, int? GapId, int? InitiativeId, bool? Submit);

    public sealed record ReasonRequest(string? Reason);

    public sealed record OrganizationReference(int Id, string Name);

    /// <summary>A partner's answer (<c>pending</c>, <c>accepted</c>, <c>declined</c>): who answered, when, and its message.</summary>
    public sealed record PartnerResponse(
        int OrganizationId, string Name, string? Contribution, string Answer, DateTimeOffset? AnsweredAt, string? AnsweredBy, string? Message);

    /// <summary>A partner's answer: the partner organization (optional when the caller is a delegate of only one partner) and a message.</summary>
    public sealed record AnswerRequest(int? OrganizationId, string? Message);

    /// <summary>The partner the proposer drops.</summary>
    public sealed record DropPartnerRequest(int? OrganizationId);

    public sealed record LinkResponse(int Id, string Title);

    public sealed record HistoryResponse(DateTimeOffset At, string Actor, string Action, string? Reason);

    public sealed record ProposalResponse(
        int Id, string Title, string State, OrganizationReference Proposer, IReadOnlyList<PartnerResponse> Partners,
        string Rationale, string ProposerContribution, LinkResponse? Gap, LinkResponse? Initiative,
        DateTimeOffset CreatedAt, DateTimeOffset? SubmittedAt, DateTimeOffset? DecidedAt, string? DecidedBy, string? DecisionReason,
        IReadOnlyList<HistoryResponse> History);

    /// <summary>The workflow steps, as the last segment of their URL.</summary>
    public static IReadOnlyDictionary<string, ProposalAction> Steps { get; } = new Dictionary<string, ProposalAction>(StringComparer.Ordinal)
    {
        ["submit"] = ProposalAction.Submit,
        ["withdraw"] = ProposalAction.Withdraw,
        ["resubmit"] = ProposalAction.Resubmit,
        ["approve"] = ProposalAction.Approve,
        ["reject"] = ProposalAction.Reject,
        ["request-changes"] = ProposalAction.RequestChanges,
    };

    public static RouteGroupBuilder MapProposalsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var proposals = api.MapGroup("/proposals").WithTags("Proposals");
        proposals.MapGet("/{id:int}", GetAsync);

        var writes = proposals.MapGroup("").RequireAuthorization().AddEndpointFilter<WriteProtection>();
        writes.MapPost("/", CreateAsync).RequireRateLimiting(RateLimits.ProposalSubmission).AddEndpointFilter<Account.RequireConfirmedEmail>();
        foreach (var (segment, action) in Steps)
        {
            var step = writes.MapPost($"/{{id:int}}/{segment}", (int id, ReasonRequest? body, ClaimsPrincipal user, ProposalActions actions, ProposalQueries queries, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                StepAsync(id, action, body, user, actions, queries, t, ct));
            if (action is ProposalAction.Submit or ProposalAction.Resubmit)
            {
                step.RequireRateLimiting(RateLimits.ProposalSubmission);
            }
        }

        writes.MapPost("/{id:int}/accept", (int id, AnswerRequest? body, ClaimsPrincipal user, ProposalActions actions, ProposalQueries queries, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            AnswerAsync(id, ProposalAction.Accept, body, user, actions, queries, t, ct));
        writes.MapPost("/{id:int}/decline", (int id, AnswerRequest? body, ClaimsPrincipal user, ProposalActions actions, ProposalQueries queries, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            AnswerAsync(id, ProposalAction.Decline, body, user, actions, queries, t, ct));
        writes.MapPost("/{id:int}/drop-partner", DropPartnerAsync);
        return api;
    }

    /// <summary>
    /// A partner organization's delegates accept or decline: 404 a proposal they may not see, 403 an
    /// organization they do not act for or that is not a partner, 409 an answer given already or a
    /// proposal not waiting for answers.
    /// </summary>
    private static async Task<Results<Ok<ProposalResponse>, ValidationProblem, ProblemHttpResult>> AnswerAsync(
        int id, ProposalAction action, AnswerRequest? body, ClaimsPrincipal user, ProposalActions actions, ProposalQueries queries,
        IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        var organizationId = body?.OrganizationId;
        if (organizationId is null)
        {
            // Without an organization, the one partner the caller answers for.
            var (view, access) = await queries.FindAsync(user, id, ct);
            if (view is null)
            {
                return NotFound(t);
            }

            if (access.AnswersFor.Count != 1)
            {
                var errors = new QueryValidation();
                errors.Add("organizationId", t["Say which of your organizations answers."]);
                return TypedResults.ValidationProblem(errors.Errors, title: t["The proposal has invalid fields."]);
            }

            organizationId = access.AnswersFor[0];
        }

        return await OutcomeAsync(id, await actions.ApplyAsync(user, id, action, organizationId, body?.Message, null, ct), user, queries, t, ct);
    }

    private static async Task<Results<Ok<ProposalResponse>, ValidationProblem, ProblemHttpResult>> DropPartnerAsync(
        int id, DropPartnerRequest? body, ClaimsPrincipal user, ProposalActions actions, ProposalQueries queries,
        IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        if (body?.OrganizationId is not { } organizationId)
        {
            // A proposal the caller may not see is not there, whatever the body says (no 400 that confirms it exists).
            var (view, access) = await queries.FindAsync(user, id, ct);
            if (view is null)
            {
                return NotFound(t);
            }

            if (!access.ActsForProposer)
            {
                return Problem(ProposalOutcome.Forbidden(), t);
            }

            var errors = new QueryValidation();
            errors.Add("organizationId", t["Say which partner to drop."]);
            return TypedResults.ValidationProblem(errors.Errors, title: t["The proposal has invalid fields."]);
        }

        return await OutcomeAsync(id, await actions.ApplyAsync(user, id, ProposalAction.DropPartner, organizationId, null, null, ct), user, queries, t, ct);
    }

    private static async Task<Results<Ok<ProposalResponse>, ValidationProblem, ProblemHttpResult>> OutcomeAsync(
        int id, ProposalOutcome outcome, ClaimsPrincipal user, ProposalQueries queries, IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        if (outcome.Status == ProposalOutcomeStatus.Invalid)
        {
            return Invalid(outcome, t);
        }

        if (!outcome.Succeeded)
        {
            return Problem(outcome, t);
        }

        var (view, _) = await queries.FindAsync(user, id, ct);
        return TypedResults.Ok(ToResponse(view!));
    }

    private static async Task<Results<Ok<ProposalResponse>, ProblemHttpResult>> GetAsync(
        int id, ClaimsPrincipal user, ProposalQueries queries, IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        var (view, _) = await queries.FindAsync(user, id, ct);
        return view is null ? NotFound(t) : TypedResults.Ok(ToResponse(view));
    }

    private static async Task<Results<Created<ProposalResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateProposalRequest? body, ClaimsPrincipal user, ProposalActions actions, ProposalQueries queries,
        IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        if (body is null || body.ProposerOrganizationId <= 0)
        {
            var errors = new QueryValidation();
            errors.Add("proposerOrganizationId", t["Say which of your organizations proposes the partnership."]);
            return TypedResults.ValidationProblem(errors.Errors, title: t["The proposal has invalid fields."]);
        }

        var details = new ProposalDetails(
            body.Title ?? "", body.Rationale ?? "", body.ProposerContribution ?? "",
            [.. (body.Partners ?? []).Select(p => new ProposalPartner(p?.OrganizationId ?? 0, p?.Contribution))],
            body.GapId, body.InitiativeId);
        var outcome = await actions.CreateAsync(user, body.ProposerOrganizationId, details, body.Submit == true, ct);
        if (outcome.Status == ProposalOutcomeStatus.Invalid)
        {
            return Invalid(outcome, t);
        }

        if (!outcome.Succeeded)
        {
            return Problem(outcome, t);
        }

        var (view, _) = await queries.FindAsync(user, outcome.ProposalId, ct);
        return TypedResults.Created($"/api/v1/proposals/{outcome.ProposalId}", ToResponse(view!));
    }

    private static async Task<Results<Ok<ProposalResponse>, ValidationProblem, ProblemHttpResult>> StepAsync(
        int id, ProposalAction action, ReasonRequest? body, ClaimsPrincipal user, ProposalActions actions, ProposalQueries queries,
        IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        var outcome = await actions.ApplyAsync(user, id, action, body?.Reason, expectedVersion: null, ct);
        if (outcome.Status == ProposalOutcomeStatus.Invalid)
        {
            return Invalid(outcome, t);
        }

        if (!outcome.Succeeded)
        {
            return Problem(outcome, t);
        }

        var (view, _) = await queries.FindAsync(user, id, ct);
        return TypedResults.Ok(ToResponse(view!));
    }

    /// <summary>Bad input: 400 with the field errors, in the caller's language.</summary>
    private static ValidationProblem Invalid(ProposalOutcome outcome, IStringLocalizer t) => TypedResults.ValidationProblem(
        outcome.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => ProposalText.Message(t, e.Message, e.Arguments)).ToArray()),
        title: t["The proposal has invalid fields."]);

    /// <summary>How any other refusal reads as problem details.</summary>
    private static ProblemHttpResult Problem(ProposalOutcome outcome, IStringLocalizer t) => outcome.Status switch
    {
        ProposalOutcomeStatus.Forbidden => TypedResults.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: t["You may not do this with this proposal."],
            detail: outcome.Message is null ? null : ProposalText.Message(t, outcome.Message, outcome.Arguments)),
        ProposalOutcomeStatus.Conflict => TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: t["The proposal's state does not allow this."],
            detail: ProposalText.Message(t, outcome.Message!, outcome.Arguments)),
        _ => NotFound(t),
    };

    private static ProblemHttpResult NotFound(IStringLocalizer t) =>
        ApiProblems.NotFound(t["No proposal with this id."]);

    private static ProposalResponse ToResponse(ProposalView view) => new(
        view.Id, view.Title, ProposalText.Code(view.State), new OrganizationReference(view.Proposer.Id, view.Proposer.Name),
        [.. view.Partners.Select(p => new PartnerResponse(
            p.OrganizationId, p.Name, p.Contribution, ProposalText.Code(p.Answer), p.AnsweredAt, p.AnsweredByName, p.AnswerMessage))],
        view.Rationale, view.ProposerContribution,
        view.Gap is { } gap ? new LinkResponse(gap.Id, gap.Title) : null,
        view.Initiative is { } initiative ? new LinkResponse(initiative.Id, initiative.Title) : null,
        view.CreatedAt, view.SubmittedAt, view.DecidedAt, view.DecidedByName, view.DecisionReason,
        [.. view.History.Select(h => new HistoryResponse(h.At, h.Actor, h.Action, h.Reason))]);
}
