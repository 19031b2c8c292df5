using Microsoft.AspNetCore.Mvc.ModelBinding;
using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.Web.Features.Initiatives;

/// <summary>What New and Edit share: the choices the form offers and the checks of what was posted.</summary>
public sealed class InitiativeForm(PortalDbContext db, TaxonomyCatalog catalog, IStringLocalizer<SharedResource> t)
{
    /// <summary>The form with the taxonomy and the verified organizations that may take part (not the lead).</summary>
    public async Task<InitiativeFormView> ViewAsync(InitiativeInput input, int leadOrganizationId, CancellationToken ct)
    {
        var candidates = await db.Organizations.AsNoTracking()
            .Where(o => o.Status == VerificationStatus.Verified && o.Id != leadOrganizationId)
            .OrderBy(o => o.Name)
            .Select(o => new OrganizationLink(o.Id, o.Name, o.Acronym))
            .ToListAsync(ct);
        return new InitiativeFormView(input, await catalog.GetAsync(ct), candidates);
    }

    public async Task ValidateAsync(InitiativeInput input, ModelStateDictionary modelState, int leadOrganizationId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var chosen = input.ParticipantOrganizationIds.Distinct().ToArray();
        var verified = await db.Organizations.AsNoTracking()
            .Where(o => chosen.Contains(o.Id) && o.Status == VerificationStatus.Verified)
            .Select(o => o.Id)
            .ToListAsync(ct);

        // The lead may be ticked by mistake: the initiative drops it from its participants.
        input.Validate(modelState, await catalog.GetAsync(ct), new HashSet<int>([.. verified, leadOrganizationId]), t);
    }
}
