namespace WorkwaysPortal.Web.Exports;

/// <summary>The two download links of a list page.</summary>
public sealed record ExportLinks(string CsvHref, string XlsxHref)
{
    public static ExportLinks For(Func<string, string> href)
    {
        ArgumentNullException.ThrowIfNull(href);
        return new(href("csv"), href("xlsx"));
    }
}
