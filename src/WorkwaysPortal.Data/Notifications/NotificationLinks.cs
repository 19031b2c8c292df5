using System.Globalization;

namespace WorkwaysPortal.Data.Notifications;

/// <summary>Where a notification leads, as a path of the portal (emails prefix the public base address).</summary>
public static class NotificationLinks
{
    public static string Proposal(int id) => string.Create(CultureInfo.InvariantCulture, $"/Proposals/{id}");

    public static string Organization(int id) => string.Create(CultureInfo.InvariantCulture, $"/Organizations/{id}");
}
