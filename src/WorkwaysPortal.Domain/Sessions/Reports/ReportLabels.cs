using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;

namespace WorkwaysPortal.Domain.Sessions;

/// <summary>
/// The words of a report that <see cref="ReportParser"/> recognises, read once from ReportLabels.resx
/// (English) and the ReportLabels.{culture}.resx of every other culture of
/// <see cref="ReportParser.Cultures"/>, and merged: a report may use the words of any of them. The
/// English file says the format. Words are compared <see cref="Folding"/>-folded, so that case and
/// accents do not matter.
/// </summary>
internal sealed class ReportLabels
{
    private const char Separator = '|';
    private const string LanguageKey = "Language.";
    private const string CountryAliasesKey = "CountryAliases.";
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    /// <summary>The roles in the order they are tried: "preliminary conclusions" is not an introduction.</summary>
    private static readonly AgendaRole[] RoleOrder =
        [AgendaRole.PreliminaryConclusions, AgendaRole.Interpretation, AgendaRole.NoteTaking, AgendaRole.Moderation, AgendaRole.Introduction];

    private readonly IReadOnlyList<ResourceSet> _files;

    /// <summary>The label that starts each section but the preamble, in the order they are tried.</summary>
    private readonly IReadOnlyList<SectionLabel> _sections;

    /// <summary>The first letters of the section labels, and the length of the shortest: most lines cannot be one.</summary>
    private readonly string _sectionInitials;

    private readonly int _shortestSection;

    private readonly IReadOnlyList<RoleWords> _roles;
    private readonly IReadOnlyList<LanguageNames> _languages;

    private ReportLabels(IReadOnlyList<CultureInfo> cultures)
    {
        var resources = new ResourceManager(typeof(ReportLabels));
        _files = [.. cultures.Select(c => resources.GetResourceSet(c, createIfNotExists: true, tryParents: false)
                                         ?? throw new MissingManifestResourceException($"No ReportLabels resources for the culture '{c.Name}'."))];
        var sections = Enum.GetValues<SectionKind>().Where(k => k != SectionKind.Preamble).Select(k => (Kind: k, Words: Words($"Section{k}"))).ToList();
        _sections = [.. sections.Select(s => new SectionLabel(s.Kind, new Regex($@"^{AnyOf(s.Words)}\b", Options)))];
        _sectionInitials = string.Concat(sections.SelectMany(s => s.Words).Select(w => w[0]).Distinct());
        _shortestSection = sections.SelectMany(s => s.Words).Min(w => w.Length);
        _roles = [.. RoleOrder.Select(r => new RoleWords(r, Words($"Role{r}")))];
        _languages = [.. KeysStartingWith(LanguageKey).Select(key => new LanguageNames(key[LanguageKey.Length..], Words(key)))];
        ReportPrefix = new Regex($@"^{AnyOf(Words("ReportPrefix"))}\s*[-–—:]\s*", Options);
        TitleSmallWords = Words("TitleSmallWords").ToHashSet(StringComparer.Ordinal);
        Problem = new Regex($@"{AnyOf(Words("ProblemIdentified"))}\s+(?:[""“'‘]|«\s*)?(?<problem>[^""”'’»]{{1,300}})", Options);
        Consultations = [.. _files.Select(file => new ConsultationWords(
            file.GetString("ConsultationTitle") ?? "",
            new Regex(
                $@"\b{AnyOf(Words(file, "ConsultationName"))}\s+{AnyOf(Words(file, "ConsultationPlace"))}\s+(?<where>[^.]{{3,200}}?),\s+{AnyOf(Words(file, "ConsultationFollowers"))}\b",
                Options)))];
        CountryAliases = [.. KeysStartingWith(CountryAliasesKey).SelectMany(key =>
            _files.SelectMany(file => Alternatives(file, key)).Select(alias => new CountryAlias(alias, key[CountryAliasesKey.Length..])))];
    }

    /// <summary>The labels of every culture, loaded on first use.</summary>
    public static ReportLabels All { get; } = new(ReportParser.Cultures);

    /// <summary>"Report - " in front of a title (folded).</summary>
    public Regex ReportPrefix { get; }

    /// <summary>Folded words that title case leaves in lower case.</summary>
    public IReadOnlySet<string> TitleSmallWords { get; }

    /// <summary>"The problem was identified as "…"" (folded; French quotes « … » too): the group <c>problem</c> is the problem statement.</summary>
    public Regex Problem { get; }

    /// <summary>Per culture, in the order of the cultures, how an introduction (folded) names the consultation.</summary>
    public IReadOnlyList<ConsultationWords> Consultations { get; }

    /// <summary>Other names of countries, as written.</summary>
    public IReadOnlyList<CountryAlias> CountryAliases { get; }

    /// <summary>The section that a line (without its marker) starts, if any.</summary>
    public SectionKind? SectionOf(ReadOnlySpan<char> line)
    {
        if (line.Length < _shortestSection || !_sectionInitials.Contains(Folding.Fold(line[0]), StringComparison.Ordinal))
        {
            return null;
        }

        Span<char> folded = line.Length <= 256 ? stackalloc char[line.Length] : new char[line.Length];
        Folding.Fold(line, folded);
        foreach (var section in _sections)
        {
            if (section.Start.IsMatch(folded))
            {
                return section.Kind;
            }
        }

        return null;
    }

    /// <summary>The role that an agenda label gives its people.</summary>
    public AgendaRole RoleOf(string label)
    {
        var folded = Folding.Fold(label);
        return _roles.FirstOrDefault(r => r.Parts.Any(part => folded.Contains(part, StringComparison.Ordinal)))?.Role ?? AgendaRole.Other;
    }

    /// <summary>Adds to <paramref name="codes"/> the languages that <paramref name="text"/> names.</summary>
    public void AddLanguagesIn(string text, ISet<string> codes)
    {
        var folded = Folding.Fold(text);
        foreach (var language in _languages)
        {
            foreach (var name in language.Names)
            {
                if (folded.Contains(name, StringComparison.Ordinal))
                {
                    codes.Add(language.Code);
                    break;
                }
            }
        }
    }

    /// <summary>The code of the language <paramref name="name"/> is the name of, in any culture ("Inglés" → "en"), or null.</summary>
    public string? LanguageCodeOf(string name)
    {
        var folded = Folding.Fold(name.Trim());
        return _languages.FirstOrDefault(l => l.Names.Contains(folded, StringComparer.Ordinal))?.Code;
    }

    /// <summary>The name of a language in the culture of <paramref name="culture"/> (or its parent), else in English.</summary>
    public string LanguageName(string code, CultureInfo culture)
    {
        var file = ReportParser.Cultures
            .Select((c, i) => (c, i))
            .Where(x => x.c.Name == culture.Name || x.c.Name == culture.TwoLetterISOLanguageName)
            .Select(x => _files[x.i])
            .FirstOrDefault() ?? _files[0];
        return Alternatives(file, LanguageKey + code).FirstOrDefault() ?? Alternatives(_files[0], LanguageKey + code).First();
    }

    /// <summary>The English names of <paramref name="codes"/>, in the order of the label files' keys ("en", "es", "fr", "pt").</summary>
    public IEnumerable<string> LanguagesInOrder(IReadOnlySet<string> codes) =>
        _languages.Where(l => codes.Contains(l.Code)).Select(l => Alternatives(_files[0], LanguageKey + l.Code).First());

    /// <summary>The alternatives of one entry in every culture, folded, without repeats.</summary>
    private IReadOnlyList<string> Words(string key) => [.. _files.SelectMany(file => Words(file, key)).Distinct(StringComparer.Ordinal)];

    private static IEnumerable<string> Words(ResourceSet file, string key) => Alternatives(file, key).Select(Folding.Fold);

    /// <summary>The alternatives of one entry as written, each with single spaces between its words.</summary>
    private static IEnumerable<string> Alternatives(ResourceSet file, string key) =>
        (file.GetString(key) ?? "").Split(Separator)
            .Select(word => string.Join(' ', word.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            .Where(word => word.Length > 0);

    /// <summary>The keys of the English file (which has them all) that start with <paramref name="prefix"/>, sorted.</summary>
    private IEnumerable<string> KeysStartingWith(string prefix) =>
        _files[0].Cast<DictionaryEntry>().Select(e => (string)e.Key).Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    /// <summary>A group that matches any of the words, the longest first, with any spaces between their words.</summary>
    private static string AnyOf(IEnumerable<string> words)
    {
        var patterns = words.OrderByDescending(w => w.Length).Select(w => string.Join(@"\s+", w.Split(' ').Select(Regex.Escape))).ToList();
        return patterns.Count == 0 ? "(?!)" : $"(?:{string.Join('|', patterns)})";
    }

    private sealed record SectionLabel(SectionKind Kind, Regex Start);

    private sealed record RoleWords(AgendaRole Role, IReadOnlyList<string> Parts);

    private sealed record LanguageNames(string Code, IReadOnlyList<string> Names);
}

/// <summary>The kinds of section of a report, in the order a report has them.</summary>
internal enum SectionKind
{
    Preamble,
    Agenda,
    Contributions,
    Discussion,
    Agreements,
}

/// <summary>How one culture names the consultation: the group <c>where</c> of <paramref name="Pattern"/> follows <paramref name="Title"/>.</summary>
internal sealed record ConsultationWords(string Title, Regex Pattern);

/// <summary>Another name of the country <paramref name="Code"/> (ISO 3166-1 alpha-2).</summary>
internal sealed record CountryAlias(string Name, string Code);
