using Microsoft.AspNetCore.RateLimiting;
using WorkwaysPortal.Domain.Proposals;
using WorkwaysPortal.Web.Features.Proposals;

namespace WorkwaysPortal.Web.Features.Proposals;

/// <summary>The proposer's delegates change a draft, or a proposal a moderator sent back for changes, and may (re)submit it.</summary>
[Authorize]
[EnableRateLimiting(RateLimits.ProposalSubmission)]
public sealed class EditModel(
    PortalDbContext db, ProposalQueries queries, ProposalActions actions, IStringLocalizer<SharedResource> localizer) : ProposalPageModel(queries, localizer)
{
    [BindProperty] public ProposalInput Input { get; set; } = new();
    public ProposalFormView Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await ShowToProposerAsync(id, ct) is { } refusal)
        {
            return refusal;
        }

        if (!ProposalWorkflow.IsEditable(Proposal.State))
        {
            TempData["StatusMessage"] = T["This proposal can no longer be changed."].Value;
            return RedirectToPage("Details", new { id });
        }

        Input = ProposalInput.From(Proposal);
        Form = await ProposalFormView.LoadAsync(db, Proposal.Proposer.Id, Proposal.Proposer.Name, Input, ct);
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(int id, CancellationToken ct) => SaveAsync(id, submit: false, ct);

    public Task<IActionResult> OnPostSubmitAsync(int id, CancellationToken ct) => SaveAsync(id, submit: true, ct);

    private async Task<IActionResult> SaveAsync(int id, bool submit, CancellationToken ct)
    {
        if (await ShowToProposerAsync(id, ct) is { } refusal)
        {
            return refusal;
        }

        var resubmit = Proposal.State == ProposalState.ChangesRequested;
        if (await this.SaveFormAsync(
                Input, actions, Proposal.Proposer.Id, submit, () => actions.EditAsync(User, id, Input.ToDetails(), Input.Version, submit, ct), T, ct) is not null)
        {
            TempData["StatusMessage"] = (submit
                ? resubmit ? T["The proposal was resubmitted. A moderator will review it again."] : T["The proposal was submitted. A moderator will review it."]
                : T["The proposal was saved."]).Value;
            return RedirectToPage("Details", new { id });
        }

        Form = await ProposalFormView.LoadAsync(db, Proposal.Proposer.Id, Proposal.Proposer.Name, Input, ct);
        return Page();
    }
}
