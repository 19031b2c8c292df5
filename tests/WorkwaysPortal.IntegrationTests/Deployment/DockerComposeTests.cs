using System.ComponentModel;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace WorkwaysPortal.IntegrationTests.Deployment;

/// <summary>
/// The container deployment (Dockerfile and docker-compose.yml at the repository root) stays valid.
/// No Docker engine is needed: <c>config</c> only reads and normalizes the compose file. Needs no database.
/// </summary>
public sealed partial class DockerComposeTests
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(1);

    /// <summary>Variables the compose file reads; cleared so that the test checks its defaults.</summary>
    private static readonly string[] ComposeVariables =
        ["POSTGRES_DB", "POSTGRES_USER", "POSTGRES_PASSWORD", "SEED_DEMO_DATA", "PORTAL_PORT", "PORTAL_BIND_ADDRESS", "COMPOSE_FILE", "COMPOSE_PROJECT_NAME",
            "PORTAL_SUBNET", "PROXY_PORT", "PROXY_BIND_ADDRESS", "COMPOSE_PROFILES", "PORTAL_REQUIRE_HTTPS"];

    private static string RepositoryRoot { get; } = FindRepositoryRoot();

    [Fact]
    public async Task Compose_file_is_valid()
    {
        var result = await ComposeAsync("config", "-q");

        Assert.True(result.ExitCode == 0, $"`{result.Command}` exited with {result.ExitCode}: {result.Error}");
        Assert.True(result.Error.Length == 0, $"`{result.Command}` reported: {result.Error}");
    }

    [Fact]
    public async Task Portal_service_uses_the_compose_database_and_listens_on_port_5080()
    {
        var result = await ComposeAsync("config");
        Assert.True(result.ExitCode == 0, $"`{result.Command}` exited with {result.ExitCode}: {result.Error}");

        var portal = ServiceBlock(result.Output, "portal");
        Assert.Contains("ConnectionStrings__Portal: Host=db;", portal, StringComparison.Ordinal);
        Assert.Contains("ASPNETCORE_ENVIRONMENT: Production", portal, StringComparison.Ordinal);

        // The local demo is plain http on localhost: no redirect to https, cookies Secure only over https.
        Assert.Matches(ServesPlainHttp(), portal);
        Assert.Matches(SeedsDemoData(), portal);
        // docker-compose 1.x normalizes the port to `- 127.0.0.1:5080:8080/tcp`, the compose plugin to
        // `host_ip: 127.0.0.1`, `target: 8080`, `published: "5080"`.
        Assert.Matches(Publishes5080(), portal);
        Assert.Matches(Targets8080(), portal);
        Assert.Matches(BindsToLoopback(), portal);
        Assert.Contains("condition: service_healthy", portal, StringComparison.Ordinal);
        Assert.Contains("image: postgres:15", ServiceBlock(result.Output, "db"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scale_profile_runs_a_second_portal_behind_nginx_that_forwards_the_client_headers()
    {
        var result = await ComposeAsync("--profile", "scale", "config");
        Assert.True(result.ExitCode == 0, $"`{result.Command}` exited with {result.ExitCode}: {result.Error}");

        var first = ServiceBlock(result.Output, "portal");
        var second = ServiceBlock(result.Output, "portal-2");
        var proxy = ServiceBlock(result.Output, "proxy");
        Assert.Contains("ConnectionStrings__Portal: Host=db;", second, StringComparison.Ordinal);
        Assert.Matches(DoesNotMigrate(), second);
        Assert.Contains("condition: service_healthy", second, StringComparison.Ordinal);
        Assert.Matches(InScaleProfile(), second);
        Assert.Matches(InScaleProfile(), proxy);
        Assert.DoesNotMatch(InScaleProfile(), first);
        Assert.Matches(MountsNginxConf(), proxy);
        Assert.Contains("ForwardedHeaders__KnownNetworks__0: 172.28.80.0/24", first, StringComparison.Ordinal);
        Assert.Contains("ForwardedHeaders__KnownNetworks__0: 172.28.80.0/24", second, StringComparison.Ordinal);
        Assert.Contains("subnet: 172.28.80.0/24", result.Output, StringComparison.Ordinal);

        var nginx = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot, "deploy", "nginx.conf"));
        Assert.Contains("server portal:8080", nginx, StringComparison.Ordinal);
        Assert.Contains("server portal-2:8080", nginx, StringComparison.Ordinal);
        Assert.Contains("proxy_set_header X-Forwarded-For $remote_addr;", nginx, StringComparison.Ordinal);
        Assert.Contains("proxy_set_header X-Forwarded-Proto $scheme;", nginx, StringComparison.Ordinal);
        Assert.DoesNotContain("$proxy_add_x_forwarded_for", nginx, StringComparison.Ordinal);
        Assert.DoesNotContain("$http_x_forwarded", nginx, StringComparison.Ordinal);
        Assert.Contains("proxy_set_header Host $host;", nginx, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dockerfile_publishes_the_web_project_into_an_aspnet_runtime_image()
    {
        var dockerfile = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot, "Dockerfile"));

        var publish = Assert.Single(dockerfile.Split('\n'), line => line.TrimStart().StartsWith("RUN dotnet publish", StringComparison.Ordinal));
        Assert.Contains("src/WorkwaysPortal.Web/WorkwaysPortal.Web.csproj", publish, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(RepositoryRoot, "src", "WorkwaysPortal.Web", "WorkwaysPortal.Web.csproj")));
        Assert.Contains("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build", dockerfile, StringComparison.Ordinal);
        Assert.Contains("FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime", dockerfile, StringComparison.Ordinal);
        Assert.Contains("EXPOSE 8080", dockerfile, StringComparison.Ordinal);
        Assert.Matches(NonRootUser(), dockerfile);
    }

    /// <summary>Runs <c>docker compose</c> (the plugin) if it works, else <c>docker-compose</c>, on the repository's compose file.</summary>
    private static async Task<CommandResult> ComposeAsync(params string[] arguments)
    {
        var emptyEnvFile = Path.GetTempFileName();
        try
        {
            // An empty env file, so a developer's .env beside the compose file does not change what is checked.
            string[] common = ["--env-file", emptyEnvFile, "-f", Path.Combine(RepositoryRoot, "docker-compose.yml"), .. arguments];
            var plugin = await TryRunAsync("docker", ["compose", "version"]);
            if (plugin is { ExitCode: 0 })
            {
                return await TryRunAsync("docker", ["compose", .. common])
                    ?? throw new InvalidOperationException("`docker` stopped being available during the test.");
            }

            return await TryRunAsync("docker-compose", common)
                ?? throw new Xunit.Sdk.XunitException(
                    "Neither `docker compose` (the Docker CLI plugin) nor `docker-compose` is installed, so docker-compose.yml " +
                    "cannot be validated. Install one of them (on Debian: apt-get install -y docker-compose); no Docker engine is needed.");
        }
        finally
        {
            File.Delete(emptyEnvFile);
        }
    }

    /// <returns>The result, or null when the program is not installed.</returns>
    private static async Task<CommandResult?> TryRunAsync(string fileName, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryRoot,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var variable in ComposeVariables)
        {
            start.Environment.Remove(variable);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        }
        catch (Win32Exception)
        {
            return null;
        }

        using (process)
        {
            using var timeout = new CancellationTokenSource(CommandTimeout);
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var error = process.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"`{fileName} {string.Join(' ', arguments)}` did not finish within {CommandTimeout}.");
            }

            return new CommandResult($"{fileName} {string.Join(' ', arguments)}", process.ExitCode, await output, (await error).Trim());
        }
    }

    /// <summary>The lines of one service in the normalized YAML that <c>config</c> prints (two-space indentation).</summary>
    private static string ServiceBlock(string normalizedYaml, string service)
    {
        var lines = normalizedYaml.ReplaceLineEndings("\n").Split('\n');
        var servicesAt = Array.IndexOf(lines, "services:");
        Assert.True(servicesAt >= 0, "The normalized compose file has no `services:` section:\n" + normalizedYaml);
        var start = Array.FindIndex(lines, servicesAt + 1, line => line == $"  {service}:");
        Assert.True(start >= 0, $"The compose file has no `{service}` service:\n" + normalizedYaml);
        var block = lines.Skip(start + 1).TakeWhile(line => line.Length == 0 || line.StartsWith("   ", StringComparison.Ordinal));
        return string.Join('\n', block);
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "WorkwaysPortal.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds WorkwaysPortal.sln.");
    }

    private sealed record CommandResult(string Command, int ExitCode, string Output, string Error);

    [GeneratedRegex("""Portal__RequireHttps: ["']?false["']?\s*$""", RegexOptions.Multiline)]
    private static partial Regex ServesPlainHttp();

    [GeneratedRegex("""Database__SeedDemoData: ["']?true["']?\s*$""", RegexOptions.Multiline)]
    private static partial Regex SeedsDemoData();

    [GeneratedRegex("""published: ["']?5080["']?\s*$|[\s:"']5080:8080\b""", RegexOptions.Multiline)]
    private static partial Regex Publishes5080();

    [GeneratedRegex("""target: 8080\s*$|[\s:"']5080:8080\b""", RegexOptions.Multiline)]
    private static partial Regex Targets8080();

    [GeneratedRegex("""host_ip: ["']?127\.0\.0\.1["']?\s*$|[\s"']127\.0\.0\.1:5080:8080\b""", RegexOptions.Multiline)]
    private static partial Regex BindsToLoopback();

    [GeneratedRegex("""Database__MigrateOnStartup: ["']?false["']?\s*$""", RegexOptions.Multiline)]
    private static partial Regex DoesNotMigrate();

    [GeneratedRegex("""^\s+profiles:\s*\n\s+- scale\s*$""", RegexOptions.Multiline)]
    private static partial Regex InScaleProfile();

    [GeneratedRegex("""deploy/nginx\.conf:/etc/nginx/nginx\.conf:ro""")]
    private static partial Regex MountsNginxConf();

    [GeneratedRegex("""^USER (\$APP_UID|app)\s*$""", RegexOptions.Multiline)]
    private static partial Regex NonRootUser();
}
