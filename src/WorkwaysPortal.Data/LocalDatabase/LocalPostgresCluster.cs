using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace WorkwaysPortal.Data.LocalDatabase;

/// <summary>
/// Starts (creating it on first use) a private PostgreSQL cluster in a folder of ours, reachable
/// through a unix socket in that folder and protected by a generated password. PostgreSQL refuses
/// to run as root, so when we are root the server runs as the <c>postgres</c> OS user.
/// See docs/decisions/002-local-postgresql-launcher.md.
/// </summary>
public sealed class LocalPostgresCluster : IAsyncDisposable
{
    private const string ServerUser = "postgres";
    private readonly LocalPostgresOptions _options;
    private readonly ILogger _logger;
    private readonly string _bin;
    private readonly bool _asRoot;
    private bool _startedByUs;

    private LocalPostgresCluster(LocalPostgresOptions options, ILogger logger, string bin, bool asRoot, string root)
    {
        _options = options;
        _logger = logger;
        _bin = bin;
        _asRoot = asRoot;
        RootDirectory = root;
    }

    public string RootDirectory { get; }

    /// <summary>Where the PostgreSQL programs are (initdb, pg_ctl, pg_dump, pg_restore…).</summary>
    public string BinDirectory => _bin;
    public string DataDirectory => Path.Combine(RootDirectory, "data");
    public string SocketDirectory => Path.Combine(RootDirectory, "socket");
    public string LogFile => Path.Combine(RootDirectory, "server.log");
    private string PasswordFile => Path.Combine(RootDirectory, "password");

    /// <summary>The Npgsql connection string of the cluster's database (available after start).</summary>
    public string ConnectionString { get; private set; } = "";

    public static async Task<LocalPostgresCluster> StartAsync(LocalPostgresOptions options, ILogger logger, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var asRoot = await IsRootAsync(ct);
        var root = Path.GetFullPath(options.Directory is { Length: > 0 } d ? d : LocalPostgresOptions.DefaultDirectory(asRoot));
        var cluster = new LocalPostgresCluster(options, logger, FindBinDirectory(options.BinDirectory), asRoot, root);
        await cluster.StartAsync(ct);
        return cluster;
    }

    private async Task StartAsync(CancellationToken ct)
    {
        Directory.CreateDirectory(RootDirectory);
        if (!File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            await InitializeAsync(ct);
        }

        var password = (await File.ReadAllTextAsync(PasswordFile, ct)).Trim();
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = SocketDirectory,
            Port = _options.Port,
            Username = ServerUser,
            Password = password,
            Database = "postgres",
            Pooling = false,
            Timeout = 5,
        };

        if (!await CanConnectAsync(builder.ConnectionString, ct))
        {
            await StartServerAsync(ct);
            _startedByUs = true;
        }
        else
        {
            _logger.LogInformation("Reusing the PostgreSQL server already running in {Directory}", DataDirectory);
        }

        await EnsureDatabaseAsync(builder.ConnectionString, _options.Database, ct);
        builder.Database = _options.Database;
        builder.Pooling = true;
        builder.Timeout = 15;
        ConnectionString = builder.ConnectionString;
    }

    private async Task InitializeAsync(CancellationToken ct)
    {
        _logger.LogInformation("Creating a PostgreSQL cluster in {Directory}", DataDirectory);
        Directory.CreateDirectory(SocketDirectory);
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        await File.WriteAllTextAsync(PasswordFile, password, ct);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(PasswordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        // initdb reads the superuser password from a file the server user can read; it is removed at once.
        var initPasswordFile = Path.Combine(RootDirectory, ".initdb-password");
        await File.WriteAllTextAsync(initPasswordFile, password, ct);
        try
        {
            await ChownForServerAsync(RootDirectory, ct);
            await ChownForServerAsync(initPasswordFile, ct);
            if (Directory.Exists(DataDirectory) && Directory.EnumerateFileSystemEntries(DataDirectory).Any())
            {
                throw new InvalidOperationException(
                    $"{DataDirectory} exists but holds no PostgreSQL cluster; move it away or set LocalDatabase:Directory.");
            }

            await RunServerToolAsync(
                "initdb",
                ["-D", DataDirectory, "-U", ServerUser, "--auth=scram-sha-256", $"--pwfile={initPasswordFile}", "-E", "UTF8", "--locale=C.UTF-8"],
                ct);
        }
        finally
        {
            File.Delete(initPasswordFile);
        }
    }

    /// <summary>
    /// Creates a streaming standby of this cluster in <paramref name="options"/>' folder (<c>pg_basebackup -R</c>,
    /// run as the server user, over this cluster's unix socket) and starts it: a hot standby that replays
    /// this cluster's changes and answers read-only queries. It shares this cluster's superuser and password
    /// (the roles are copied with the data). PostgreSQL's defaults (<c>wal_level=replica</c>, ten WAL senders,
    /// <c>local replication</c> in pg_hba.conf) are all the primary needs. Used by the read-replica tests and
    /// by docs/operations.md's walk-through.
    /// </summary>
    public async Task<LocalPostgresCluster> StartStandbyAsync(LocalPostgresOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var root = Path.GetFullPath(options.Directory is { Length: > 0 } d ? d : throw new ArgumentException("A standby needs its own directory.", nameof(options)));
        var standby = new LocalPostgresCluster(options, _logger, _bin, _asRoot, root);
        if (!File.Exists(Path.Combine(standby.DataDirectory, "PG_VERSION")))
        {
            _logger.LogInformation("Creating a standby of {Primary} in {Directory}", DataDirectory, standby.DataDirectory);
            Directory.CreateDirectory(root);
            var password = (await File.ReadAllTextAsync(PasswordFile, ct)).Trim();
            await File.WriteAllTextAsync(standby.PasswordFile, password, ct);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(standby.PasswordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            await ChownForServerAsync(root, ct);
            var source = $"host={SocketDirectory} port={_options.Port} user={ServerUser} password={password} application_name=standby";
            await RunServerToolAsync(
                "pg_basebackup",
                ["-D", standby.DataDirectory, "-R", "-X", "stream", "-c", "fast", "-d", source],
                ct);
        }

        await standby.StartAsync(ct);
        return standby;
    }

    /// <summary>Starts the server of an existing cluster (after <see cref="StopServerAsync"/>): fault drills.</summary>
    public async Task StartServerAsync(CancellationToken ct = default)
    {
        Directory.CreateDirectory(SocketDirectory);
        await ChownForServerAsync(SocketDirectory, ct);
        var settings = new StringBuilder()
            .Append("-c listen_addresses=").Append(_options.ListenOnLoopback ? "127.0.0.1" : "''")
            .Append(" -p ").Append(_options.Port)
            .Append(" -k ").Append(SocketDirectory)
            .Append(" -c unix_socket_permissions=0770");
        if (_options.Ephemeral)
        {
            settings.Append(" -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200");
        }

        _logger.LogInformation("Starting PostgreSQL ({Directory}, socket in {Socket})", DataDirectory, SocketDirectory);
        await RunServerToolAsync("pg_ctl", ["-D", DataDirectory, "-l", LogFile, "-w", "-t", "60", "-o", settings.ToString(), "start"], ct);
    }

    private static async Task EnsureDatabaseAsync(string adminConnectionString, string database, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
        exists.Parameters.Add(new NpgsqlParameter { Value = database });
        if (await exists.ExecuteScalarAsync(ct) is null)
        {
            var quoted = "\"" + database.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            await using var create = new NpgsqlCommand($"CREATE DATABASE {quoted} TEMPLATE template0 ENCODING 'UTF8'", connection);
            await create.ExecuteNonQueryAsync(ct);
        }
    }

    private static async Task<bool> CanConnectAsync(string connectionString, CancellationToken ct)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(ct);
            return true;
        }
        catch (NpgsqlException)
        {
            return false;
        }
    }

    /// <summary>Stops the server now (<c>pg_ctl stop -m fast</c>: open sessions are ended), keeping the cluster: fault drills.</summary>
    public Task StopServerAsync(CancellationToken ct = default) =>
        RunServerToolAsync("pg_ctl", ["-D", DataDirectory, "-m", "fast", "-w", "stop"], ct);

    /// <summary>Stops the server if this instance started it; an ephemeral cluster is also deleted.</summary>
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_startedByUs || _options.Ephemeral)
        {
            try
            {
                await RunServerToolAsync("pg_ctl", ["-D", DataDirectory, "-m", "fast", "-w", "stop"], CancellationToken.None);
            }
            catch (InvalidOperationException e)
            {
                _logger.LogWarning(e, "PostgreSQL in {Directory} did not stop cleanly", DataDirectory);
            }
        }

        if (_options.Ephemeral)
        {
            Directory.Delete(RootDirectory, recursive: true);
        }
    }

    private async Task ChownForServerAsync(string path, CancellationToken ct)
    {
        if (_asRoot)
        {
            await RunAsync("chown", ["-R", $"{ServerUser}:{ServerUser}", path], ct);
        }
    }

    private Task<string> RunServerToolAsync(string tool, IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var executable = Path.Combine(_bin, tool);
        return _asRoot
            ? RunAsync("runuser", ["-u", ServerUser, "--", executable, .. arguments], ct)
            : RunAsync(executable, arguments, ct);
    }

    private static async Task<string> RunAsync(string fileName, IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = "/",
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(fileName)} {string.Join(' ', arguments)} failed with exit code {process.ExitCode}: {(await stderr).Trim()} {(await stdout).Trim()}");
        }

        return await stdout;
    }

    private static async Task<bool> IsRootAsync(CancellationToken ct) =>
        !OperatingSystem.IsWindows() && (await RunAsync("id", ["-u"], ct)).Trim() == "0";

    private static string FindBinDirectory(string? configured)
    {
        if (configured is { Length: > 0 })
        {
            return configured;
        }

        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(dir => File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")));
        if (onPath is not null)
        {
            // PATH often holds symlinks (/usr/local/bin/initdb → /usr/lib/postgresql/15/bin/initdb);
            // the real folder also has pg_dump and pg_restore of the same version.
            var target = new FileInfo(Path.Combine(onPath, "initdb")).ResolveLinkTarget(returnFinalTarget: true);
            return target is null ? onPath : Path.GetDirectoryName(target.FullName)!;
        }

        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
        return installed ?? throw new InvalidOperationException(
            "PostgreSQL server binaries (initdb, pg_ctl) were not found on PATH or under /usr/lib/postgresql. " +
            "Install them (apt-get install -y postgresql) or set ConnectionStrings__Portal to an existing database.");
    }
}
