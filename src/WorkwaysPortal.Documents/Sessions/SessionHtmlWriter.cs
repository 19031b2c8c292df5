using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using WorkwaysPortal.Data;
using WorkwaysPortal.Data.Sessions;

namespace WorkwaysPortal.Documents.Sessions;

/// <summary>
/// A session summary as a print-ready HTML page (A4, no navigation: print it to PDF from the browser).
/// The portal links its stylesheet (its security policy forbids inline styles); a file written by the
/// command-line tool carries the same stylesheet inside, so it opens anywhere.
/// </summary>
public static class SessionHtmlWriter
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The stylesheet of the print view (an embedded resource of this assembly).</summary>
    public static string Stylesheet { get; } = ReadStylesheet();

    /// <param name="stylesheetHref">Where the page finds <see cref="Stylesheet"/>; null to put it inside the page.</param>
    /// <param name="printHint">A line shown on screen only, saying how to print to PDF; null for none.</param>
    /// <param name="iconHref">The page's icon, when it is served by the portal.</param>
    public static string Write(IReadOnlyList<SummaryBlock> blocks, string language, string? stylesheetHref, string? printHint, string? iconHref = null)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var title = blocks.OfType<SummaryTitle>().FirstOrDefault()?.Text ?? "";
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(Encode(language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(title)).Append("</title>\n");
        if (stylesheetHref is null)
        {
            html.Append("<style>\n").Append(Stylesheet).Append("</style>\n");
        }
        else
        {
            html.Append("<link rel=\"stylesheet\" href=\"").Append(Encode(stylesheetHref)).Append("\">\n");
        }

        if (iconHref is not null)
        {
            html.Append("<link rel=\"icon\" href=\"").Append(Encode(iconHref)).Append("\" type=\"image/svg+xml\">\n");
        }

        html.Append("</head>\n<body>\n");
        if (printHint is not null)
        {
            html.Append("<header class=\"print-hint\" data-testid=\"print-hint\"><p>").Append(Encode(printHint)).Append("</p></header>\n");
        }

        html.Append("<main class=\"summary\">\n");
        foreach (var block in blocks)
        {
            switch (block)
            {
                case SummaryTitle t:
                    html.Append("<h1>").Append(Encode(t.Text)).Append("</h1>\n");
                    break;
                case SummaryHeading h:
                    var tag = h.Level == 1 ? "h2" : "h3";
                    html.Append('<').Append(tag).Append('>').Append(Encode(h.Text)).Append("</").Append(tag).Append(">\n");
                    break;
                case SummaryParagraph p:
                    html.Append(p.Quiet ? "<p class=\"quiet\">" : "<p>").Append(Encode(p.Text)).Append("</p>\n");
                    break;
                case SummaryFacts f:
                    html.Append("<dl class=\"facts\">\n");
                    foreach (var (label, value) in f.Facts)
                    {
                        html.Append("<dt>").Append(Encode(label)).Append("</dt><dd>").Append(Encode(value)).Append("</dd>\n");
                    }

                    html.Append("</dl>\n");
                    break;
                case SummaryList l:
                    var list = l.Numbered ? "ol" : "ul";
                    html.Append('<').Append(list).Append(">\n");
                    foreach (var item in l.Items)
                    {
                        html.Append("<li>").Append(Encode(item)).Append("</li>\n");
                    }

                    html.Append("</").Append(list).Append(">\n");
                    break;
                case SummaryTable table:
                    html.Append("<table>\n<thead><tr>");
                    foreach (var header in table.Headers)
                    {
                        html.Append("<th scope=\"col\">").Append(Encode(header)).Append("</th>");
                    }

                    html.Append("</tr></thead>\n<tbody>\n");
                    foreach (var row in table.Rows)
                    {
                        html.Append("<tr>");
                        foreach (var cell in row)
                        {
                            html.Append("<td>").Append(Encode(cell)).Append("</td>");
                        }

                        html.Append("</tr>\n");
                    }

                    html.Append("</tbody>\n</table>\n");
                    break;
            }
        }

        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Encode(string text) => Encoder.Encode(text);

    private static string ReadStylesheet()
    {
        using var stream = typeof(SessionHtmlWriter).Assembly.GetManifestResourceStream("WorkwaysPortal.Documents.Sessions.SessionSummary.css")
            ?? throw new InvalidOperationException("The session summary stylesheet is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
