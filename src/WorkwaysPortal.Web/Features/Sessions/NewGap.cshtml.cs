using WorkwaysPortal.Data.Auditing;
using WorkwaysPortal.Domain;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Web.Features.Gaps;

namespace WorkwaysPortal.Web.Features.Sessions;

/// <summary>
/// A gap from one contribution point, in one click: the gap form comes filled from the point (title,
/// text, the participant's country and the capabilities their organization seeks); saving it creates
/// the gap raised in the session (and by the participant's organization, if staff keep it) and links it.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class NewGapModel(PortalDbContext db, GapForm form, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public GapInput Input { get; set; } = new();

    /// <summary>The organization that raises the gap: the participant's, or none (the session alone).</summary>
    [BindProperty] public int? RaisedByOrganizationId { get; set; }

    public GapFormView Form { get; private set; } = null!;
    public SessionPoint Point { get; private set; } = null!;
    public OrganizationLink? ParticipantOrganization { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] int id, int participant, int point, CancellationToken ct)
    {
        if (await SessionPoint.FindAsync(db, id, participant, point, ct) is not { } found)
        {
            return NotFound();
        }

        await ShowAsync(found, ct);
        var organization = await db.Organizations.AsNoTracking()
            .Where(o => o.Id == found.Participant.OrganizationId)
            .Select(o => new { o.Countries, o.Seeks })
            .FirstOrDefaultAsync(ct);
        Input = new GapInput
        {
            Title = found.SuggestedTitle(Gap.TitleMaxLength),
            Description = found.Description(Gap.DescriptionMaxLength),
            Countries = found.Participant.Country is { } country ? [country] : [.. organization?.Countries ?? []],
            Requires = [.. organization?.Seeks ?? []],
        };
        RaisedByOrganizationId = ParticipantOrganization?.Id;
        Form = await form.ViewAsync(Input, RaisedByOrganizationId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] int id, int participant, int point, CancellationToken ct)
    {
        if (await SessionPoint.FindAsync(db, id, participant, point, ct) is not { } found)
        {
            return NotFound();
        }

        await ShowAsync(found, ct);
        await form.ValidateAsync(Input, ModelState, RaisedByOrganizationId, ct);
        if (RaisedByOrganizationId is { } chosen && chosen != ParticipantOrganization?.Id)
        {
            ModelState.AddModelError(nameof(RaisedByOrganizationId), t[UserMessages.UnknownValue, chosen]);
        }

        Form = await form.ViewAsync(Input, RaisedByOrganizationId, ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow();
        var gapId = await db.AddAuditedAsync(
            Gap.RaiseInSession(id, RaisedByOrganizationId, Input.ToDetails(), User.Id(), now),
            gapId => SessionAudit.Event(User, now, AuditActions.SessionGapCreated, id, new { gapId, participant, point }),
            ct);
        found.Session.LinkGap(gapId, now);
        await db.SaveChangesAsync(ct);

        TempData["StatusMessage"] = t["The gap was created and linked to the session."].Value;
        return RedirectToPage("/Gaps/Details", new { id = gapId });
    }

    private async Task ShowAsync(SessionPoint found, CancellationToken ct)
    {
        Point = found;
        ParticipantOrganization = found.Participant.OrganizationId is { } organizationId
            ? await db.Organizations.AsNoTracking()
                .Where(o => o.Id == organizationId)
                .Select(o => new OrganizationLink(o.Id, o.Name, o.Acronym))
                .FirstOrDefaultAsync(ct)
            : null;
    }
}
