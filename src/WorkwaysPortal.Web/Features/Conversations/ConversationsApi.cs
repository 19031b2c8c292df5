using System.Globalization;
using System.Security.Claims;

namespace WorkwaysPortal.Web.Features.Conversations;

/// <summary>
/// Conversations between organizations over JSON, with the rules of the pages (both go through
/// <see cref="ConversationActions"/> and <see cref="ConversationQueries"/>): 400 bad input with field errors,
/// 401 anonymous, 403 no verified organization to write for or blocked, 404 what the caller may not see,
/// 429 over a rate limit (with Retry-After).
/// </summary>
public static class ConversationsApi
{
    public sealed record ContactRequest(string? Message, int? FromOrganizationId);

    public sealed record MessageRequest(string? Message, int? FromOrganizationId);

    public sealed record OrganizationReference(int Id, string Name);

    public sealed record ContactResponse(string? Name, string? Email, string? Phone);

    public sealed record MessageResponse(long Id, int OrganizationId, string Author, string Body, DateTimeOffset SentAt);

    public sealed record ConversationSummary(int Id, OrganizationReference Mine, OrganizationReference Other, DateTimeOffset LastMessageAt, int Unread, bool Replied);

    public sealed record ConversationResponse(
        int Id, OrganizationReference Initiator, OrganizationReference Recipient, bool RecipientReplied,
        ContactResponse? OtherContact, IReadOnlyList<MessageResponse> Messages);

    public static RouteGroupBuilder MapConversationsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var conversations = api.MapGroup("/conversations").WithTags("Conversations").RequireAuthorization();
        conversations.MapGet("/", ListAsync);
        conversations.MapGet("/{id:int}", GetAsync);

        var writes = api.MapGroup("").WithTags("Conversations").RequireAuthorization()
            .AddEndpointFilter<WriteProtection>().AddEndpointFilter<Account.RequireConfirmedEmail>();
        writes.MapPost("/organizations/{id:int}/contact", ContactAsync);
        writes.MapPost("/conversations/{id:int}/messages", ReplyAsync);
        return api;
    }

    private static async Task<Ok<IReadOnlyList<ConversationSummary>>> ListAsync(ClaimsPrincipal user, ConversationQueries queries, CancellationToken ct)
    {
        var rows = await queries.ListAsync(user, ct);
        return TypedResults.Ok<IReadOnlyList<ConversationSummary>>(
        [
            .. rows.Select(r => new ConversationSummary(
                r.Id, new OrganizationReference(r.Mine.Id, r.Mine.Name), new OrganizationReference(r.Other.Id, r.Other.Name), r.LastMessageAt, r.Unread, r.Replied)),
        ]);
    }

    private static async Task<Results<Ok<ConversationResponse>, ProblemHttpResult>> GetAsync(
        int id, ClaimsPrincipal user, ConversationQueries queries, IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        var view = await queries.FindAsync(user, id, ct);
        return view is null ? NotFound(t) : TypedResults.Ok(ToResponse(view));
    }

    private static async Task<Results<Created<ConversationResponse>, ValidationProblem, ProblemHttpResult>> ContactAsync(
        int id, ContactRequest? body, HttpContext http, ConversationActions actions, ConversationQueries queries,
        IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        var outcome = await actions.ContactAsync(http.User, id, body?.FromOrganizationId, body?.Message, ct);
        return await CreatedOrRefusalAsync(outcome, http, queries, t, ct);
    }

    private static async Task<Results<Created<ConversationResponse>, ValidationProblem, ProblemHttpResult>> ReplyAsync(
        int id, MessageRequest? body, HttpContext http, ConversationActions actions, ConversationQueries queries,
        IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        var outcome = await actions.ReplyAsync(http.User, id, body?.FromOrganizationId, body?.Message, ct);
        return await CreatedOrRefusalAsync(outcome, http, queries, t, ct);
    }

    /// <summary>The conversation a message was written in (201), or why it was not (problem details).</summary>
    private static async Task<Results<Created<ConversationResponse>, ValidationProblem, ProblemHttpResult>> CreatedOrRefusalAsync(
        ConversationOutcome outcome, HttpContext http, ConversationQueries queries, IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        if (!outcome.Succeeded)
        {
            return Refusal(outcome, http, t);
        }

        var view = await queries.FindAsync(http.User, outcome.ConversationId, ct);
        return TypedResults.Created(
            string.Create(CultureInfo.InvariantCulture, $"/api/v1/conversations/{outcome.ConversationId}"), ToResponse(view!));
    }

    private static Results<Created<ConversationResponse>, ValidationProblem, ProblemHttpResult> Refusal(
        ConversationOutcome outcome, HttpContext http, IStringLocalizer t)
    {
        switch (outcome.Status)
        {
            case ConversationOutcomeStatus.Invalid:
                return TypedResults.ValidationProblem(
                    new Dictionary<string, string[]> { [outcome.Field!] = [outcome.Text(t)] }, title: t["The message has invalid fields."]);
            case ConversationOutcomeStatus.RateLimited:
                if (outcome.RetryAfter is { } wait)
                {
                    http.Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                }

                return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: t["Too many messages."], detail: outcome.Text(t));
            case ConversationOutcomeStatus.Forbidden:
            case ConversationOutcomeStatus.Blocked:
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: t["You may not write to this organization."], detail: outcome.Text(t));
            default:
                return NotFound(t);
        }
    }

    private static ProblemHttpResult NotFound(IStringLocalizer t) => ApiProblems.NotFound(t["Nothing with this id."]);

    private static ConversationResponse ToResponse(ConversationView view) => new(
        view.Id, new OrganizationReference(view.Initiator.Id, view.Initiator.Name), new OrganizationReference(view.Recipient.Id, view.Recipient.Name),
        view.RecipientReplied,
        view.OtherContact is { } c ? new ContactResponse(c.Name, c.Email, c.Phone) : null,
        [.. view.Messages.Select(m => new MessageResponse(m.Id, m.OrganizationId, m.AuthorName, m.Body, m.SentAt))]);
}
