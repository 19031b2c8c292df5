using System.Text.RegularExpressions;
using WorkwaysPortal.Domain.Taxonomy;
using WorkwaysPortal.Domain.Text;

namespace WorkwaysPortal.Domain.Sessions;

/// <summary>
/// The contributions by participant: a line "Name — Organization, Country:" (or "Name. Organization.
/// Role.", or any paragraph behind a bullet glyph) starts a participant; each point, and each other
/// paragraph, below it is one of their points. A last comma part that names a country of the taxonomy
/// (or one of its other names in the labels) becomes the country code.
/// </summary>
internal sealed partial class ContributionsReader(ReportContext context, TaxonomySnapshot taxonomy) : SectionReader(context)
{
    private const int HeadingMaxLength = 250;
    private const int NameMaxLength = 80;
    private const int NameMaxWords = 8;
    private const int OrganizationMaxLength = 200;

    private readonly Dictionary<string, string> _countries = Countries(taxonomy, context.Labels);
    private readonly HeadedParagraphs<Participant> _participants = new(context.Notes, ConsultationSession.MaxItems);

    public IReadOnlyList<SessionParticipant> Participants =>
        [.. _participants.Items.Select(p => new SessionParticipant(p.Head.Name, null, p.Head.Organization, p.Head.Country, p.Head.Role, p.Paragraphs))];

    public override void Read(ReportBlock block)
    {
        if (_participants.HasRoom && IsHeading(block) && ParticipantOf(block.Text) is { } participant)
        {
            _participants.Start(participant);
        }
        else
        {
            _participants.Add(block.Text);
        }
    }

    private static bool IsHeading(ReportBlock block) =>
        block.Marker == Marker.Glyph
        || block.Marker == Marker.None && block.Text.Length <= HeadingMaxLength && block.Text.EndsWith(':')
                                     && (block.Text.Contains('—', StringComparison.Ordinal) || block.Text.Contains('–', StringComparison.Ordinal)
                                         || block.Text.Contains(" - ", StringComparison.Ordinal));

    private Participant? ParticipantOf(string heading)
    {
        var text = heading.TrimEnd(':', '.', ' ');
        var match = DashSeparated().Match(text);
        if (!match.Success)
        {
            match = PeriodSeparated().Match(text);
        }

        if (!match.Success)
        {
            match = CommaSeparated().Match(text);
        }

        var name = match.Success ? match.Groups["name"].Value.Trim() : text;
        var rest = match.Success ? match.Groups["rest"].Value.Trim() : "";
        if (name.Length is 0 or > NameMaxLength || name.Split(' ').Length > NameMaxWords)
        {
            return null;
        }

        var parts = Sentences().Split(rest).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        var organization = parts.Count > 0 ? parts[0] : null;
        var role = parts.Count > 1 ? string.Join(". ", parts.Skip(1)) : null;
        string? country = null;
        if (organization is not null)
        {
            var comma = organization.LastIndexOf(',');
            var last = comma >= 0 ? organization[(comma + 1)..].Trim() : organization;
            if (_countries.TryGetValue(NameKey.For(last), out var code))
            {
                country = code;
                organization = comma >= 0 ? organization[..comma].Trim() : null;
            }
        }

        return new(name, Clip(organization, OrganizationMaxLength), country, Clip(role, ConsultationSession.ShortTextMaxLength));
    }

    /// <summary>The country codes by the <see cref="NameKey"/> of their names in the taxonomy, then of their other names.</summary>
    private static Dictionary<string, string> Countries(TaxonomySnapshot taxonomy, ReportLabels labels)
    {
        var countries = new Dictionary<string, string>(StringComparer.Ordinal);
        // English names first: a name that is one country's in English and another's in some other language is the first's.
        foreach (var country in taxonomy.Countries)
        {
            countries.TryAdd(NameKey.For(country.Names.In(LocalizedNames.Fallback)), country.Code);
        }

        foreach (var country in taxonomy.Countries)
        {
            foreach (var name in country.Names.All.Values)
            {
                countries.TryAdd(NameKey.For(name), country.Code);
            }
        }

        foreach (var alias in labels.CountryAliases.Where(a => taxonomy.IsCountry(a.Code)))
        {
            countries.TryAdd(NameKey.For(alias.Name), alias.Code);
        }

        return countries;
    }

    /// <summary>A participant's heading, read.</summary>
    private sealed record Participant(string Name, string? Organization, string? Country, string? Role);

    [GeneratedRegex(@"(?<=\S)\.\s+")]
    private static partial Regex Sentences();

    [GeneratedRegex(@"^(?<name>[^—–]+?)(?:\s*[—–]\s*|\s+-\s+)(?<rest>.+)$")]
    private static partial Regex DashSeparated();

    [GeneratedRegex(@"^(?<name>[^.,]+?)\.\s+(?<rest>.+)$")]
    private static partial Regex PeriodSeparated();

    [GeneratedRegex(@"^(?<name>[^,]+?),\s*(?<rest>.+)$")]
    private static partial Regex CommaSeparated();
}
