using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using WorkwaysPortal.Data.Auditing;
using WorkwaysPortal.Domain.Initiatives;
using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.Web.Features.Initiatives;

/// <summary>What the initiative form partial needs: the input, the taxonomy, and the organizations one may invite.</summary>
public sealed record InitiativeFormView(InitiativeInput Input, TaxonomySnapshot Taxonomy, IReadOnlyList<OrganizationLink> Candidates);

/// <summary>
/// The initiative form's choices (the taxonomy, the verified organizations that may take part) and
/// checks, and how an initiative is made from it: for New, Edit and a session's new initiative.
/// </summary>
public sealed class InitiativeForm(
    PortalDbContext db, TaxonomyCatalog catalog, InitiativeInvitations invitations, IStringLocalizer<SharedResource> t)
    : IWorkItemForm<Initiative, InitiativeInput, InitiativeFormView>
{
    public IQueryable<Initiative> WithId(int id, Viewer viewer) => Visibility.Initiatives(db, viewer).Include(i => i.Participants).Where(x => x.Id == id);

    public string Saved => t["The initiative was saved."];

    public string ChangedMeanwhile => t["Someone else changed this initiative while you were editing. Reload the page to see their changes."];

    public InitiativeInput NewInput(Organization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        return new InitiativeInput { Countries = [.. organization.Countries] };
    }

    public InitiativeInput InputFrom(Initiative item) => InitiativeInput.From(item);

    public (int Id, string Title, int? OrganizationId) Describe(Initiative item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return (item.Id, item.Title, item.LeadOrganizationId);
    }

    /// <summary>The form with the taxonomy and the verified organizations that may take part (not the lead).</summary>
    public async Task<InitiativeFormView> ViewAsync(InitiativeInput input, int? organizationId, CancellationToken ct)
    {
        var candidates = await Visibility.Organizations(db, Viewer.Anonymous).AsNoTracking()
            .Where(o => o.Id != organizationId)
            .OrderBy(o => o.Name)
            .Select(o => new OrganizationLink(o.Id, o.Name, o.Acronym))
            .ToListAsync(ct);
        return new InitiativeFormView(input, await catalog.GetAsync(ct), candidates);
    }

    public async Task ValidateAsync(InitiativeInput input, ModelStateDictionary modelState, int? organizationId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var chosen = input.ParticipantOrganizationIds.Distinct().ToArray();
        var verified = await Visibility.Organizations(db, Viewer.Anonymous).AsNoTracking()
            .Where(o => chosen.Contains(o.Id))
            .Select(o => o.Id)
            .ToListAsync(ct);

        // The lead may be ticked by mistake: the initiative drops it from its participants.
        input.Validate(modelState, await catalog.GetAsync(ct), new HashSet<int>([.. verified, .. organizationId is { } lead ? [lead] : Array.Empty<int>()]), t);
    }

    /// <summary>Adds the new initiative with its id, and invites the organizations it names (audited, their delegates told).</summary>
    public async Task<Initiative> AddAsync(int organizationId, InitiativeInput input, ClaimsPrincipal user, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        // An initiative whose language nobody gave and its texts do not tell is in its organization's language, not English.
        var language = await db.Organizations.Where(o => o.Id == organizationId).Select(o => o.TextLanguage).FirstOrDefaultAsync(ct);
        var initiative = Initiative.Record(organizationId, input.ToDetails() with { OrganizationLanguage = language }, user.Id(), now);
        await db.AddWithIdAsync(initiative, ct);
        await InviteAsync(initiative, user, now, ct);
        return initiative;
    }

    /// <summary>
    /// Tells the organizations a new initiative (with its id) invites, and audits each invitation: for
    /// a session's new initiative as for the lead's own.
    /// </summary>
    public Task InviteAsync(Initiative initiative, ClaimsPrincipal user, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        return invitations.AddChangesAsync(initiative, new ParticipantChanges([.. initiative.Participants.Select(p => p.OrganizationId)], []), user, now, ct);
    }

    /// <summary>Changes the initiative: new participants are invited, those taken out have their invitation withdrawn.</summary>
    public async Task UpdateAsync(Initiative item, InitiativeInput input, ClaimsPrincipal user, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(input);
        var changes = item.Update(input.ToDetails(), now, user.Id());
        await invitations.AddChangesAsync(item, changes, user, now, ct);
    }
}
