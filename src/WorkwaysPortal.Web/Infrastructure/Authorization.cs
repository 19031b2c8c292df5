using System.Security.Claims;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using WorkwaysPortal.Domain.Accounts;

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

/// <summary>What someone may do to one record, checked with <c>IAuthorizationService.AuthorizeAsync(user, record, operation)</c>.</summary>
public static class Operations
{
    /// <summary>Change the record (an organization's profile, an initiative, a gap, a proposal's draft).</summary>
    public static readonly OperationAuthorizationRequirement Edit = new() { Name = nameof(Edit) };
}

public static class AuthorizationExtensions
{
    /// <summary>Registers who may change records of type <typeparamref name="T"/>: whoever acts for the organization <paramref name="owner"/> names.</summary>
    public static IServiceCollection AddOwnedRecordRule<T>(this IServiceCollection services, Func<T, int?> owner) =>
        services.AddScoped<IAuthorizationHandler>(provider =>
            new OwnedRecordAuthorizationHandler<T>(provider.GetRequiredService<PortalDbContext>(), owner));

    /// <summary>The signed-in user (or an anonymous visitor) as the Data layer's access rules see them.</summary>
    public static Viewer AsViewer(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.TryGetId() is { } id
            ? new Viewer(id, user.IsInRole(Roles.Moderator), user.IsInRole(Roles.Staff), user.IsInRole(Roles.Admin))
            : Viewer.Anonymous;
    }
}

/// <summary>
/// Who may change a record that belongs to an organization (the organization itself, its initiatives,
/// its gaps): whoever acts for that organization, its delegates and administrators
/// (<see cref="Visibility.ActsFor"/>). A record of no organization (a gap a session raised) is GFMD
/// staff's. One instance per kind of record, registered by its feature (<see cref="AuthorizationExtensions.AddOwnedRecordRule"/>).
/// </summary>
public sealed class OwnedRecordAuthorizationHandler<T>(PortalDbContext db, Func<T, int?> owner)
    : AuthorizationHandler<OperationAuthorizationRequirement, T>
{
    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, T resource)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requirement);
        if (requirement.Name != Operations.Edit.Name)
        {
            return;
        }

        var viewer = context.User.AsViewer();
        var allowed = owner(resource) is { } organizationId
            ? await Visibility.ActsForAsync(db, viewer, organizationId, CancellationToken.None)
            : viewer.ActsForSessions;
        if (allowed)
        {
            context.Succeed(requirement);
        }
    }
}
