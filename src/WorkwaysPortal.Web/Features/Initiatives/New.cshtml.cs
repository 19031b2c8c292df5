using WorkwaysPortal.Domain.Initiatives;
using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.Web.Features.Initiatives;

/// <summary>
/// An organization's delegates record one of its initiatives. The organization is the one in the
/// address, checked against the signed-in user; nothing in the form can change it.
/// </summary>
[Authorize]
public sealed class NewModel(
    PortalDbContext db, IAuthorizationService authorization, InitiativeForm form, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public InitiativeInput Input { get; set; } = new();
    public InitiativeFormView Form { get; private set; } = null!;
    public OrganizationLink Organization { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync([FromRoute] int organizationId, CancellationToken ct)
    {
        var (organization, refusal) = await this.ForEditAsync(
            authorization, db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == organizationId, ct));
        if (organization is null)
        {
            return refusal;
        }

        Input = new InitiativeInput { Countries = [.. organization.Countries] };
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
        await form.ValidateAsync(Input, ModelState, organization.Id, ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var initiative = Initiative.Record(organization.Id, Input.ToDetails(), User.Id(), clock.GetUtcNow());
        db.Initiatives.Add(initiative);
        await db.SaveChangesAsync(ct);

        TempData["StatusMessage"] = t["The initiative was saved."].Value;
        return RedirectToPage("Details", new { id = initiative.Id });
    }

    private async Task ShowAsync(Organization organization, CancellationToken ct)
    {
        Organization = new OrganizationLink(organization.Id, organization.Name, organization.Acronym);
        Form = await form.ViewAsync(Input, organization.Id, ct);
    }
}
