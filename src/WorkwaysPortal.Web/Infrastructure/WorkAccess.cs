using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Data;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.Web.Infrastructure;

/// <summary>
/// Who may see and change an initiative or a gap: it follows its organization. Everyone sees the
/// work of verified organizations (and gaps no organization raised); an organization's delegates,
/// moderators and administrators also see the work of an organization that is not verified yet.
/// Only its delegates (and administrators) change it; a gap that a session raised, with no
/// organization, is GFMD staff's to change.
/// </summary>
public sealed class WorkAccess(PortalDbContext db, IAuthorizationService authorization)
{
    /// <summary>The organization with its delegates, tracked, or null when it does not exist.</summary>
    public Task<Organization?> OrganizationAsync(int id, CancellationToken ct) =>
        db.Organizations.Include(o => o.Members).FirstOrDefaultAsync(o => o.Id == id, ct);

    public async Task<bool> MayEditAsync(ClaimsPrincipal user, Organization organization) =>
        (await authorization.AuthorizeAsync(user, organization, OrganizationOperations.Edit)).Succeeded;

    public async Task<bool> MayEditAsync(ClaimsPrincipal user, int? organizationId, CancellationToken ct)
    {
        if (organizationId is not { } id)
        {
            return (await authorization.AuthorizeAsync(user, Policies.Staff)).Succeeded;
        }

        return await OrganizationAsync(id, ct) is { } organization && await MayEditAsync(user, organization);
    }

    /// <summary>Whether the user may see work that belongs to this organization (none: a session's gap).</summary>
    public async Task<bool> MayViewAsync(ClaimsPrincipal user, int? organizationId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (organizationId is not { } id)
        {
            return true;
        }

        var organization = await db.Organizations.AsNoTracking().Include(o => o.Members).FirstOrDefaultAsync(o => o.Id == id, ct);
        return organization is not null
            && (organization.Status == VerificationStatus.Verified
                || user.TryGetId() is { } userId && organization.IsMember(userId)
                || user.IsInRole(Roles.Moderator) || user.IsInRole(Roles.Admin));
    }
}
