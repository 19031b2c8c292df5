using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace WorkwaysPortal.Data.LocalDatabase;

/// <summary>
/// Decides which database a host uses: <c>ConnectionStrings:Portal</c> when it is set, otherwise the
/// private local cluster, started on demand.
/// </summary>
public static class PortalConnection
{
    public const string Name = "Portal";

    /// <returns>The connection string, and the local cluster when one was started (the caller disposes it).</returns>
    public static async Task<(string ConnectionString, LocalPostgresCluster? Cluster)> ResolveAsync(
        IConfiguration configuration, ILogger logger, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration.GetConnectionString(Name);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return (configured, null);
        }

        var options = configuration.GetSection(LocalPostgresOptions.SectionName).Get<LocalPostgresOptions>() ?? new LocalPostgresOptions();
        var cluster = await LocalPostgresCluster.StartAsync(options, logger, ct);
        return (cluster.ConnectionString, cluster);
    }
}
