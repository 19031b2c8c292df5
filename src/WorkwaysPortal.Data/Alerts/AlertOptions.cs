namespace WorkwaysPortal.Data.Alerts;

/// <summary>The alert job (configuration section <c>Alerts</c>); see docs/operations.md, "Saved searches and alerts".</summary>
public sealed class AlertOptions
{
    public const string Section = "Alerts";

    /// <summary>Whether the portal runs the alert job in the background (off in the Testing environment; <c>workways alerts run</c> works either way).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the background job runs, in seconds.</summary>
    public int IntervalSeconds { get; set; } = 300;

    /// <summary>
    /// How far before a search's last run an organization's change still counts as new, so that a change
    /// committed while a run was reading (or not yet on a standby) is not missed; an organization is still
    /// reported once, since each search keeps those it sent.
    /// </summary>
    public int OverlapSeconds { get; set; } = 600;
}

/// <summary>The portal's name for the shared Data Protection key ring (see <see cref="AlertServices.AddPortalDataProtection"/>).</summary>
public static class PortalApplication
{
    public const string Name = "WorkwaysPortal";
}
