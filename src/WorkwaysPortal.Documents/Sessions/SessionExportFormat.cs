namespace WorkwaysPortal.Documents.Sessions;

public enum SessionExportFormat
{
    Markdown,
    Docx,
    Html,
}

public static class SessionExportFormats
{
    /// <summary>The format named <c>md</c>, <c>docx</c> or <c>html</c>, or null.</summary>
    public static SessionExportFormat? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "md" or "markdown" => SessionExportFormat.Markdown,
        "docx" => SessionExportFormat.Docx,
        "html" => SessionExportFormat.Html,
        _ => null,
    };

    public static string Extension(this SessionExportFormat format) => format switch
    {
        SessionExportFormat.Markdown => "md",
        SessionExportFormat.Docx => "docx",
        _ => "html",
    };

    public static string ContentType(this SessionExportFormat format) => format switch
    {
        SessionExportFormat.Markdown => "text/markdown; charset=utf-8",
        SessionExportFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => "text/html; charset=utf-8",
    };
}

/// <summary>A rendered session summary: its bytes and the file name to offer.</summary>
public sealed record SessionExportFile(byte[] Content, string FileName, SessionExportFormat Format);
