using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Data.Seed;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.IntegrationTests.Seed;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Cli;

[Collection(PortalDatabaseCollection.Name)]
public sealed class ExportSessionCommandTests(PortalDatabaseFixture database) : CliTest(database)
{
    private async Task<int> DemoSessionAsync()
    {
        await DemoSeeding.SeedAsync(Database);
        await using var db = Database.CreateDbContext();
        return await db.Sessions.Where(s => s.Title == DemoSession.Title).Select(s => s.Id).SingleAsync();
    }

    [Theory]
    [InlineData("md")]
    [InlineData("docx")]
    [InlineData("html")]
    public async Task Each_format_is_written_and_audited(string format)
    {
        var id = await DemoSessionAsync();
        var path = Path.Combine(Folder, "summary." + format);

        var result = await RunAsync("export", "session", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", format, "--out", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        Assert.StartsWith($"Session {id} exported as {format} to {path}", result.Stdout, StringComparison.Ordinal);
        var text = format == "docx"
            ? ReadDocx(path)
            : System.Net.WebUtility.HtmlDecode((await File.ReadAllTextAsync(path)).Replace("\\", "", StringComparison.Ordinal));
        Assert.Contains("Partnership opportunities", text, StringComparison.Ordinal);
        Assert.All(DemoSession.Participants, p => Assert.Contains(p.Name, text, StringComparison.Ordinal));
        Assert.All(DemoSession.Agreements, a => Assert.Contains(a, text, StringComparison.Ordinal));
        if (format == "html")
        {
            // A file opens anywhere: its stylesheet is inside.
            Assert.Contains("<style>", text, StringComparison.Ordinal);
            Assert.Contains("@media print", text, StringComparison.Ordinal);
        }

        await using var db = Database.CreateDbContext();
        var audit = await db.AuditEvents.SingleAsync(e => e.Action == AuditActions.DataExported);
        Assert.Equal((AuditSubjects.Session, id.ToString(System.Globalization.CultureInfo.InvariantCulture)), (audit.SubjectType, audit.SubjectId));
        Assert.StartsWith("cli:", audit.ActorName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Spanish_labels_come_with_language_es()
    {
        var id = await DemoSessionAsync();
        var path = Path.Combine(Folder, "resumen.md");

        var result = await RunAsync("export", "session", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", "md", "--out", path, "--language", "es");

        Assert.Equal(0, result.ExitCode);
        var markdown = await File.ReadAllTextAsync(path);
        Assert.Contains("## Oportunidades de alianza", markdown, StringComparison.Ordinal);
        Assert.Contains("## Acuerdos y conclusiones", markdown, StringComparison.Ordinal);
        Assert.Contains("Canadá", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_session_is_one_line_on_stderr_and_nothing_is_written()
    {
        await DemoSessionAsync();
        var path = Path.Combine(Folder, "missing.md");

        var result = await RunAsync("export", "session", "987654", "--format", "md", "--out", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("session 987654: there is no such session.", result.Stderr.Trim());
        Assert.False(File.Exists(path));
        Assert.Empty(Directory.GetFiles(Folder));
    }

    [Fact]
    public async Task An_unknown_format_is_a_usage_error_and_nothing_is_written()
    {
        var id = await DemoSessionAsync();
        var path = Path.Combine(Folder, "summary.pdf");

        var result = await RunAsync("export", "session", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", "pdf", "--out", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--format: 'pdf' is not one of md, docx, html.", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task A_folder_that_does_not_exist_is_one_line_and_nothing_is_audited()
    {
        var id = await DemoSessionAsync();
        var path = Path.Combine(Folder, "no-such-folder", "summary.md");

        var result = await RunAsync("export", "session", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", "md", "--out", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Single(result.Stderr.Trim().Split('\n'));
        Assert.StartsWith(path + ": the folder", result.Stderr, StringComparison.Ordinal);
        await using var db = Database.CreateDbContext();
        Assert.Equal(0, await db.AuditEvents.CountAsync(e => e.Action == AuditActions.DataExported));
    }

    private static string ReadDocx(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        return string.Join("\n", document.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }
}
