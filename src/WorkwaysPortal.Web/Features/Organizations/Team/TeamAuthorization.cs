using Microsoft.AspNetCore.Authorization.Infrastructure;
using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.Web.Features.Organizations.Team;

/// <summary>What someone may do to an organization's team, checked with <c>IAuthorizationService.AuthorizeAsync(user, organization, operation)</c>.</summary>
public static class TeamOperations
{
    /// <summary>
    /// See the team and change it (invite, revoke, remove, decide requests to join): whoever acts for the
    /// organization (its delegates, administrators); and moderators while it has no delegate.
    /// </summary>
    public static readonly OperationAuthorizationRequirement Manage = new() { Name = "ManageTeam" };

    /// <summary>Give an orphaned organization its first delegate: moderators and administrators, while it has none.</summary>
    public static readonly OperationAuthorizationRequirement AssignDelegate = new() { Name = "AssignDelegate" };

    /// <summary>Leave the team: its delegates.</summary>
    public static readonly OperationAuthorizationRequirement Leave = new() { Name = "LeaveTeam" };
}

/// <summary>
/// Who may do what to an organization's team (<see cref="TeamOperations"/>): memberships are read from the
/// database (<see cref="Visibility"/>), roles from the user. Profile edits stay with <see cref="OwnedRecordAuthorizationHandler{T}"/>.
/// </summary>
public sealed class TeamAuthorizationHandler(PortalDbContext db) : AuthorizationHandler<OperationAuthorizationRequirement, Organization>
{
    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, Organization resource)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requirement);
        ArgumentNullException.ThrowIfNull(resource);
        var viewer = context.User.AsViewer();
        if (viewer.UserId is not { } userId)
        {
            return;
        }

        var allowed = requirement.Name switch
        {
            "ManageTeam" => await Visibility.ActsForAsync(db, viewer, resource.Id, CancellationToken.None) || await MayAssignAsync(viewer, resource.Id),
            "AssignDelegate" => await MayAssignAsync(viewer, resource.Id),
            "LeaveTeam" => await db.OrganizationMembers.AnyAsync(m => m.OrganizationId == resource.Id && m.UserId == userId),
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }
    }

    /// <summary>Moderators look after an organization nobody acts for.</summary>
    private async Task<bool> MayAssignAsync(Viewer viewer, int organizationId) =>
        viewer.SeesUnverified && !await db.OrganizationMembers.AnyAsync(m => m.OrganizationId == organizationId);
}
