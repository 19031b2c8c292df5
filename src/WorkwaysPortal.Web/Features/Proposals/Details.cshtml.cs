using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.RateLimiting;
using WorkwaysPortal.Domain.Proposals;
using WorkwaysPortal.Web.Features.Proposals;

namespace WorkwaysPortal.Web.Features.Proposals;

/// <summary>
/// A proposal, its partners, its decision and its history. The proposer's delegates see it from the
/// first draft; invited organizations' delegates, moderators and staff once it is submitted;
/// everyone else gets 404. The proposer's steps (submit, resubmit, dropping a partner) are taken here;
/// withdrawing asks for confirmation first (<see cref="WithdrawModel"/>); a partner organization's
/// delegates accept or decline it here (declining after ticking a confirmation); moderators decide on
/// the review page.
/// </summary>
[EnableRateLimiting(RateLimits.ProposalSubmission)]
public sealed class DetailsModel(ProposalQueries queries, ProposalActions actions, IStringLocalizer<SharedResource> localizer)
    : ProposalPageModel(queries, localizer)
{
    /// <summary>A partner's answer: for which organization, the optional message, and the confirmation a decline needs.</summary>
    public sealed class AnswerInput
    {
        public int OrganizationId { get; set; }

        [Display(Name = "Message to the proposer (optional)")]
        public string? Message { get; set; }

        [Display(Name = "I understand that declining cannot be undone.")]
        public bool ConfirmDecline { get; set; }
    }

    [BindProperty] public uint? Version { get; set; }

    [BindProperty] public AnswerInput Answer { get; set; } = new();

    /// <summary>The partner organizations the user answers for that have not answered yet, while the proposal waits for answers.</summary>
    public IReadOnlyList<ProposalPartnerView> Unanswered => [..
        Proposal.Partners.Where(p => p.Answer == PartnerAnswer.Pending && Access.AnswersFor.Contains(p.OrganizationId)
            && ProposalWorkflow.Allows(Proposal.State, ProposalAction.Accept, ProposalActor.Partner))];

    /// <summary>The declined partners the proposer may drop (never the last one).</summary>
    public IReadOnlyList<ProposalPartnerView> Droppable => Access.ActsForProposer && Proposal.Partners.Count > 1
        && ProposalWorkflow.Allows(Proposal.State, ProposalAction.DropPartner, ProposalActor.Proposer)
        ? [.. Proposal.Partners.Where(p => p.Answer == PartnerAnswer.Declined)]
        : [];
    /// <summary>The proposer's steps that the workflow allows now, for the user to take.</summary>
    public IReadOnlyList<ProposalAction> ProposerActions => Access.ActsForProposer
        ? [.. ProposalWorkflow.ActionsFrom(Proposal.State).Where(a => ProposalWorkflow.ActorOf(a) == ProposalActor.Proposer && a != ProposalAction.DropPartner)]
        : [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await ShowAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostSubmitAsync(int id, CancellationToken ct) => StepAsync(id, ProposalAction.Submit, ct);

    public Task<IActionResult> OnPostResubmitAsync(int id, CancellationToken ct) => StepAsync(id, ProposalAction.Resubmit, ct);

    public async Task<IActionResult> OnPostAcceptAsync(int id, CancellationToken ct) =>
        await AnswerAsync(
            await actions.ApplyAsync(User, id, ProposalAction.Accept, Answer.OrganizationId, Answer.Message, Version, ct),
            id,
            T["You accepted the proposal for your organization. The proposer has been told."],
            "Details",
            new { id },
            field => field == "message" ? "Answer.Message" : string.Empty,
            ct);

    public async Task<IActionResult> OnPostDeclineAsync(int id, CancellationToken ct)
    {
        if (!Answer.ConfirmDecline)
        {
            if (!await ShowAsync(id, ct))
            {
                return NotFound();
            }

            ModelState.AddModelError("Answer.ConfirmDecline", T["Tick the box to confirm that you decline the proposal."]);
            return Page();
        }

        return await AnswerAsync(
            await actions.ApplyAsync(User, id, ProposalAction.Decline, Answer.OrganizationId, Answer.Message, Version, ct),
            id,
            T["You declined the proposal for your organization. The proposer has been told."],
            "Details",
            new { id },
            field => field == "message" ? "Answer.Message" : string.Empty,
            ct);
    }

    public async Task<IActionResult> OnPostDropAsync(int id, int organizationId, CancellationToken ct) =>
        await AnswerAsync(
            await actions.ApplyAsync(User, id, ProposalAction.DropPartner, organizationId, null, Version, ct),
            id,
            T["The partner was dropped from the proposal."],
            "Details",
            new { id },
            _ => string.Empty,
            ct);

    private async Task<IActionResult> StepAsync(int id, ProposalAction action, CancellationToken ct) =>
        await AnswerAsync(
            await actions.ApplyAsync(User, id, action, null, Version, ct),
            id,
            action == ProposalAction.Resubmit
                ? T["The proposal was resubmitted. A moderator will review it again once every partner has accepted."]
                : T["The proposal was submitted. Its partners are asked to accept it; then a moderator will review it."],
            "Details",
            new { id },
            _ => string.Empty,
            ct);
}
