using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using WorkwaysPortal.TestHost;

namespace WorkwaysPortal.IntegrationTests.Operations;

/// <summary>
/// The portal as a real operating-system process: <c>dotnet WorkwaysPortal.Web.dll</c> from the web
/// project's build output, on a port Kestrel picks, for the SIGKILL and SIGTERM drills; with the
/// test endpoints (<see cref="TestEndpoints"/>, through <c>DOTNET_STARTUP_HOOKS</c>) when a drill needs them.
/// </summary>
public sealed partial class PortalProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(2);
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private PortalProcess(Process process) => _process = process;

    public Uri Address { get; private set; } = null!;

    public int Id => _process.Id;

    /// <summary>Everything the process wrote on stdout and stderr so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Starts the portal over <paramref name="connectionString"/> and returns once Kestrel listens.</summary>
    /// <param name="withTestEndpoints">Adds the test endpoints, such as <see cref="ShutdownDrill"/>, to the portal.</param>
    /// <param name="environment">The ASP.NET Core environment (Production logs JSON, also to files: they go to a temporary folder).</param>
    /// <param name="settings">More environment variables (<c>Portal__RequireHttps</c>…).</param>
    public static async Task<PortalProcess> StartAsync(
        string connectionString, bool withTestEndpoints = false, string environment = "Testing", IReadOnlyDictionary<string, string>? settings = null)
    {
        var dll = WebDll();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        start.ArgumentList.Add(dll);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["ConnectionStrings__Portal"] = connectionString;
        start.Environment["Database__SeedDemoData"] = "false";
        start.Environment["Mail__Enabled"] = "false";
        if (environment == "Production")
        {
            // appsettings.Production.json's log files, out of the build output.
            start.Environment["Serilog__WriteTo__File__Args__path"] = Path.Combine(Path.GetTempPath(), "workways-process-logs", "portal-.json");
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }
        if (withTestEndpoints)
        {
            start.Environment["DOTNET_STARTUP_HOOKS"] = typeof(TestEndpoints).Assembly.Location;
        }

        var portal = new PortalProcess(new Process { StartInfo = start, EnableRaisingEvents = true });
        portal._process.OutputDataReceived += (_, e) => portal.Read(e.Data);
        portal._process.ErrorDataReceived += (_, e) => portal.Read(e.Data);
        portal._process.Exited += (_, _) => portal._listening.TrySetException(
            new InvalidOperationException("The portal exited before it listened:\n" + portal.Output));
        portal._process.Start();
        portal._process.BeginOutputReadLine();
        portal._process.BeginErrorReadLine();
        portal.Address = await portal._listening.Task.WaitAsync(StartLimit);
        return portal;
    }

    /// <summary>SIGKILL: the process ends at once, whatever it was doing.</summary>
    public Task KillAsync()
    {
        _process.Kill();
        return _process.WaitForExitAsync();
    }

    /// <summary>SIGTERM, as docker stop, systemd or Kubernetes send it.</summary>
    public async Task TerminateAsync()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
    }

    public Task WaitForExitAsync() => _process.WaitForExitAsync().WaitAsync(StartLimit);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    private void Read(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (ListeningLine().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups[1].Value.TrimEnd('/') + "/"));
        }
    }

    /// <summary>The web project's build output of the same configuration as this test assembly.</summary>
    private static string WebDll()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        for (var directory = testOutput; directory is not null; directory = directory.Parent)
        {
            var dll = Path.Combine(directory.FullName, "src", "WorkwaysPortal.Web", "bin", configuration, framework, "WorkwaysPortal.Web.dll");
            if (File.Exists(dll))
            {
                return dll;
            }
        }

        throw new InvalidOperationException($"No build of WorkwaysPortal.Web ({configuration}, {framework}) above {testOutput.FullName}.");
    }

    /// <summary>Kestrel's line, as text (Testing) or inside a JSON log event (Production: <c>Now listening on: \"http://…\"</c>).</summary>
    [GeneratedRegex(@"Now listening on: \\?""?(http://[^\s""\\]+)")]
    private static partial Regex ListeningLine();
}
