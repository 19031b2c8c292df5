using System.Net;
using System.Text.RegularExpressions;

namespace WorkwaysPortal.IntegrationTests;

/// <summary>Small readers of the portal's HTML for assertions.</summary>
public static partial class Html
{
    /// <summary>The texts of the links to <c>{prefix}{number}</c> (an item's page), in page order.</summary>
    public static List<string> Links(string html, string prefix) =>
    [
        .. LinkPattern().Matches(html)
            .Where(m => m.Groups["href"].Value.StartsWith(prefix, StringComparison.Ordinal)
                        && int.TryParse(m.Groups["href"].Value.AsSpan(prefix.Length), out _))
            .Select(m => WebUtility.HtmlDecode(m.Groups["text"].Value.Trim())),
    ];

    /// <summary>The text of the field error shown next to the input named <paramref name="field"/>.</summary>
    public static string? FieldError(string html, string field)
    {
        var match = Regex.Match(
            html,
            $"<span class=\"field-validation-error[^\"]*\"[^>]* data-valmsg-for=\"{Regex.Escape(field)}\"[^>]*>(?<message>[^<]*)</span>");
        return match.Success && match.Groups["message"].Value.Length > 0 ? WebUtility.HtmlDecode(match.Groups["message"].Value) : null;
    }

    /// <summary>The markup after the first <paramref name="start"/> up to the next <paramref name="end"/> (a section of a page, by its marker).</summary>
    public static string Between(string html, string start, string end)
    {
        ArgumentNullException.ThrowIfNull(html);
        var from = html.IndexOf(start, StringComparison.Ordinal);
        if (from < 0)
        {
            throw new InvalidOperationException($"The page has no {start}.");
        }

        from += start.Length;
        var to = html.IndexOf(end, from, StringComparison.Ordinal);
        return to < 0 ? html[from..] : html[from..to];
    }

    /// <summary>The message above a form (its validation summary), or null.</summary>
    public static string? FormError(string html)
    {
        var match = FormErrorPattern().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups["message"].Value) : null;
    }

    [GeneratedRegex("<div class=\"alert alert-danger validation-summary-errors\"[^>]*><ul><li>(?<message>[^<]*)</li>")]
    private static partial Regex FormErrorPattern();

    /// <summary>The status message the layout shows after a redirect, or null.</summary>
    public static string? StatusMessage(string html)
    {
        var match = StatusPattern().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups["message"].Value) : null;
    }

    [GeneratedRegex("<div class=\"alert alert-success\" role=\"status\">(?<message>[^<]*)</div>")]
    private static partial Regex StatusPattern();

    [GeneratedRegex("<a href=\"(?<href>[^\"]+)\"[^>]*>(?<text>[^<]*)</a>")]
    private static partial Regex LinkPattern();
}
