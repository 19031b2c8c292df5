using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Domain.Initiatives;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Proposals;

namespace WorkwaysPortal.Data.Access;

/// <summary>
/// Which records a viewer may see, as queries: the one rule that lists, details pages, the API and
/// the authorization checks all go through (a record outside the set is answered with 404), so a
/// list can never show what a details page refuses, or the reverse.
/// <list type="bullet">
/// <item>An organization: once verified, everyone; before, its delegates, moderators and administrators.</item>
/// <item>A gap or an initiative follows its organization; a gap raised by a session alone is public. The
/// delegates of an organization invited to an initiative also see that initiative (to answer).</item>
/// <item>A proposal: its proposer's delegates (and administrators) from the first draft; once submitted,
/// also its partners' delegates, moderators and staff.</item>
/// </list>
/// Which records a viewer may change is decided by the authorization handler of each resource, on
/// top of <see cref="ActsFor"/>.
/// </summary>
public static class Visibility
{
    public static IQueryable<Organization> Organizations(PortalDbContext db, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(viewer);
        if (viewer.SeesUnverified)
        {
            return db.Organizations;
        }

        var userId = viewer.UserId;
        return userId is null
            ? db.Organizations.Where(o => o.Status == VerificationStatus.Verified)
            : db.Organizations.Where(o => o.Status == VerificationStatus.Verified || o.Members.Any(m => m.UserId == userId));
    }

    public static IQueryable<Gap> Gaps(PortalDbContext db, Viewer viewer)
    {
        var organizations = Organizations(db, viewer);
        return db.Gaps.Where(g => g.RaisedByOrganizationId == null || organizations.Any(o => o.Id == g.RaisedByOrganizationId));
    }

    public static IQueryable<Initiative> Initiatives(PortalDbContext db, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var organizations = Organizations(db, viewer);
        if (viewer.UserId is null)
        {
            return db.Initiatives.Where(i => organizations.Any(o => o.Id == i.LeadOrganizationId));
        }

        // The delegates of an invited organization see the initiative that invites it, to answer.
        var memberOf = MemberOf(db, viewer);
        return db.Initiatives.Where(i => organizations.Any(o => o.Id == i.LeadOrganizationId)
            || i.Participants.Any(p => memberOf.Contains(p.OrganizationId)));
    }

    public static IQueryable<PartnershipProposal> Proposals(PortalDbContext db, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (viewer.UserId is null)
        {
            return db.Proposals.Where(p => false);
        }

        var actsFor = ActsFor(db, viewer).Select(o => o.Id);
        if (viewer.Oversees)
        {
            return db.Proposals.Where(p => actsFor.Contains(p.ProposerOrganizationId) || p.SubmittedAt != null);
        }

        var memberOf = MemberOf(db, viewer);
        return db.Proposals.Where(p => actsFor.Contains(p.ProposerOrganizationId)
            || p.SubmittedAt != null && p.Targets.Any(t => memberOf.Contains(t.OrganizationId)));
    }

    /// <summary>The organizations the viewer acts for (edits, proposes from): their own, or every one for an administrator.</summary>
    public static IQueryable<Organization> ActsFor(PortalDbContext db, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(db);
        var memberOf = MemberOf(db, viewer);
        return viewer.IsAdmin ? db.Organizations : db.Organizations.Where(o => memberOf.Contains(o.Id));
    }

    /// <summary>Whether the viewer acts for one organization (<see cref="ActsFor"/>), of an organization that exists; no query for anonymous visitors and administrators.</summary>
    public static async Task<bool> ActsForAsync(PortalDbContext db, Viewer viewer, int organizationId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (viewer.UserId is null || viewer.IsAdmin)
        {
            return viewer.IsAdmin;
        }

        return await ActsFor(db, viewer).AnyAsync(o => o.Id == organizationId, ct);
    }

    /// <summary>The ids of the organizations the viewer is a delegate of.</summary>
    public static IQueryable<int> MemberOf(PortalDbContext db, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(viewer);
        var userId = viewer.UserId;
        return db.OrganizationMembers.Where(m => userId != null && m.UserId == userId).Select(m => m.OrganizationId);
    }
}
