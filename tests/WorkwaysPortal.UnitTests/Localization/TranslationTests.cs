using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using WorkwaysPortal.Domain;
using WorkwaysPortal.Domain.Sessions;
using WorkwaysPortal.Localization;

namespace WorkwaysPortal.UnitTests.Localization;

/// <summary>
/// Every English text the UI shows is a localization key (ADR 004); there is no English file, so the
/// English set is what the sources use: this test finds the keys in the web portal, the document writers
/// and the command-line tool (T["…"], t["…"], ErrorMessage = "…", Display(Name = "…")) and in the
/// Domain's <see cref="UserMessages"/> and <see cref="SessionSummaryLabels"/>. It fails when any of them
/// lacks a translation in any language of <see cref="PortalLanguages"/>, when the language files do not
/// hold the same keys, or when a translation does not keep its key's placeholders.
/// </summary>
public sealed partial class TranslationTests
{
    /// <summary>The languages with a resource file: every supported one but English, whose texts are the keys.</summary>
    private static readonly string[] TranslatedLanguages = [.. PortalLanguages.Supported.Where(l => l != PortalLanguages.Default)];

    public static TheoryData<string> Translated => [.. TranslatedLanguages];

    [Fact]
    public void Every_supported_language_but_English_has_a_resource_file_and_every_file_is_a_supported_language()
    {
        var files = Directory.EnumerateFiles(ResourcesFolder(), "SharedResource.*.resx")
            .Select(f => Path.GetFileNameWithoutExtension(f)["SharedResource.".Length..])
            .Order(StringComparer.Ordinal);

        Assert.Equal(["en", "es", "fr", "pt"], PortalLanguages.Supported);
        Assert.Equal(TranslatedLanguages.Order(StringComparer.Ordinal), files);
    }

    [Theory]
    [MemberData(nameof(Translated))]
    public void Every_user_facing_text_has_a_translation(string language)
    {
        var translations = Entries(language).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        var keys = KeysInSources();

        Assert.True(keys.Count > 150, $"Only {keys.Count} keys found: the scan is broken.");
        var missing = keys.Where(k => !translations.TryGetValue(k, out var value) || string.IsNullOrWhiteSpace(value)).ToList();
        Assert.True(missing.Count == 0, $"No translation in {language} for:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Every_language_file_has_the_same_keys()
    {
        var files = TranslatedLanguages.ToDictionary(l => l, l => Entries(l).Select(e => e.Key).ToList());

        var differences = new List<string>();
        foreach (var (language, keys) in files)
        {
            var duplicates = keys.GroupBy(k => k, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key);
            differences.AddRange(duplicates.Select(k => $"{language}: the key \"{k}\" is there more than once (ignoring case)"));
            foreach (var (other, otherKeys) in files.Where(f => f.Key != language))
            {
                differences.AddRange(keys.Except(otherKeys, StringComparer.Ordinal).Select(k => $"{language} has \"{k}\", {other} does not"));
            }
        }

        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    [Theory]
    [MemberData(nameof(Translated))]
    public void Translations_keep_the_placeholders_and_markup_of_their_key(string language)
    {
        var broken = Entries(language)
            .Where(e => !Same(Placeholder(), e.Key, e.Value) || !Same(Markup(), e.Key, e.Value))
            .Select(e => $"{e.Key} → {e.Value}")
            .ToList();

        Assert.True(broken.Count == 0, $"Placeholders or markup differ in {language}:\n" + string.Join("\n", broken));
    }

    [Fact]
    public void The_placeholder_check_sees_format_strings()
    {
        Assert.False(Same(Placeholder(), "{0:N0} organizations", "{0} organisations"));
        Assert.False(Same(Placeholder(), "{0} and {1}", "{0} et {0}"));
        Assert.True(Same(Placeholder(), "{1:N0} of {0}", "{0} : {1:N0}"));
        Assert.False(Same(Markup(), "<strong>{0}</strong> left", "{0} restants"));
    }

    /// <summary>The projects whose sources show texts to users.</summary>
    private static readonly string[] TextProjects = ["WorkwaysPortal.Web", "WorkwaysPortal.Documents", "WorkwaysPortal.Cli"];

    private static SortedSet<string> KeysInSources()
    {
        var root = RepositoryRoot();
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

            foreach (Match match in CountedText().Matches(source))
            {
                keys.Add(Unescape(match.Groups["one"].Value));
                keys.Add(Unescape(match.Groups["other"].Value));
            }
        }

        var constants = typeof(UserMessages).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Concat(typeof(SessionSummaryLabels).GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral);
        foreach (var message in constants.Select(f => (string)f.GetRawConstantValue()!))
        {
            keys.Add(message);
        }

        return keys;
    }

    private static IEnumerable<(string Key, string Value)> Entries(string language) =>
        XDocument.Load(Path.Combine(ResourcesFolder(), $"SharedResource.{language}.resx"))
            .Root!.Elements("data")
            .Select(d => ((string)d.Attribute("name")!, (string?)d.Element("value") ?? ""));

    /// <summary>Whether both texts hold the same matches of <paramref name="pattern"/>, as many times each, in any order.</summary>
    private static bool Same(Regex pattern, string key, string value) =>
        pattern.Matches(key).Select(m => m.Value).Order(StringComparer.Ordinal)
            .SequenceEqual(pattern.Matches(value).Select(m => m.Value).Order(StringComparer.Ordinal));

    private static string Unescape(string literal) => literal.Replace("\\\"", "\"", StringComparison.Ordinal);

    private static string ResourcesFolder() => Path.Combine(RepositoryRoot(), "src", "WorkwaysPortal.Localization", "Resources");

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

    // t.Count(n, "{0} gap", "{0} gaps"): both forms are keys (PortalPlurals).
    [GeneratedRegex("""\.Count\([^,"]+,\s*"(?<one>(?:[^"\\]|\\.)*)",\s*"(?<other>(?:[^"\\]|\\.)*)"\s*[,)]""")]
    private static partial Regex CountedText();

    [GeneratedRegex(""""(?:\bErrorMessage|\bDisplay\(\s*Name)\s*=\s*"(?<key>(?:[^"\\]|\\.)*)"."""")]
    private static partial Regex AttributeText();

    /// <summary>A format item with its alignment and format: {0}, {1:N0}, {0,-10}.</summary>
    [GeneratedRegex(@"\{\d+(?:,-?\d+)?(?::[^{}]*)?\}")]
    private static partial Regex Placeholder();

    /// <summary>An HTML tag or entity.</summary>
    [GeneratedRegex(@"</?[A-Za-z][^<>]*>|&[#A-Za-z0-9]+;")]
    private static partial Regex Markup();
}
