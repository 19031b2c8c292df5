using WorkwaysPortal.Data.Notifications;
using WorkwaysPortal.Domain.Notifications;
using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.Web.Features.Organizations;

/// <summary>
/// What moderators, delegates and the people joining or leaving hear about an organization, in the app
/// and by email: the moderators, of a new organization to verify; its delegates, of the decision (with
/// the reason), of a moderator's questions and of changes to their team. Adds rows only; the caller saves
/// them with the action they report.
/// </summary>
public sealed class OrganizationNotifier(NotificationOutbox outbox)
{
    /// <summary>Tells every moderator (and administrator).</summary>
    public async Task ToModeratorsAsync(PortalDbContext db, Organization organization, string kind, string? reason, CancellationToken ct) =>
        await ToAsync(db, organization, kind, await NotificationOutbox.ModeratorsAsync(db, ct), reason, ct);

    /// <summary>Tells the organization's delegates (those saved, and those added in this unit of work).</summary>
    public async Task ToDelegatesAsync(PortalDbContext db, Organization organization, string kind, string? reason, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(organization);
        var recipients = await NotificationOutbox.DelegatesOfAsync(db, [organization.Id], ct);
        recipients.AddRange(organization.Members.Select(m => m.UserId));
        await ToAsync(db, organization, kind, recipients, reason, ct);
    }

    /// <summary>Tells the given people (whoever acts is never told of what they did).</summary>
    public Task ToAsync(PortalDbContext db, Organization organization, string kind, IEnumerable<Guid> recipients, string? reason, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(organization);
        var content = new NotificationContent(kind, organization.Name, reason, null, organization.Id, NotificationLinks.For(kind, null, organization.Id)!);
        return outbox.AddAsync(db, recipients, null, content, ct);
    }

    /// <summary>A moderator verified the organization or did not: its delegates are told, with the reason of a refusal.</summary>
    public async Task AddDecisionAsync(PortalDbContext db, Organization organization, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(organization);
        var kind = organization.Status switch
        {
            VerificationStatus.Verified => NotificationKinds.OrganizationVerified,
            VerificationStatus.Rejected => NotificationKinds.OrganizationRejected,
            _ => null,
        };
        if (kind is not null)
        {
            await ToDelegatesAsync(db, organization, kind, kind == NotificationKinds.OrganizationRejected ? organization.StatusReason : null, ct);
        }
    }
}
