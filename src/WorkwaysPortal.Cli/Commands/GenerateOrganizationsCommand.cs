using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using WorkwaysPortal.Data.Import;
using WorkwaysPortal.Data.Synthetic;

namespace WorkwaysPortal.Cli.Commands;

/// <summary>
/// <c>workways generate organizations &lt;count&gt; [--seed N] [--out file]</c>: deterministic synthetic
/// organizations for load tests, written to an import file or imported (verified) into the database.
/// </summary>
internal static class GenerateOrganizationsCommand
{
    public static Command Create(CliContext cli)
    {
        var count = new Argument<int>("count") { Description = $"How many organizations (1 to {SyntheticOrganizations.MaxCount})." };
        count.Validators.Add(result =>
        {
            // A token that is not a number is reported by the parser itself.
            if (result.Tokens is [var token]
                && int.TryParse(token.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
                && value is < 1 or > SyntheticOrganizations.MaxCount)
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"count must be between 1 and {SyntheticOrganizations.MaxCount}."));
            }
        });
        var seed = new Option<int>("--seed")
        {
            Description = "The same seed and count give the same organizations, byte for byte.",
            DefaultValueFactory = _ => SyntheticOrganizations.DefaultSeed,
        };
        var output = new Option<string?>("--out")
        {
            Description = "Write an import file (.csv or .json) instead of importing into the database.",
            HelpName = "file.csv|file.json",
        };

        var command = new Command("organizations", "Generate realistic synthetic organizations for load tests.") { count, seed, output };
        command.SetAction((parsed, ct) => cli.RunAsync(
            token => parsed.GetValue(output) is { } path
                ? ToFileAsync(cli, parsed.GetValue(count), parsed.GetValue(seed), path, token)
                : ToDatabaseAsync(cli, parsed.GetValue(count), parsed.GetValue(seed), token),
            ct));
        return command;
    }

    private static async Task<int> ToFileAsync(CliContext cli, int count, int seed, string path, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            await OrganizationFileWriter.WriteFileAsync(path, SyntheticOrganizations.Generate(count, seed), ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: The file cannot be written: {e.Message}", e);
        }

        await cli.Stdout.WriteLineAsync(
            string.Create(CultureInfo.InvariantCulture, $"Generated {count} organizations (seed {seed}) into {path} in {Seconds(clock)}."));
        return CliApp.Success;
    }

    /// <summary>Imports the organizations as a file would be: validated, verified, one transaction, audited.</summary>
    private static Task<int> ToDatabaseAsync(CliContext cli, int count, int seed, CancellationToken ct) =>
        cli.WithDatabaseAsync(SchemaUse.UpToDate, async (services, token) =>
        {
            var clock = Stopwatch.StartNew();
            var source = string.Create(CultureInfo.InvariantCulture, $"generate organizations {count} --seed {seed}");
            var rows = new List<OrganizationImportRow>(count);
            foreach (var profile in SyntheticOrganizations.Generate(count, seed))
            {
                rows.Add(new OrganizationImportRow(rows.Count + 1, profile));
            }

            var result = await services.GetRequiredService<OrganizationImporter>().ImportAsync(source, rows, cli.Actor, token);
            await cli.Stdout.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"Generated {count} organizations (seed {seed}) into the database: {result.Created} created, {result.Updated} updated, in {Seconds(clock)}."));
            return CliApp.Success;
        }, ct);

    private static string Seconds(Stopwatch clock) => clock.Elapsed.TotalSeconds.ToString("0.0 s", CultureInfo.InvariantCulture);
}
