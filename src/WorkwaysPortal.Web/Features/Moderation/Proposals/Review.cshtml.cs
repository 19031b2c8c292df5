using System.ComponentModel.DataAnnotations;
using WorkwaysPortal.Domain.Proposals;
using WorkwaysPortal.Web.Features.Proposals;

namespace WorkwaysPortal.Web.Features.Moderation.Proposals;

/// <summary>
/// A moderator approves a submitted proposal, rejects it or asks for changes (both with a reason).
/// Two moderators deciding at once: one wins, the other is told who decided. A moderator who is a
/// delegate of one of the organizations involved may not decide (conflict of interest).
/// </summary>
public sealed class ReviewModel(ProposalQueries queries, ProposalActions actions, IStringLocalizer<SharedResource> t) : PageModel
{
    public sealed class DecisionInput
    {
        [Display(Name = "Note for the organizations (optional)")]
        public string? ApproveNote { get; set; }

        [Display(Name = "Reason for rejecting")]
        public string? RejectReason { get; set; }

        [Display(Name = "What should change")]
        public string? ChangesReason { get; set; }

        /// <summary>The version the moderator reviewed: a proposal changed since then is not decided blindly.</summary>
        public uint? Version { get; set; }
    }

    [BindProperty] public DecisionInput Input { get; set; } = new();
    public ProposalView Proposal { get; private set; } = null!;
    public ProposalAccess Access { get; private set; } = ProposalAccess.None;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await ShowAsync(id, ct))
        {
            return NotFound();
        }

        Input.Version = Proposal.Version;
        return Page();
    }

    public Task<IActionResult> OnPostApproveAsync(int id, CancellationToken ct) =>
        DecideAsync(id, ProposalAction.Approve, Input.ApproveNote, "Input.ApproveNote", ct);

    public Task<IActionResult> OnPostRejectAsync(int id, CancellationToken ct) =>
        DecideAsync(id, ProposalAction.Reject, Input.RejectReason, "Input.RejectReason", ct);

    public Task<IActionResult> OnPostRequestChangesAsync(int id, CancellationToken ct) =>
        DecideAsync(id, ProposalAction.RequestChanges, Input.ChangesReason, "Input.ChangesReason", ct);

    private async Task<IActionResult> DecideAsync(int id, ProposalAction action, string? reason, string reasonKey, CancellationToken ct)
    {
        var outcome = await actions.ApplyAsync(User, id, action, reason, Input.Version, ct);
        if (outcome.Succeeded)
        {
            TempData["StatusMessage"] = (action switch
            {
                ProposalAction.Approve => t["The proposal was approved. It now shows as a partnership on the organizations' pages."],
                ProposalAction.Reject => t["The proposal was rejected. The proposer can see the reason."],
                _ => t["Changes were requested. The proposer can see what to change."],
            }).Value;
            return RedirectToPage("/Moderation/Index");
        }

        if (this.Refusal(outcome) is { } refused)
        {
            return refused;
        }

        ProposalPages.Add(ModelState, outcome, t, field => field == "reason" ? reasonKey : string.Empty);
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

    private async Task<bool> ShowAsync(int id, CancellationToken ct)
    {
        var (view, access) = await queries.FindAsync(User, id, ct);
        if (view is null)
        {
            return false;
        }

        Proposal = view;
        Access = access;
        return true;
    }
}
