using System.ComponentModel.DataAnnotations;
using WorkwaysPortal.Domain.Initiatives;
using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.Web.Features.Initiatives;

/// <summary>One organization's invitation to an initiative and its answer, as the page shows it.</summary>
public sealed record InvitationView(
    int OrganizationId, string Name, ParticipationState State, DateTimeOffset InvitedAt, DateTimeOffset? AnsweredAt, string? AnsweredByName, string? Message);

/// <summary>
/// An initiative's page. Public when its lead organization is verified; before that only that
/// organization's delegates, the delegates of the organizations it invites and the moderators see it
/// (everyone else gets 404). Everyone sees the participants that accepted (issue 13); the lead's
/// delegates, moderators and staff also see every invitation and its answer; an invited organization's
/// delegates see their own invitation and accept or decline it here (declining after ticking a confirmation).
/// </summary>
public sealed class DetailsModel(
    PortalDbContext db, TaxonomyCatalog catalog, IAuthorizationService authorization, InitiativeInvitations invitations,
    IStringLocalizer<SharedResource> t) : PageModel
{
    /// <summary>An invited organization's answer: for which organization, the optional message, and the confirmation a decline needs.</summary>
    public sealed class AnswerInput
    {
        public int? OrganizationId { get; set; }

        [Display(Name = "Message to the lead organization (optional)")]
        public string? Message { get; set; }

        [Display(Name = "I understand that declining cannot be undone.")]
        public bool ConfirmDecline { get; set; }
    }

    [BindProperty] public AnswerInput Answer { get; set; } = new();

    public Initiative Initiative { get; private set; } = null!;
    public OrganizationLink Lead { get; private set; } = null!;

    /// <summary>The organizations that take part: they accepted, and are public.</summary>
    public IReadOnlyList<OrganizationLink> Participants { get; private set; } = [];

    /// <summary>Every invitation and its answer, for the lead's delegates, moderators and staff; empty for anyone else.</summary>
    public IReadOnlyList<InvitationView> Invitations { get; private set; } = [];

    /// <summary>The invitations of the organizations the user is a delegate of, answered or not.</summary>
    public IReadOnlyList<InvitationView> MyInvitations { get; private set; } = [];

    /// <summary>Whether the user sees every invitation (the lead's delegates, moderators, staff and administrators).</summary>
    public bool SeesInvitations { get; private set; }

    public TaxonomySnapshot Taxonomy { get; private set; } = TaxonomySnapshot.Seed;
    public bool MayEdit { get; private set; }

    /// <summary>Whether everyone may see it (its lead is verified), or only its delegates, its invited organizations and the moderators.</summary>
    public bool IsPublic { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] int id, CancellationToken ct) =>
        await ShowAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAcceptAsync([FromRoute] int id, CancellationToken ct) =>
        await AnsweredAsync(
            await invitations.AnswerAsync(User, id, Answer.OrganizationId, accept: true, Answer.Message, ct),
            id,
            t["You accepted the invitation for your organization. The lead organization has been told."],
            ct);

    public async Task<IActionResult> OnPostDeclineAsync([FromRoute] int id, CancellationToken ct)
    {
        if (!Answer.ConfirmDecline)
        {
            if (!await ShowAsync(id, ct) || MyInvitations.Count == 0)
            {
                return NotFound();
            }

            ModelState.AddModelError("Answer.ConfirmDecline", t["Tick the box to confirm that you decline the invitation."]);
            return Page();
        }

        return await AnsweredAsync(
            await invitations.AnswerAsync(User, id, Answer.OrganizationId, accept: false, Answer.Message, ct),
            id,
            t["You declined the invitation for your organization. The lead organization has been told."],
            ct);
    }

    /// <summary>The invitations of the user's organizations still waiting for an answer.</summary>
    public IReadOnlyList<InvitationView> Unanswered => [.. MyInvitations.Where(i => i.State == ParticipationState.Invited)];

    private async Task<IActionResult> AnsweredAsync(InvitationOutcome outcome, int id, string done, CancellationToken ct)
    {
        if (outcome.Succeeded)
        {
            TempData["StatusMessage"] = done;
            return RedirectToPage("Details", new { id });
        }

        if (outcome.Status == InvitationOutcomeStatus.NotFound || !await ShowAsync(id, ct))
        {
            return NotFound();
        }

        foreach (var error in outcome.Errors)
        {
            ModelState.AddModelError(error.Field == "message" ? "Answer.Message" : string.Empty, t[error.Message, [.. error.Arguments]]);
        }

        if (outcome.Message is { } message)
        {
            ModelState.AddModelError(string.Empty, t[message, [.. outcome.Arguments]]);
        }

        return Page();
    }

    /// <summary>Loads the initiative and what this user sees of it; false when they may not see it (404).</summary>
    private async Task<bool> ShowAsync(int id, CancellationToken ct)
    {
        var viewer = User.AsViewer();
        var initiative = await Visibility.Initiatives(db, viewer).AsNoTracking().Include(i => i.Participants).FirstOrDefaultAsync(i => i.Id == id, ct);
        if (initiative is null)
        {
            return false;
        }

        Initiative = initiative;
        Lead = await db.Organizations.AsNoTracking()
            .Where(o => o.Id == initiative.LeadOrganizationId)
            .Select(o => new OrganizationLink(o.Id, o.Name, o.Acronym))
            .SingleAsync(ct);
        IsPublic = await Visibility.Initiatives(db, Viewer.Anonymous).AnyAsync(i => i.Id == id, ct);
        var accepted = initiative.AcceptedParticipantIds.ToList();
        Participants = await Visibility.Organizations(db, Viewer.Anonymous).AsNoTracking()
            .Where(o => accepted.Contains(o.Id))
            .OrderBy(o => o.Name)
            .Select(o => new OrganizationLink(o.Id, o.Name, o.Acronym))
            .ToListAsync(ct);

        var invited = initiative.Participants.Select(p => p.OrganizationId).ToList();
        var mine = await Visibility.MemberOf(db, viewer).Where(o => invited.Contains(o)).ToListAsync(ct);
        SeesInvitations = viewer.Oversees || await Visibility.ActsForAsync(db, viewer, initiative.LeadOrganizationId, ct);
        var shown = SeesInvitations ? invited : mine;
        var names = await Visibility.Organizations(db, viewer).AsNoTracking()
            .Where(o => shown.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var views = initiative.Participants
            .Where(p => names.ContainsKey(p.OrganizationId))
            .Select(p => new InvitationView(p.OrganizationId, names[p.OrganizationId], p.State, p.InvitedAt, p.AnsweredAt, p.AnsweredByName, p.AnswerMessage))
            .OrderBy(v => v.Name, StringComparer.CurrentCulture)
            .ToList();
        Invitations = SeesInvitations ? views : [];
        MyInvitations = [.. views.Where(v => mine.Contains(v.OrganizationId))];

        MayEdit = (await authorization.AuthorizeAsync(User, initiative, Operations.Edit)).Succeeded;
        Taxonomy = await catalog.GetAsync(ct);
        return true;
    }
}
