namespace WorkwaysPortal.Data.LocalDatabase;

/// <summary>
/// Where and how the private PostgreSQL cluster runs when no <c>ConnectionStrings:Portal</c> is
/// configured (configuration section <c>LocalDatabase</c>).
/// </summary>
public sealed class LocalPostgresOptions
{
    public const string SectionName = "LocalDatabase";

    /// <summary>
    /// Folder that holds the cluster (data, socket, password, log). Defaults to
    /// <c>/var/lib/workways-portal</c> for root and <c>~/.local/share/workways-portal</c> otherwise.
    /// </summary>
    public string? Directory { get; set; }

    /// <summary>Database created inside the cluster.</summary>
    public string Database { get; set; } = "workways";

    /// <summary>
    /// Port number of the unix socket, and of 127.0.0.1 when <see cref="ListenOnLoopback"/> is set.
    /// </summary>
    public int Port { get; set; } = 5432;

    /// <summary>Also accept TCP connections on 127.0.0.1 (off: the unix socket is enough).</summary>
    public bool ListenOnLoopback { get; set; }

    /// <summary>Folder with initdb, pg_ctl and postgres; found on PATH or under /usr/lib/postgresql when empty.</summary>
    public string? BinDirectory { get; set; }

    /// <summary>
    /// A throwaway cluster for tests: no fsync, removed when disposed. Never use for real data.
    /// </summary>
    public bool Ephemeral { get; set; }

    public static string DefaultDirectory(bool runningAsRoot) =>
        runningAsRoot
            ? "/var/lib/workways-portal"
            : Path.Combine(
                Environment.GetEnvironmentVariable("XDG_DATA_HOME") is { Length: > 0 } xdg
                    ? xdg
                    : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share"),
                "workways-portal");
}
