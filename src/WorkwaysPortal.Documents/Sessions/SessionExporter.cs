using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using WorkwaysPortal.Data;
using WorkwaysPortal.Data.Import;
using WorkwaysPortal.Data.Sessions;
using WorkwaysPortal.Domain.Auditing;

namespace WorkwaysPortal.Documents.Sessions;

/// <summary>
/// Renders a session summary in one format and language and records the export in the audit trail:
/// the one implementation behind the portal's downloads and print view and the command-line tool.
/// </summary>
public sealed class SessionExporter(PortalDbContext db, SessionSummaryQuery query, TimeProvider clock)
{
    /// <param name="labels">Translates the summary's labels (English keys) into <paramref name="culture"/>'s language.</param>
    /// <param name="stylesheetHref">For HTML: where the page finds its stylesheet (null: inside the page).</param>
    /// <param name="printHint">For HTML: the on-screen line saying how to print to PDF.</param>
    /// <returns>Null when there is no such session (nothing is audited then).</returns>
    public async Task<SessionExportFile?> ExportAsync(
        int sessionId, SessionExportFormat format, IStringLocalizer labels, CultureInfo culture, AuditActor actor,
        CancellationToken ct, string? stylesheetHref = null, string? printHint = null, string? iconHref = null)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentNullException.ThrowIfNull(actor);
        var language = culture.TwoLetterISOLanguageName == "es" ? "es" : "en";
        var summary = await query.LoadAsync(sessionId, language, ct);
        if (summary is null)
        {
            return null;
        }

        var blocks = SessionSummaryDocument.Build(summary, labels, culture);
        byte[] content;
        switch (format)
        {
            case SessionExportFormat.Markdown:
                content = Encoding.UTF8.GetBytes(SessionMarkdownWriter.Write(blocks));
                break;
            case SessionExportFormat.Docx:
                using (var stream = new MemoryStream())
                {
                    SessionDocxWriter.Write(stream, blocks, language);
                    content = stream.ToArray();
                }

                break;
            default:
                content = Encoding.UTF8.GetBytes(SessionHtmlWriter.Write(blocks, language, stylesheetHref, printHint, iconHref));
                break;
        }

        db.AuditEvents.Add(AuditEvent.Record(
            clock.GetUtcNow(), actor.Id, actor.Name, AuditActions.DataExported, AuditSubjects.Session,
            sessionId.ToString(CultureInfo.InvariantCulture),
            details: JsonSerializer.Serialize(new { format = format.Extension(), language, gaps = summary.Gaps.Count })));
        await db.SaveChangesAsync(ct);

        var fileName = string.Create(
            CultureInfo.InvariantCulture, $"workways-session-{sessionId}-{summary.HeldOn:yyyy-MM-dd}-{language}.{format.Extension()}");
        return new SessionExportFile(content, fileName, format);
    }
}
