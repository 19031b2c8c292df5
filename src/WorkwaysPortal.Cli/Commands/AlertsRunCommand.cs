using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using WorkwaysPortal.Data.Alerts;

namespace WorkwaysPortal.Cli.Commands;

/// <summary>
/// <c>workways alerts run [--now]</c>: runs the alert job once, as the portal does in the background, and
/// prints how many digests it sent. Safe while portal instances run it too (each digest is sent once).
/// </summary>
internal static class AlertsRunCommand
{
    public static Command Create(CliContext cli)
    {
        var now = new Option<bool>("--now")
        {
            Description = "Run every active saved search now, ignoring the daily and weekly schedule.",
        };
        var run = new Command("run", "Send the digests of the saved searches that are due (organizations that newly fit them).") { now };
        run.SetAction((parsed, ct) => cli.RunAsync(
            token => cli.WithDatabaseAsync(SchemaUse.UpToDate, (services, t) => RunAsync(cli, services, parsed.GetValue(now), t), token),
            ct));
        return run;
    }

    private static async Task<int> RunAsync(CliContext cli, IServiceProvider services, bool now, CancellationToken ct)
    {
        var result = await services.GetRequiredService<AlertRunner>().RunAsync(now, ct);
        await cli.Stdout.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"Sent {result.Digests} digest(s) with {result.Organizations} organization(s); {result.Searches} saved search(es) run."));
        return CliApp.Success;
    }
}
