using Microsoft.AspNetCore.RateLimiting;
using WorkwaysPortal.Domain.Proposals;
using WorkwaysPortal.Web.Features.Proposals;

namespace WorkwaysPortal.Web.Features.Proposals;

/// <summary>The proposer's delegates change a draft, or a proposal a moderator sent back for changes, and may (re)submit it.</summary>
[Authorize]
[EnableRateLimiting(RateLimits.ProposalSubmission)]
public sealed class EditModel(
    PortalDbContext db, ProposalQueries queries, ProposalActions actions, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public ProposalInput Input { get; set; } = new();
    public ProposalView Proposal { get; private set; } = null!;
    public ProposalFormView Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var (proposal, refusal) = await this.ForProposerAsync(queries, id, ct);
        if (proposal is null)
        {
            return refusal;
        }

        Proposal = proposal;

        if (!ProposalWorkflow.IsEditable(Proposal.State))
        {
            TempData["StatusMessage"] = t["This proposal can no longer be changed."].Value;
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
        var (proposal, refusal) = await this.ForProposerAsync(queries, id, ct);
        if (proposal is null)
        {
            return refusal;
        }

        Proposal = proposal;

        Input.Validate(ModelState, t);
        if (ModelState.IsValid)
        {
            var resubmit = Proposal.State == ProposalState.ChangesRequested;
            var outcome = await actions.EditAsync(User, id, Input.ToDetails(), Input.Version, submit, ct);
            if (outcome.Succeeded)
            {
                TempData["StatusMessage"] = (submit
                    ? resubmit ? t["The proposal was resubmitted. A moderator will review it again."] : t["The proposal was submitted. A moderator will review it."]
                    : t["The proposal was saved."]).Value;
                return RedirectToPage("Details", new { id });
            }

            ProposalPages.Add(ModelState, outcome, t, Input.KeyOf);
        }
        else
        {
            ProposalPages.AddMissing(ModelState, await actions.CheckAsync(Proposal.Proposer.Id, Input.ToDetails(), submit, ct), t, Input.KeyOf);
        }

        Form = await ProposalFormView.LoadAsync(db, Proposal.Proposer.Id, Proposal.Proposer.Name, Input, ct);
        return Page();
    }
}
