namespace WorkwaysPortal.Domain.Sessions;

/// <summary>What the reading of one report shares: the labels, whether a section was found, the notes and the languages.</summary>
internal sealed class ReportContext(ReportLabels labels)
{
    private readonly SortedSet<string> _languages = new(StringComparer.Ordinal);

    public ReportLabels Labels { get; } = labels;

    /// <summary>Whether the text has a section label, which makes it a report.</summary>
    public bool AnySection { get; set; }

    /// <summary>What no rule recognised, word for word, in the order of the text.</summary>
    public List<string> Notes { get; } = [];

    /// <summary>The codes of the languages the report names, in order.</summary>
    public IReadOnlyCollection<string> Languages => _languages;

    /// <summary>Adds the languages that <paramref name="text"/> names.</summary>
    public void FindLanguages(string text) => Labels.AddLanguagesIn(text, _languages);
}
