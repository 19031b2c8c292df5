using WorkwaysPortal.Data.Notifications;
using WorkwaysPortal.Domain.Notifications;
using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.Web.Features.Organizations;

/// <summary>
/// Tells an organization's delegates that a moderator verified it or did not (with the reason), in
/// the app and by email. Adds rows only; the caller saves them with the decision.
/// </summary>
public sealed class OrganizationNotifier(NotificationOutbox outbox)
{
    public async Task AddAsync(PortalDbContext db, Organization organization, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
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

        var recipients = await NotificationOutbox.DelegatesOfAsync(db, [organization.Id], ct);
        recipients.AddRange(organization.Members.Select(m => m.UserId));

        var reason = kind == NotificationKinds.OrganizationRejected ? organization.StatusReason : null;
        var content = new NotificationContent(kind, organization.Name, reason, null, organization.Id, NotificationLinks.Organization(organization.Id));
        await outbox.AddAsync(db, recipients, organization.DecidedBy, content, ct);
    }
}
