using WorkwaysPortal.Data.Notifications;
using WorkwaysPortal.Domain.Notifications;
using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.Web.Features.Organizations;

/// <summary>
/// What moderators and delegates hear about an organization's review, in the app and by email: the
/// moderators, of a new organization to verify; its delegates, of the decision (with the reason) and of
/// a moderator's request for more information. Adds rows only; the caller saves them with the action.
/// </summary>
public sealed class OrganizationNotifier(NotificationOutbox outbox)
{
    /// <summary>A new organization waits for verification: every moderator is told.</summary>
    public async Task AddRegisteredAsync(PortalDbContext db, Organization organization, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(organization);
        var moderators = await NotificationOutbox.ModeratorsAsync(db, ct);
        await outbox.AddAsync(db, moderators, null, Content(NotificationKinds.OrganizationRegistered, organization, null), ct);
    }

    /// <summary>A moderator verified the organization or did not: its delegates are told.</summary>
    public async Task AddAsync(PortalDbContext db, Organization organization, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(organization);
        var kind = organization.Status switch
        {
            VerificationStatus.Verified => NotificationKinds.OrganizationVerified,
            VerificationStatus.Rejected => NotificationKinds.OrganizationRejected,
            _ => null,
        };
        if (kind is null)
        {
            return;
        }

        var reason = kind == NotificationKinds.OrganizationRejected ? organization.StatusReason : null;
        await ToDelegatesAsync(db, organization, organization.DecidedBy, Content(kind, organization, reason), ct);
    }

    /// <summary>A moderator asks the delegates for more information before deciding.</summary>
    public Task AddInformationRequestedAsync(PortalDbContext db, Organization organization, string message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(organization);
        return ToDelegatesAsync(db, organization, null, Content(NotificationKinds.OrganizationInformationRequested, organization, message), ct);
    }

    private async Task ToDelegatesAsync(PortalDbContext db, Organization organization, Guid? alsoActing, NotificationContent content, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var recipients = await NotificationOutbox.DelegatesOfAsync(db, [organization.Id], ct);
        recipients.AddRange(organization.Members.Select(m => m.UserId));
        await outbox.AddAsync(db, recipients, alsoActing, content, ct);
    }

    private static NotificationContent Content(string kind, Organization organization, string? reason) =>
        new(kind, organization.Name, reason, null, organization.Id, NotificationLinks.For(kind, null, organization.Id)!);
}
