using System.ComponentModel.DataAnnotations;
using WorkwaysPortal.Domain.Proposals;
using WorkwaysPortal.Web.Features.Proposals;

namespace WorkwaysPortal.Web.Features.Proposals;

/// <summary>The proposer's delegates withdraw a proposal before a decision, after confirming; it cannot be undone.</summary>
[Authorize]
public sealed class WithdrawModel(ProposalQueries queries, ProposalActions actions, IStringLocalizer<SharedResource> localizer)
    : ProposalPageModel(queries, localizer)
{
    public sealed class WithdrawInput
    {
        [Display(Name = "I understand that a withdrawn proposal cannot be reopened.")]
        public bool Confirm { get; set; }

        [Display(Name = "Why (optional)")]
        public string? Reason { get; set; }

        public uint? Version { get; set; }
    }

    [BindProperty] public WithdrawInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await ShowToProposerAsync(id, ct) is { } refusal)
        {
            return refusal;
        }

        if (ProposalWorkflow.Next(Proposal.State, ProposalAction.Withdraw) is null)
        {
            TempData["StatusMessage"] = T["This proposal can no longer be withdrawn."].Value;
            return RedirectToPage("Details", new { id });
        }

        Input.Version = Proposal.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await ShowToProposerAsync(id, ct) is { } refusal)
        {
            return refusal;
        }

        if (!Input.Confirm)
        {
            ModelState.AddModelError("Input.Confirm", T["Tick the box to confirm that you want to withdraw the proposal."]);
            return Page();
        }

        var outcome = await actions.ApplyAsync(User, id, ProposalAction.Withdraw, Input.Reason, Input.Version, ct);
        return await AnswerAsync(
            outcome, id, T["The proposal was withdrawn."], "Details", new { id }, field => field == "reason" ? "Input.Reason" : string.Empty, ct);
    }
}
