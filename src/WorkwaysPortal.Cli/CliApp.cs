using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Serilog;
using WorkwaysPortal.Cli.Commands;

namespace WorkwaysPortal.Cli;

/// <summary>
/// The <c>workways</c> command line, callable in-process (tests pass their own configuration and
/// streams). Exit codes: 0 success, 1 refused input or failure (one line on stderr), 2 usage error.
/// </summary>
internal static class CliApp
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int UsageError = 2;

    public static async Task<int> RunAsync(
        string[] args, IConfiguration configuration, TextReader stdin, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(args);
        await using var log = new LoggerConfiguration().ReadFrom.Configuration(configuration).CreateLogger();
        var cli = new CliContext(configuration, stdin, stdout, stderr, log);
        var root = new RootCommand("Workways Portal administration tool.")
        {
            MigrateCommand.Create(cli),
            SeedDemoCommand.Create(cli),
            new Command("generate", "Synthetic data for load tests.") { GenerateOrganizationsCommand.Create(cli) },
            new Command("import", "Bulk imports.") { ImportOrganizationsCommand.Create(cli) },
            new Command("users", "Accounts and roles.") { UsersAddCommand.Create(cli) },
            new Command("export", "Exports.") { ExportSessionCommand.Create(cli) },
            new Command("alerts", "Saved searches' alerts.") { AlertsRunCommand.Create(cli) },
        };

        var parsed = root.Parse(args);
        var invocation = new InvocationConfiguration
        {
            Output = stdout,
            Error = stderr,
            // Every command reports its own failures in one line (CliContext.RunAsync).
            EnableDefaultExceptionHandler = false,
            // Main cancels on Ctrl+C; tests run many commands in one process.
            ProcessTerminationTimeout = null,
        };
        var exitCode = await parsed.InvokeAsync(invocation, ct);
        return parsed.Errors.Count > 0 ? UsageError : exitCode;
    }
}
