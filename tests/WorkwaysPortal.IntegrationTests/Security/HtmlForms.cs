using System.Net;
using System.Text.RegularExpressions;

namespace WorkwaysPortal.IntegrationTests.Security;

/// <summary>The fields a browser would send from a page's POST forms, with the values the page filled in.</summary>
public static partial class HtmlForms
{
    /// <summary>The fields of the POST form whose action is <paramref name="action"/> (path and query), or null when the page has none.</summary>
    public static List<KeyValuePair<string, string>>? Fields(string html, string action)
    {
        ArgumentNullException.ThrowIfNull(html);
        foreach (Match form in FormPattern().Matches(html))
        {
            var attributes = Attributes(form.Groups["attributes"].Value);
            if (!string.Equals(attributes.GetValueOrDefault("method"), "post", StringComparison.OrdinalIgnoreCase)
                || WebUtility.HtmlDecode(attributes.GetValueOrDefault("action") ?? "") != action)
            {
                continue;
            }

            var body = form.Groups["body"].Value;
            var fields = new List<KeyValuePair<string, string>>();
            foreach (Match input in InputPattern().Matches(body))
            {
                var a = Attributes(input.Groups["attributes"].Value);
                var type = a.GetValueOrDefault("type") ?? "text";
                if (a.GetValueOrDefault("name") is not { } name || name == "__RequestVerificationToken" || type is "submit" or "button"
                    || type is "checkbox" or "radio" && !a.ContainsKey("checked"))
                {
                    continue;
                }

                fields.Add(new(name, a.GetValueOrDefault("value") ?? ""));
            }

            foreach (Match area in TextAreaPattern().Matches(body))
            {
                if (Attributes(area.Groups["attributes"].Value).GetValueOrDefault("name") is { } name)
                {
                    fields.Add(new(name, WebUtility.HtmlDecode(area.Groups["text"].Value.TrimStart('\r', '\n'))));
                }
            }

            foreach (Match select in SelectPattern().Matches(body))
            {
                if (Attributes(select.Groups["attributes"].Value).GetValueOrDefault("name") is not { } name)
                {
                    continue;
                }

                foreach (Match option in OptionPattern().Matches(select.Groups["options"].Value))
                {
                    var a = Attributes(option.Groups["attributes"].Value);
                    if (a.ContainsKey("selected"))
                    {
                        fields.Add(new(name, a.GetValueOrDefault("value") ?? WebUtility.HtmlDecode(option.Groups["text"].Value)));
                    }
                }
            }

            return fields;
        }

        return null;
    }

    private static Dictionary<string, string> Attributes(string text)
    {
        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match attribute in AttributePattern().Matches(text))
        {
            attributes[attribute.Groups["name"].Value] = WebUtility.HtmlDecode(attribute.Groups["value"].Success ? attribute.Groups["value"].Value : "");
        }

        return attributes;
    }

    [GeneratedRegex("<form(?<attributes>[^>]*)>(?<body>.*?)</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormPattern();

    [GeneratedRegex("<input(?<attributes>[^>]*)>", RegexOptions.IgnoreCase)]
    private static partial Regex InputPattern();

    [GeneratedRegex("<textarea(?<attributes>[^>]*)>(?<text>.*?)</textarea>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex TextAreaPattern();

    [GeneratedRegex("<select(?<attributes>[^>]*)>(?<options>.*?)</select>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex SelectPattern();

    [GeneratedRegex("<option(?<attributes>[^>]*)>(?<text>[^<]*)", RegexOptions.IgnoreCase)]
    private static partial Regex OptionPattern();

    [GeneratedRegex("""(?<name>[a-zA-Z_:][-a-zA-Z0-9_:.]*)(\s*=\s*"(?<value>[^"]*)")?""")]
    private static partial Regex AttributePattern();
}
