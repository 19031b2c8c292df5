using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.Web.Features.Gaps;

/// <summary>
/// An organization's delegates record a gap it needs help with. The organization is the one in the
/// address, checked against the signed-in user; nothing in the form can change it.
/// </summary>
[Authorize]
public sealed class NewModel(
    PortalDbContext db, IAuthorizationService authorization, GapForm form, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public GapInput Input { get; set; } = new();
    public GapFormView Form { get; private set; } = null!;
    public OrganizationLink Organization { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync([FromRoute] int organizationId, CancellationToken ct)
    {
        var (organization, refusal) = await this.ForEditAsync(
            authorization, db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == organizationId, ct));
        if (organization is null)
        {
            return refusal;
        }

        Input = new GapInput { Countries = [.. organization.Countries] };
        await ShowAsync(organization, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] int organizationId, CancellationToken ct)
    {
        var (organization, refusal) = await this.ForEditAsync(
            authorization, db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == organizationId, ct));
        if (organization is null)
        {
            return refusal;
        }

        await ShowAsync(organization, ct);
        await form.ValidateAsync(Input, ModelState, ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var gap = Gap.Raise(organization.Id, Input.ToDetails(), User.Id(), clock.GetUtcNow());
        db.Gaps.Add(gap);
        await db.SaveChangesAsync(ct);

        TempData["StatusMessage"] = t["The gap was saved."].Value;
        return RedirectToPage("Details", new { id = gap.Id });
    }

    private async Task ShowAsync(Organization organization, CancellationToken ct)
    {
        Organization = new OrganizationLink(organization.Id, organization.Name, organization.Acronym);
        Form = await form.ViewAsync(Input, ct);
    }
}
