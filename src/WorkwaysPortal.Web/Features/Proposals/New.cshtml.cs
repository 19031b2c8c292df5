using Microsoft.AspNetCore.RateLimiting;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Web.Features.Proposals;

namespace WorkwaysPortal.Web.Features.Proposals;

/// <summary>
/// A delegate proposes a partnership from their organization ({id}) to one or more others. The form
/// may be pre-filled from a link (<c>?to=</c> a partner, <c>&amp;gap=</c> the gap it addresses).
/// </summary>
[Authorize]
[Account.RequireConfirmedEmail]
[EnableRateLimiting(RateLimits.ProposalSubmission)]
public sealed class NewModel(
    PortalDbContext db, IAuthorizationService authorization, ProposalActions actions, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public ProposalInput Input { get; set; } = new();
    public ProposalFormView Form { get; private set; } = null!;
    public int ProposerId { get; private set; }
    public string ProposerName { get; private set; } = "";
    public bool ProposerVerified { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? to, int? gap, CancellationToken ct)
    {
        if (await AuthorizeAsync(id, ct) is { } refusal)
        {
            return refusal;
        }

        if (to is { } partnerId && partnerId != id && await ProposalReferences.Partners(db).AnyAsync(o => o.Id == partnerId, ct))
        {
            Input.Partners.Add(new ProposalInput.PartnerInput { OrganizationId = partnerId });
        }

        if (gap is { } gapId && await ProposalReferences.PublicGaps(db).AnyAsync(g => g.Id == gapId, ct))
        {
            Input.GapId = gapId;
        }

        Form = await ProposalFormView.LoadAsync(db, id, ProposerName, Input, ct);
        return Page();
    }

    public Task<IActionResult> OnPostDraftAsync(int id, CancellationToken ct) => SaveAsync(id, submit: false, ct);

    public Task<IActionResult> OnPostSubmitAsync(int id, CancellationToken ct) => SaveAsync(id, submit: true, ct);

    private async Task<IActionResult> SaveAsync(int id, bool submit, CancellationToken ct)
    {
        if (await AuthorizeAsync(id, ct) is { } refusal)
        {
            return refusal;
        }

        if (await this.SaveFormAsync(Input, actions, id, submit, () => actions.CreateAsync(User, id, Input.ToDetails(), submit, ct), t, ct) is { } outcome)
        {
            TempData["StatusMessage"] = (submit
                ? t["The proposal was submitted. A moderator will review it."]
                : t["The draft was saved. Only your organization's delegates can see it."]).Value;
            return RedirectToPage("Details", new { id = outcome.ProposalId });
        }

        Form = await ProposalFormView.LoadAsync(db, id, ProposerName, Input, ct);
        return Page();
    }

    /// <summary>Only the organization's delegates propose for it (403); an unknown organization is 404.</summary>
    private async Task<IActionResult?> AuthorizeAsync(int id, CancellationToken ct)
    {
        var (organization, refusal) = await this.ForEditAsync(authorization, Visibility.Organizations(db, User.AsViewer()).AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct));
        if (organization is null)
        {
            return refusal;
        }

        ProposerId = organization.Id;
        ProposerName = organization.Name;
        ProposerVerified = organization.Status == VerificationStatus.Verified;
        return null;
    }
}
