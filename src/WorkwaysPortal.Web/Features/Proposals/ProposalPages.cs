using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace WorkwaysPortal.Web.Features.Proposals;

/// <summary>
/// What the proposal pages share: loading a proposal for its proposer's delegates, and answering an
/// action's outcome (a refusal as 404 or 403; field errors next to their field, anything else above the form).
/// </summary>
public static class ProposalPages
{
    /// <returns>The proposal, or null and the answer instead: 404 for a proposal the user may not see, 403 for one they see but do not act for the proposer of (an invited organization, a moderator).</returns>
    public static async Task<(ProposalView? View, IActionResult Refusal)> ForProposerAsync(
        this PageModel page, ProposalQueries queries, int id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(queries);
        var (view, access) = await queries.FindAsync(page.User, id, ct);
        if (view is null)
        {
            return (null, page.NotFound());
        }

        return access.ActsForProposer ? (view, page.Page()) : (null, page.Forbid());
    }

    /// <summary>The answer to an action that was refused outright (the proposal is hidden from the user, or they may not act), or null.</summary>
    public static IActionResult? Refusal(this PageModel page, ProposalOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Status switch
        {
            ProposalOutcomeStatus.NotFound => page.NotFound(),
            ProposalOutcomeStatus.Forbidden when outcome.Message is null => page.Forbid(),
            _ => null,
        };
    }

    /// <summary>Adds field errors to fields that have none yet (a page's own check came first).</summary>
    public static void AddMissing(ModelStateDictionary modelState, IReadOnlyList<Domain.Organizations.FieldError> errors, IStringLocalizer t, Func<string, string> keyOf)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(keyOf);
        foreach (var error in errors)
        {
            var key = keyOf(error.Field);
            if (modelState.GetFieldValidationState(key) != ModelValidationState.Invalid)
            {
                modelState.AddModelError(key, ProposalText.Message(t, error.Message, error.Arguments));
            }
        }
    }

    /// <param name="keyOf">The model-state key of an API field name ("title" → "Input.Title"); "" for the summary.</param>
    public static void Add(ModelStateDictionary modelState, ProposalOutcome outcome, IStringLocalizer t, Func<string, string> keyOf)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(keyOf);
        foreach (var error in outcome.Errors)
        {
            modelState.AddModelError(keyOf(error.Field), ProposalText.Message(t, error.Message, error.Arguments));
        }

        if (outcome.Message is not null)
        {
            modelState.AddModelError(string.Empty, ProposalText.Message(t, outcome.Message, outcome.Arguments));
        }
    }
}
