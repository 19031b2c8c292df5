using Microsoft.AspNetCore.RateLimiting;
using WorkwaysPortal.Domain.Proposals;
using WorkwaysPortal.Web.Features.Proposals;

namespace WorkwaysPortal.Web.Features.Proposals;

/// <summary>
/// A proposal, its partners, its decision and its history. The proposer's delegates see it from the
/// first draft; invited organizations' delegates, moderators and staff once it is submitted;
/// everyone else gets 404. The proposer's steps (submit, resubmit) are taken here; withdrawing asks
/// for confirmation first (<see cref="WithdrawModel"/>); moderators decide on the review page.
/// </summary>
[EnableRateLimiting(RateLimits.ProposalSubmission)]
public sealed class DetailsModel(ProposalQueries queries, ProposalActions actions, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public uint? Version { get; set; }
    public ProposalView Proposal { get; private set; } = null!;
    public ProposalAccess Access { get; private set; } = ProposalAccess.None;

    /// <summary>The proposer's steps that the workflow allows now, for the user to take.</summary>
    public IReadOnlyList<ProposalAction> ProposerActions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await ShowAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostSubmitAsync(int id, CancellationToken ct) => StepAsync(id, ProposalAction.Submit, ct);

    public Task<IActionResult> OnPostResubmitAsync(int id, CancellationToken ct) => StepAsync(id, ProposalAction.Resubmit, ct);

    private async Task<IActionResult> StepAsync(int id, ProposalAction action, CancellationToken ct)
    {
        var outcome = await actions.ApplyAsync(User, id, action, null, Version, ct);
        if (outcome.Succeeded)
        {
            TempData["StatusMessage"] = (action == ProposalAction.Resubmit
                ? t["The proposal was resubmitted. A moderator will review it again."]
                : t["The proposal was submitted. A moderator will review it."]).Value;
            return RedirectToPage("Details", new { id });
        }

        if (this.Refusal(outcome) is { } refused)
        {
            return refused;
        }

        ProposalPages.Add(ModelState, outcome, t, _ => string.Empty);
        return await ShowAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> ShowAsync(int id, CancellationToken ct)
    {
        var (view, access) = await queries.FindAsync(User, id, ct);
        if (view is null)
        {
            return false;
        }

        Proposal = view;
        Access = access;
        ProposerActions = access.ActsForProposer
            ? [.. ProposalWorkflow.ActionsFrom(view.State).Where(a => ProposalWorkflow.ActorOf(a) == ProposalActor.Proposer)]
            : [];
        return true;
    }
}
