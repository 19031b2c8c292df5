using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using WorkwaysPortal.Domain;
using WorkwaysPortal.Domain.Sessions;

namespace WorkwaysPortal.UnitTests.Localization;

/// <summary>
/// Every English text the UI shows is a localization key; this test finds them in the sources of
/// the web portal, the document writers and the command-line tool (T["…"], t["…"], ErrorMessage = "…", Display(Name = "…")) and in the Domain's
/// <see cref="UserMessages"/> and <see cref="SessionSummaryLabels"/>, and fails for any that has no Spanish translation.
/// </summary>
public sealed partial class SpanishTranslationTests
{
    [Fact]
    public void Every_user_facing_text_has_a_Spanish_translation()
    {
        var root = RepositoryRoot();
        var spanish = XDocument.Load(SpanishResources(root))
            .Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in TextProjects.SelectMany(p => Directory.EnumerateFiles(Path.Combine(root, "src", p), "*.cs*", SearchOption.AllDirectories))
                     .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var source = File.ReadAllText(file);
            foreach (Match match in LocalizerKey().Matches(source))
            {
                keys.Add(Unescape(match.Groups["key"].Value));
            }

            foreach (Match match in AttributeText().Matches(source))
            {
                keys.Add(Unescape(match.Groups["key"].Value));
            }
        }

        var constants = typeof(UserMessages).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Concat(typeof(SessionSummaryLabels).GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral);
        foreach (var message in constants.Select(f => (string)f.GetRawConstantValue()!))
        {
            keys.Add(message);
        }

        Assert.True(keys.Count > 150, $"Only {keys.Count} keys found: the scan is broken.");
        var missing = keys.Where(k => !spanish.TryGetValue(k, out var value) || string.IsNullOrWhiteSpace(value)).ToList();
        Assert.True(missing.Count == 0, "No Spanish translation for:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Translations_keep_the_placeholders_of_their_key()
    {
        var resx = XDocument.Load(SpanishResources(RepositoryRoot()));
        var broken = resx.Root!.Elements("data")
            .Select(d => (Key: (string)d.Attribute("name")!, Value: (string?)d.Element("value") ?? ""))
            .Where(p => !Placeholders(p.Key).SetEquals(Placeholders(p.Value)))
            .Select(p => p.Key)
            .ToList();

        Assert.True(broken.Count == 0, "Placeholders differ in:\n" + string.Join("\n", broken));
    }

    /// <summary>The projects whose sources show texts to users.</summary>
    private static readonly string[] TextProjects = ["WorkwaysPortal.Web", "WorkwaysPortal.Documents", "WorkwaysPortal.Cli"];

    private static string SpanishResources(string root) =>
        Path.Combine(root, "src", "WorkwaysPortal.Localization", "Resources", "SharedResource.es.resx");

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    private static string Unescape(string literal) => literal.Replace("\\\"", "\"", StringComparison.Ordinal);

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "WorkwaysPortal.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("WorkwaysPortal.sln not found above the test binaries.");
    }

    [GeneratedRegex("""\b[Tt]\[\s*"(?<key>(?:[^"\\]|\\.)*)"\s*[,\]]""")]
    private static partial Regex LocalizerKey();

    [GeneratedRegex(""""(?:\bErrorMessage|\bDisplay\(\s*Name)\s*=\s*"(?<key>(?:[^"\\]|\\.)*)"."""")]
    private static partial Regex AttributeText();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
