using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace WorkwaysPortal.Data.Telemetry;

/// <summary>
/// The portal's own measurements (meter <c>WorkwaysPortal</c>), next to what ASP.NET Core, Npgsql and
/// the runtime report: what operators watch to see the portal doing its job. docs/operations.md lists
/// each one with what to alert on. The instruments are static, so any layer records without a service.
/// </summary>
public static class PortalMetrics
{
    public const string MeterName = "WorkwaysPortal";

    /// <summary>The traces' source of the portal's own spans (matching, mail).</summary>
    public const string ActivitySourceName = "WorkwaysPortal";

    private static readonly Meter Meter = new(MeterName);

    public static ActivitySource ActivitySource { get; } = new(ActivitySourceName);

    /// <summary>Lists of suggested partners served, by target (organization, gap, search).</summary>
    public static Counter<long> MatchesServed { get; } =
        Meter.CreateCounter<long>("workways.matches.served", unit: "{list}", description: "Lists of suggested partners served.");

    /// <summary>How long one list of suggested partners took, candidate retrieval and scoring included.</summary>
    public static Histogram<double> MatchDuration { get; } =
        Meter.CreateHistogram<double>("workways.matches.duration", unit: "s", description: "Time to find and rank suggested partners.");

    /// <summary>Steps of the proposal workflow taken, by action (submit, approve...).</summary>
    public static Counter<long> ProposalTransitions { get; } =
        Meter.CreateCounter<long>("workways.proposals.transitions", unit: "{step}", description: "Proposal workflow steps taken.");

    /// <summary>In-portal notifications added, by kind (each with its email in the outbox when the person has an address).</summary>
    public static Counter<long> NotificationsAdded { get; } =
        Meter.CreateCounter<long>("workways.notifications.added", unit: "{notification}", description: "Notifications added.");

    /// <summary>Emails the outbox sender delivered to the server or pickup folder.</summary>
    public static Counter<long> MailSent { get; } =
        Meter.CreateCounter<long>("workways.mail.sent", unit: "{email}", description: "Emails sent.");

    /// <summary>Attempts to send an email that failed (it is tried again later, up to the configured attempts).</summary>
    public static Counter<long> MailFailures { get; } =
        Meter.CreateCounter<long>("workways.mail.failures", unit: "{attempt}", description: "Failed attempts to send an email.");

    /// <summary>Organizations written by bulk imports, by outcome (created, updated).</summary>
    public static Counter<long> ImportRows { get; } =
        Meter.CreateCounter<long>("workways.import.rows", unit: "{row}", description: "Organizations written by bulk imports.");
}
