using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace WorkwaysPortal.Web.Features.Proposals;

/// <summary>Shows a refused proposal action on a page: field errors next to their field, anything else above the form.</summary>
public static class ProposalPages
{
    /// <summary>
    /// What New and Edit do with a posted proposal form: the form's own checks, then the action; the
    /// errors of either next to their fields (with the Domain's checks of what the form could not say).
    /// </summary>
    /// <returns>The outcome when the action succeeded, null when the page is to be shown again.</returns>
    public static async Task<ProposalOutcome?> SaveFormAsync(
        this PageModel page, ProposalInput input, ProposalActions actions, int proposerId, bool submit,
        Func<Task<ProposalOutcome>> act, IStringLocalizer t, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actions);
        ArgumentNullException.ThrowIfNull(act);
        input.Validate(page.ModelState, t);
        if (!page.ModelState.IsValid)
        {
            AddMissing(page.ModelState, await actions.CheckAsync(proposerId, input.ToDetails(), submit, ct), t, input.KeyOf);
            return null;
        }

        var outcome = await act();
        if (outcome.Succeeded)
        {
            return outcome;
        }

        Add(page.ModelState, outcome, t, input.KeyOf);
        return null;
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
