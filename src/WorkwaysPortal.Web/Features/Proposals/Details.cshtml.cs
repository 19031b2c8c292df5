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
public sealed class DetailsModel(ProposalQueries queries, ProposalActions actions, IStringLocalizer<SharedResource> localizer)
    : ProposalPageModel(queries, localizer)
{
    [BindProperty] public uint? Version { get; set; }
    /// <summary>The proposer's steps that the workflow allows now, for the user to take.</summary>
    public IReadOnlyList<ProposalAction> ProposerActions => Access.ActsForProposer
        ? [.. ProposalWorkflow.ActionsFrom(Proposal.State).Where(a => ProposalWorkflow.ActorOf(a) == ProposalActor.Proposer)]
        : [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await ShowAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostSubmitAsync(int id, CancellationToken ct) => StepAsync(id, ProposalAction.Submit, ct);

    public Task<IActionResult> OnPostResubmitAsync(int id, CancellationToken ct) => StepAsync(id, ProposalAction.Resubmit, ct);

    private async Task<IActionResult> StepAsync(int id, ProposalAction action, CancellationToken ct) =>
        await AnswerAsync(
            await actions.ApplyAsync(User, id, action, null, Version, ct),
            id,
            action == ProposalAction.Resubmit
                ? T["The proposal was resubmitted. A moderator will review it again."]
                : T["The proposal was submitted. A moderator will review it."],
            "Details",
            new { id },
            _ => string.Empty,
            ct);
}
