using System.ComponentModel.DataAnnotations;
using WorkwaysPortal.Domain.Proposals;
using WorkwaysPortal.Web.Features.Proposals;

namespace WorkwaysPortal.Web.Features.Moderation.Proposals;

/// <summary>
/// A moderator approves a submitted proposal, rejects it or asks for changes (both with a reason).
/// Two moderators deciding at once: one wins, the other is told who decided. A moderator who is a
/// delegate of one of the organizations involved may not decide (conflict of interest).
/// </summary>
public sealed class ReviewModel(ProposalQueries queries, ProposalActions actions, IStringLocalizer<SharedResource> localizer)
    : ProposalPageModel(queries, localizer)
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

    private async Task<IActionResult> DecideAsync(int id, ProposalAction action, string? reason, string reasonKey, CancellationToken ct) =>
        await AnswerAsync(
            await actions.ApplyAsync(User, id, action, reason, Input.Version, ct),
            id,
            action switch
            {
                ProposalAction.Approve => T["The proposal was approved. It now shows as a partnership on the organizations' pages."],
                ProposalAction.Reject => T["The proposal was rejected. The proposer can see the reason."],
                _ => T["Changes were requested. The proposer can see what to change."],
            },
            "/Moderation/Index",
            null,
            field => field == "reason" ? reasonKey : string.Empty,
            ct);
}
