using WorkwaysPortal.Domain;
using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Domain.Initiatives;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Proposals;

namespace WorkwaysPortal.Web.Features.Proposals;

/// <summary>
/// What a proposal may refer to: verified organizations as partners, public gaps and initiatives
/// (raised or led by a verified organization, or gaps raised by a session). Used both to check
/// input and to fill the form's choices, so the two cannot disagree.
/// </summary>
public static class ProposalReferences
{
    public static IQueryable<Organization> Partners(PortalDbContext db) =>
        db.Organizations.AsNoTracking().Where(o => o.Status == VerificationStatus.Verified);

    public static IQueryable<Gap> PublicGaps(PortalDbContext db) =>
        db.Gaps.AsNoTracking().Where(g => g.RaisedByOrganizationId == null
            || db.Organizations.Any(o => o.Id == g.RaisedByOrganizationId && o.Status == VerificationStatus.Verified));

    public static IQueryable<Initiative> PublicInitiatives(PortalDbContext db) =>
        db.Initiatives.AsNoTracking().Where(i =>
            db.Organizations.Any(o => o.Id == i.LeadOrganizationId && o.Status == VerificationStatus.Verified));

    /// <summary>Field errors for partners, gap and initiative that the database does not know (or hides).</summary>
    public static async Task<IReadOnlyList<FieldError>> CheckAsync(PortalDbContext db, int proposerOrganizationId, ProposalDetails details, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(details);
        var errors = new List<FieldError>();
        var ids = details.Partners.Select(p => p.OrganizationId).Where(id => id > 0 && id != proposerOrganizationId).Distinct().ToList();
        var known = ids.Count == 0 ? [] : await Partners(db).Where(o => ids.Contains(o.Id)).Select(o => o.Id).ToListAsync(ct);
        for (var i = 0; i < details.Partners.Count; i++)
        {
            var id = details.Partners[i].OrganizationId;
            if (id > 0 && id != proposerOrganizationId && !known.Contains(id))
            {
                errors.Add(new($"partners[{i}].organizationId", UserMessages.UnknownPartner, id));
            }
        }

        if (details.GapId is { } gapId && !await PublicGaps(db).AnyAsync(g => g.Id == gapId, ct))
        {
            errors.Add(new("gapId", UserMessages.UnknownGap, gapId));
        }

        if (details.InitiativeId is { } initiativeId && !await PublicInitiatives(db).AnyAsync(i => i.Id == initiativeId, ct))
        {
            errors.Add(new("initiativeId", UserMessages.UnknownInitiative, initiativeId));
        }

        return errors;
    }
}
