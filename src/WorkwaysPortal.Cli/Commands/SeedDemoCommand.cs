using System.CommandLine;
using WorkwaysPortal.Data.Seed;

namespace WorkwaysPortal.Cli.Commands;

/// <summary><c>workways seed-demo</c>: loads the demo data (idempotent; never overwrites what users changed).</summary>
internal static class SeedDemoCommand
{
    public static Command Create(CliContext cli)
    {
        var command = new Command("seed-demo", "Load the demo organizations and one account per role (safe to run again).");
        command.SetAction((_, ct) => cli.RunAsync(token => cli.WithDatabaseAsync(SchemaUse.UpToDate, (services, t) => SeedAsync(cli, services, t), token), ct));
        return command;
    }

    private static async Task<int> SeedAsync(CliContext cli, IServiceProvider services, CancellationToken ct)
    {
        await DemoSeeder.SeedAsync(services, ct);
        await cli.Stdout.WriteLineAsync("Demo data loaded.");
        return CliApp.Success;
    }
}
