using Microsoft.Extensions.Configuration;
using WorkwaysPortal.Cli;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Cli;

/// <summary>
/// Runs the <c>workways</c> command line in-process against the test database, from an empty
/// directory and a scratch folder for input files.
/// </summary>
public abstract class CliTest(PortalDatabaseFixture database) : IAsyncLifetime
{
    protected PortalDatabaseFixture Database { get; } = database;

    protected string Folder { get; } = Path.Combine(Path.GetTempPath(), "workways-cli-tests-" + Guid.NewGuid().ToString("N"));

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        await Database.ResetAsync();
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }

    protected Task<CliResult> RunAsync(params string[] args) => RunWithInputAsync("", args);

    protected async Task<CliResult> RunWithInputAsync(string stdin, params string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Portal"] = Database.ConnectionString })
            .Build();
        using var input = new StringReader(stdin);
        await using var output = new StringWriter();
        await using var error = new StringWriter();
        var exitCode = await CliApp.RunAsync(args, configuration, input, output, error, CancellationToken.None);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    protected async Task<string> WriteFileAsync(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        await File.WriteAllTextAsync(path, content);
        return path;
    }
}

public sealed record CliResult(int ExitCode, string Stdout, string Stderr);
