using System.Net;
using System.Text.RegularExpressions;

namespace WorkwaysPortal.IntegrationTests.Features.Sessions;

/// <summary>Reads the values a browser would post from a rendered form: inputs, checked boxes, selected options and textareas.</summary>
public static partial class FormFields
{
    public static IEnumerable<KeyValuePair<string, string>> Read(string html)
    {
        foreach (Match input in Input().Matches(html))
        {
            var tag = input.Value;
            var name = Attribute(tag, "name");
            var type = Attribute(tag, "type") ?? "text";
            if (name is null || (type is "checkbox" or "radio" && !tag.Contains(" checked", StringComparison.Ordinal)) || type == "submit")
            {
                continue;
            }

            yield return new(name, Attribute(tag, "value") ?? "");
        }

        foreach (Match textarea in Textarea().Matches(html))
        {
            // Razor writes a new line after the opening tag, which browsers drop.
            var text = WebUtility.HtmlDecode(textarea.Groups["text"].Value);
            yield return new(WebUtility.HtmlDecode(textarea.Groups["name"].Value), text.StartsWith('\n') ? text[1..] : text);
        }

        foreach (Match select in Select().Matches(html))
        {
            var name = WebUtility.HtmlDecode(select.Groups["name"].Value);
            foreach (Match option in SelectedOption().Matches(select.Groups["body"].Value))
            {
                yield return new(name, WebUtility.HtmlDecode(option.Groups["value"].Value));
            }
        }
    }

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $"\\s{name}=\"(?<v>[^\"]*)\"");
        return match.Success ? WebUtility.HtmlDecode(match.Groups["v"].Value) : null;
    }

    [GeneratedRegex("<input\\b[^>]*>")]
    private static partial Regex Input();

    [GeneratedRegex("<textarea\\b[^>]*\\sname=\"(?<name>[^\"]+)\"[^>]*>(?<text>.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex Textarea();

    [GeneratedRegex("<select\\b[^>]*\\sname=\"(?<name>[^\"]+)\"[^>]*>(?<body>.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex Select();

    [GeneratedRegex("<option\\b[^>]*value=\"(?<value>[^\"]*)\"[^>]*\\sselected=\"selected\"[^>]*>")]
    private static partial Regex SelectedOption();
}
