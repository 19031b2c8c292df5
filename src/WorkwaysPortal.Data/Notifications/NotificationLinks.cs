using System.Globalization;
using WorkwaysPortal.Domain.Notifications;

namespace WorkwaysPortal.Data.Notifications;

/// <summary>Where a notification leads, as a path of the portal (emails prefix the public base address).</summary>
public static class NotificationLinks
{
    public static string Proposal(int id) => string.Create(CultureInfo.InvariantCulture, $"/Proposals/{id}");

    public static string Organization(int id) => string.Create(CultureInfo.InvariantCulture, $"/Organizations/{id}");

    /// <summary>The moderators' review page of an organization.</summary>
    public static string Review(int id) => string.Create(CultureInfo.InvariantCulture, $"/Moderation/Organizations/Review/{id}");

    /// <summary>An organization's team page.</summary>
    public static string Team(int id) => string.Create(CultureInfo.InvariantCulture, $"/Organizations/{id}/Team");

    /// <summary>A conversation between two organizations.</summary>
    public static string Conversation(int id) => string.Create(CultureInfo.InvariantCulture, $"/Conversations/{id}");

    /// <summary>A gap's page.</summary>
    public static string Gap(int id) => string.Create(CultureInfo.InvariantCulture, $"/Gaps/{id}");

    /// <summary>An initiative's page, where an invited organization's delegates answer.</summary>
    public static string Initiative(int id) => string.Create(CultureInfo.InvariantCulture, $"/Initiatives/{id}");

    /// <summary>Where a notification of <paramref name="kind"/> leads: its conversation, its initiative, its proposal, the reader's alerts, or its organization's page for that kind.</summary>
    public static string? For(string kind, int? proposalId, int? organizationId, int? conversationId = null, int? initiativeId = null) =>
        conversationId is { } conversation ? Conversation(conversation)
        : initiativeId is { } initiative ? Initiative(initiative)
        : kind == NotificationKinds.AlertDigest && organizationId is null ? "/Account/Manage/Alerts"
        : kind == NotificationKinds.GapAlertDigest ? "/Gaps"
        : proposalId is { } proposal ? Proposal(proposal)
        : organizationId is not { } organization ? null
        : kind switch
        {
            NotificationKinds.OrganizationRegistered => Review(organization),
            NotificationKinds.DelegateJoined or NotificationKinds.JoinRequested or NotificationKinds.OrganizationWithoutDelegate => Team(organization),
            _ => Organization(organization),
        };
}
