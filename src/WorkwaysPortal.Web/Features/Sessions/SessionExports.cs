using System.Globalization;
using System.Security.Claims;
using WorkwaysPortal.Data.Sessions;
using WorkwaysPortal.Documents.Sessions;

namespace WorkwaysPortal.Web.Features.Sessions;

/// <summary>The session summary in the language asked for (the UI's by default), through the shared exporter.</summary>
public static class SessionExports
{
    public static async Task<SessionExportFile?> RenderAsync(
        SessionExporter exporter, IStringLocalizer<SharedResource> t, ClaimsPrincipal user, int id, SessionExportFormat format,
        string? language, CancellationToken ct, string? stylesheetHref = null, string? printHint = null, string? iconHref = null)
    {
        ArgumentNullException.ThrowIfNull(exporter);
        ArgumentNullException.ThrowIfNull(t);

        // The localizer reads the UI culture when it is asked: the summary's labels follow the language chosen.
        var requested = language?.Trim().ToLowerInvariant();
        var culture = PortalLanguages.IsSupported(requested) ? CultureInfo.GetCultureInfo(requested!) : CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        CultureInfo.CurrentCulture = culture;
        return await exporter.ExportAsync(
            id, format, t, culture, SessionAudit.Actor(user), ct, stylesheetHref, printHint is null ? null : t[printHint].Value, iconHref);
    }
}
