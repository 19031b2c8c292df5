using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using WorkwaysPortal.Data.Import;

namespace WorkwaysPortal.Cli.Commands;

/// <summary>
/// <c>workways import organizations &lt;file&gt;</c>: imports a CSV or JSON file, all or nothing.
/// </summary>
internal static class ImportOrganizationsCommand
{
    public static Command Create(CliContext cli)
    {
        var file = new Argument<string>("file") { Description = "A .csv or .json file in the import format (docs/cli.md)." };
        var command = new Command("organizations", "Import organizations; those already in the directory (same name) are refreshed.") { file };
        command.SetAction((parsed, ct) => cli.RunAsync(token => ImportAsync(cli, parsed.GetRequiredValue(file), token), ct));
        return command;
    }

    private static async Task<int> ImportAsync(CliContext cli, string path, CancellationToken ct)
    {
        // Read the file before opening the database: a typo in the path or a broken file costs nothing.
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var rows = await OrganizationFileReader.ReadFileAsync(path, ct);
        cli.Log.Information("Read {Rows} rows of {File} in {Elapsed}", rows.Count, path, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        return await cli.WithDatabaseAsync(SchemaUse.UpToDate, async (services, token) =>
        {
            var importer = services.GetRequiredService<OrganizationImporter>();
            var result = await importer.ImportAsync(path, rows, cli.Actor, token);
            await cli.Stdout.WriteLineAsync($"Imported {path}: {result.Created} created, {result.Updated} updated.");
            return CliApp.Success;
        }, ct);
    }
}
