using WorkwaysPortal.Data.Auditing;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Initiatives;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Web.Features.Initiatives;

namespace WorkwaysPortal.Web.Features.Sessions;

/// <summary>
/// An initiative from one contribution point, in one click: the initiative form comes filled from the
/// point, led by the participant's organization (which must be a verified one of the directory); saving
/// it records the initiative and links it to the session.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class NewInitiativeModel(
    PortalDbContext db, InitiativeForm form, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public InitiativeInput Input { get; set; } = new();
    public InitiativeFormView Form { get; private set; } = null!;
    public SessionPoint Point { get; private set; } = null!;
    public OrganizationLink Lead { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync([FromRoute] int id, int participant, int point, CancellationToken ct)
    {
        if (await FindAsync(id, participant, point, ct) is not { } found)
        {
            return NotFound();
        }

        var organization = await db.Organizations.AsNoTracking()
            .Where(o => o.Id == Lead.Id)
            .Select(o => new { o.Countries, o.Offers })
            .FirstAsync(ct);
        Input = new InitiativeInput
        {
            Title = found.SuggestedTitle(Initiative.TitleMaxLength),
            Description = found.Description(Initiative.DescriptionMaxLength),
            Countries = found.Participant.Country is { } country ? [country] : [.. organization.Countries],
            Capabilities = [.. organization.Offers],
            Status = InitiativeStatus.Active,
        };
        Form = await form.ViewAsync(Input, Lead.Id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] int id, int participant, int point, CancellationToken ct)
    {
        if (await FindAsync(id, participant, point, ct) is not { } found)
        {
            return NotFound();
        }

        await form.ValidateAsync(Input, ModelState, Lead.Id, ct);
        Form = await form.ViewAsync(Input, Lead.Id, ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow();
        var initiative = Initiative.Record(Lead.Id, Input.ToDetails(), User.Id(), now);
        var initiativeId = await db.AddAuditedAsync(
            initiative,
            initiativeId => SessionAudit.Event(User, now, AuditActions.SessionInitiativeCreated, id, new { initiativeId, participant, point }),
            ct);
        await form.InviteAsync(initiative, User, now, ct);
        found.Session.LinkInitiative(initiativeId, now);
        await db.SaveChangesAsync(ct);

        TempData["StatusMessage"] = t["The initiative was created and linked to the session."].Value;
        return RedirectToPage("/Initiatives/Details", new { id = initiativeId });
    }

    /// <summary>The point, when its participant's organization is a verified one of the directory (else there is no lead).</summary>
    private async Task<SessionPoint?> FindAsync(int id, int participant, int point, CancellationToken ct)
    {
        var found = await SessionPoint.FindAsync(db, id, participant, point, ct);
        var lead = found?.Participant.OrganizationId is { } organizationId
            ? await db.Organizations.AsNoTracking()
                .Where(o => o.Id == organizationId && o.Status == VerificationStatus.Verified)
                .Select(o => new OrganizationLink(o.Id, o.Name, o.Acronym))
                .FirstOrDefaultAsync(ct)
            : null;
        if (found is null || lead is null)
        {
            return null;
        }

        (Point, Lead) = (found, lead);
        return found;
    }
}
