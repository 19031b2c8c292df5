using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using WorkwaysPortal.Data.Sessions;
using WorkwaysPortal.Documents.Sessions;
using WorkwaysPortal.Localization;

namespace WorkwaysPortal.Cli.Commands;

/// <summary>
/// <c>workways export session &lt;id&gt; --format md|docx|html --out &lt;file&gt; [--language en|es|fr|pt]</c>: a session summary, the
/// same one the portal offers (the HTML carries its stylesheet inside), with English, Spanish, French or Portuguese labels. Audited. The
/// file is written only once the summary is complete: on any error nothing is written.
/// </summary>
internal static class ExportSessionCommand
{
    public static Command Create(CliContext cli)
    {
        var id = new Argument<int>("id") { Description = "The session's id (the number in its address, /Sessions/<id>)." };
        var format = new Option<string>("--format")
        {
            Description = "md, docx or html.",
            HelpName = "md|docx|html",
            Required = true,
        };
        format.Validators.Add(result =>
        {
            if (result.Tokens is [var token] && SessionExportFormats.Parse(token.Value) is null)
            {
                result.AddError($"--format: '{token.Value}' is not one of md, docx, html.");
            }
        });
        var output = new Option<string>("--out") { Description = "The file to write.", HelpName = "file", Required = true };
        var language = new Option<string>("--language")
        {
            Description = "The language of the summary's labels: en (default), es, fr or pt.",
            HelpName = "en|es|fr|pt",
            DefaultValueFactory = _ => "en",
        };
        language.AcceptOnlyFromAmong([.. PortalLanguages.Supported]);

        var command = new Command("session", "Export a consultation session's summary.") { id, format, output, language };
        command.SetAction((parsed, ct) => cli.RunAsync(
            token => cli.WithDatabaseAsync(
                SchemaUse.UpToDate,
                (services, t) => ExportAsync(
                    cli, services, parsed.GetValue(id), SessionExportFormats.Parse(parsed.GetValue(format))!.Value, parsed.GetValue(output)!,
                    parsed.GetValue(language) ?? PortalLanguages.Default, t),
                token),
            ct));
        return command;
    }

    private static async Task<int> ExportAsync(
        CliContext cli, IServiceProvider services, int id, SessionExportFormat format, string path, string language, CancellationToken ct)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new CliException($"{path}: is a folder, not a file.");
        }

        if (Path.GetDirectoryName(full) is { } folder && !Directory.Exists(folder))
        {
            throw new CliException($"{path}: the folder {folder} does not exist.");
        }

        var exporter = services.GetRequiredService<SessionExporter>();
        var texts = PortalTexts.In(language);
        var file = await exporter.ExportAsync(id, format, texts, texts.Culture, cli.Actor, ct)
            ?? throw new CliException(string.Create(CultureInfo.InvariantCulture, $"session {id}: there is no such session."));

        // Written beside the target and moved over it, so a failure never leaves half a file behind.
        var temporary = full + ".tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            await File.WriteAllBytesAsync(temporary, file.Content, ct);
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            throw new CliException($"{path}: The file cannot be written: {e.Message}", e);
        }

        await cli.Stdout.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture, $"Session {id} exported as {format.Extension()} to {path} ({file.Content.Length} bytes)."));
        return CliApp.Success;
    }
}
