namespace WorkwaysPortal.Web.Features.Proposals;

/// <summary>
/// What the pages about one proposal share (its page, edit, withdraw, the moderators' review): the
/// proposal as the user may see it and what they may do with it, and the answer to an action's outcome.
/// </summary>
public abstract class ProposalPageModel(ProposalQueries queries, IStringLocalizer<SharedResource> t) : PageModel
{
    public ProposalView Proposal { get; private set; } = null!;
    public ProposalAccess Access { get; private set; } = ProposalAccess.None;

    /// <summary>The UI's texts.</summary>
    protected IStringLocalizer<SharedResource> T => t;

    /// <summary>Loads the proposal; false when the user may not see it (the page answers 404).</summary>
    protected async Task<bool> ShowAsync(int id, CancellationToken ct)
    {
        var (view, access) = await queries.FindAsync(User, id, ct);
        if (view is null)
        {
            return false;
        }

        (Proposal, Access) = (view, access);
        return true;
    }

    /// <summary>For the proposer's own pages: null when the user acts for the proposer, else 404 (may not see it) or 403.</summary>
    protected async Task<IActionResult?> ShowToProposerAsync(int id, CancellationToken ct)
    {
        if (!await ShowAsync(id, ct))
        {
            return NotFound();
        }

        return Access.ActsForProposer ? null : Forbid();
    }

    /// <summary>
    /// The answer to an action: on success the status message and a redirection; a refusal outright
    /// (hidden proposal, not allowed) as 404 or 403; anything else next to the fields, with the page shown again.
    /// </summary>
    /// <param name="keyOf">The model-state key of an API field name ("title" → "Input.Title"); "" for the summary.</param>
    protected async Task<IActionResult> AnswerAsync(
        ProposalOutcome outcome, int id, string done, string redirectTo, object? routeValues, Func<string, string> keyOf, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Succeeded)
        {
            TempData["StatusMessage"] = done;
            return RedirectToPage(redirectTo, routeValues);
        }

        if (outcome.Status == ProposalOutcomeStatus.NotFound)
        {
            return NotFound();
        }

        if (outcome.Status == ProposalOutcomeStatus.Forbidden && outcome.Message is null)
        {
            return Forbid();
        }

        ProposalPages.Add(ModelState, outcome, t, keyOf);
        if (!await ShowAsync(id, ct))
        {
            return NotFound();
        }

        if (outcome.Status == ProposalOutcomeStatus.Forbidden)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }

        return Page();
    }
}
