using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace WorkwaysPortal.Data;

/// <summary>
/// Where read-only work may go when <c>ConnectionStrings:PortalReadOnly</c> names a streaming standby:
/// an Npgsql multi-host data source over the standby's hosts followed by the primary's, with
/// <see cref="TargetSessionAttributes.PreferStandby"/>. Npgsql opens connections on a standby while one
/// answers, and on the primary when none does (stopped, unreachable, promoted), so a standby that goes
/// away costs no error. See docs/decisions/010-reads-from-a-streaming-standby.md.
/// </summary>
public sealed class ReadReplica : IAsyncDisposable, IDisposable
{
    public const string ConnectionStringName = "PortalReadOnly";

    private readonly NpgsqlMultiHostDataSource _multiHost;

    public ReadReplica(string readOnlyConnectionString, string primaryConnectionString)
    {
        ConnectionString = ConnectionStringFor(readOnlyConnectionString, primaryConnectionString);
        _multiHost = new NpgsqlDataSourceBuilder(ConnectionString).BuildMultiHost();
        DataSource = _multiHost.WithTargetSession(TargetSessionAttributes.PreferStandby);
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        DataServiceCollectionExtensions.Configure(options, DataSource);
        Contexts = new PooledDbContextFactory<PortalDbContext>(options.Options);
    }

    /// <summary>The connection string of <see cref="DataSource"/>: the standby's hosts, then the primary's.</summary>
    public string ConnectionString { get; }

    /// <summary>Connections to a standby when one answers, else to the primary.</summary>
    public NpgsqlDataSource DataSource { get; }

    /// <summary>Contexts over <see cref="DataSource"/>, pooled like the primary's.</summary>
    public IDbContextFactory<PortalDbContext> Contexts { get; }

    /// <summary>
    /// The read-only connection string with the primary's hosts appended (unless already listed, each host
    /// with its port), <c>Target Session Attributes=prefer-standby</c> unless it says otherwise, and the
    /// portal's planner settings. The credentials, database and other settings are the read-only string's:
    /// the same role must be able to sign in on the primary (a physical standby has the primary's roles).
    /// </summary>
    public static string ConnectionStringFor(string readOnlyConnectionString, string primaryConnectionString)
    {
        ArgumentNullException.ThrowIfNull(readOnlyConnectionString);
        ArgumentNullException.ThrowIfNull(primaryConnectionString);
        var read = new NpgsqlConnectionStringBuilder(PortalConnectionString.WithPlannerSettings(readOnlyConnectionString));
        var primary = new NpgsqlConnectionStringBuilder(primaryConnectionString);
        var hosts = HostsOf(read).ToList();
        foreach (var host in HostsOf(primary))
        {
            if (!hosts.Contains(host, StringComparer.OrdinalIgnoreCase))
            {
                hosts.Add(host);
            }
        }

        read.Host = string.Join(',', hosts);
        if (!readOnlyConnectionString.Contains("Target Session", StringComparison.OrdinalIgnoreCase))
        {
            read.TargetSessionAttributes = "prefer-standby";
        }

        return read.ConnectionString;
    }

    /// <summary>Each host of a connection string as <c>host:port</c> (the string's port when the host has none).</summary>
    private static IEnumerable<string> HostsOf(NpgsqlConnectionStringBuilder builder) =>
        (builder.Host ?? "localhost")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(host => HasPort(host) ? host : $"{host}:{builder.Port}");

    private static bool HasPort(string host)
    {
        var colon = host.LastIndexOf(':');
        return colon > 0 && host.IndexOf(']', colon) < 0 && int.TryParse(host.AsSpan(colon + 1), out _);
    }

    public void Dispose() => _multiHost.Dispose();

    public ValueTask DisposeAsync() => _multiHost.DisposeAsync();
}

/// <summary>Whether the current request must read from the primary: its person has just written (read-your-writes).</summary>
public interface IReadYourWrites
{
    bool MustReadPrimary { get; }
}

/// <summary>Outside a web request (the command-line tool, background work) nothing has just been written by a reader.</summary>
public sealed class NoRecentWrites : IReadYourWrites
{
    public bool MustReadPrimary => false;
}

/// <summary>
/// The database of the read-only paths (directory, search, matching, API GETs): the <see cref="ReadReplica"/>
/// when one is configured and the person has not just written, otherwise the request's own
/// <see cref="PortalDbContext"/> on the primary (without <c>PortalReadOnly</c>, always). Nothing is ever
/// written through <see cref="Context"/>: a standby refuses writes.
/// </summary>
public sealed class PortalReads(PortalDbContext primary, NpgsqlDataSource primarySource, IReadYourWrites readYourWrites, ReadReplica? replica = null)
    : IAsyncDisposable, IDisposable
{
    private PortalDbContext? _replicaContext;

    /// <summary>Whether this request's reads go to the read-only data source (a standby, or the primary as its fallback).</summary>
    public bool UsesReplica => replica is not null && !readYourWrites.MustReadPrimary;

    public PortalDbContext Context => UsesReplica ? _replicaContext ??= replica!.Contexts.CreateDbContext() : primary;

    /// <summary>Raw Npgsql for the same reads: the content counters of the cached pages, read where the page is read.</summary>
    public NpgsqlDataSource DataSource => UsesReplica ? replica!.DataSource : primarySource;

    public void Dispose() => _replicaContext?.Dispose();

    public ValueTask DisposeAsync() => _replicaContext?.DisposeAsync() ?? ValueTask.CompletedTask;
}
