using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.Web.Infrastructure;

/// <summary>Names of the authorization policies that pages and endpoints use.</summary>
public static class Policies
{
    /// <summary>Moderators (and administrators) review organizations and proposals.</summary>
    public const string Moderation = "Moderation";

    /// <summary>GFMD staff (and administrators) record sessions and export data.</summary>
    public const string Staff = "Staff";

    /// <summary>Moderators, staff and administrators oversee the pipeline of proposals (e.g. export it).</summary>
    public const string Oversight = "Oversight";

    /// <summary>Administrators manage accounts and roles.</summary>
    public const string Admin = "Admin";

    public static void Configure(AuthorizationOptions options)
    {
        options.AddPolicy(Moderation, p => p.RequireRole(Roles.Moderator, Roles.Admin));
        options.AddPolicy(Staff, p => p.RequireRole(Roles.Staff, Roles.Admin));
        options.AddPolicy(Oversight, p => p.RequireRole(Roles.Moderator, Roles.Staff, Roles.Admin));
        options.AddPolicy(Admin, p => p.RequireRole(Roles.Admin));
    }
}

/// <summary>What someone may do to one organization.</summary>
public static class OrganizationOperations
{
    public static readonly OperationAuthorizationRequirement Edit = new() { Name = nameof(Edit) };
}

/// <summary>Only an organization's own delegates (and administrators) edit it.</summary>
public sealed class OrganizationAuthorizationHandler
    : AuthorizationHandler<OperationAuthorizationRequirement, Organization>
{
    protected override Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, Organization resource)
    {
        if (requirement.Name == OrganizationOperations.Edit.Name
            && (context.User.TryGetId() is { } userId && resource.IsMember(userId) || context.User.IsInRole(Roles.Admin)))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
