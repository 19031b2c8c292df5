namespace WorkwaysPortal.Domain.Matching;

/// <summary>
/// How well two sectors complement each other in a partnership, from 0 (no particular
/// complementarity, e.g. two organizations of the same sector) to 1. The session that the portal
/// grew out of asked for multi-stakeholder alliances: civil society, governments, employers, unions
/// and international organizations complement each other. The table is symmetric; pairs that it does
/// not list, and sectors it does not know, are worth 0. The scorer reads it from the options
/// (<see cref="MatchingOptions.Complementarity"/>, section <c>Matching:Complementarity</c>), whose default is
/// the table below; docs/decisions/006-matching-score.md shows it as a matrix.
/// </summary>
public sealed class SectorComplementarity
{
    public const double Strong = 1.0;
    public const double Moderate = 0.5;

    private const string CivilSociety = "civil-society";
    private const string Migrants = "migrant-organization";
    private const string Government = "government";
    private const string International = "international-organization";
    private const string PrivateSector = "private-sector";
    private const string Employers = "employers-organization";
    private const string Unions = "trade-union";
    private const string Academia = "academia";
    private const string Legal = "legal-professional";
    private const string FaithBased = "faith-based";
    private const string Donor = "donor";

    private readonly Dictionary<(string, string), double> _pairs = [];

    /// <summary>
    /// A table as the options hold it (<see cref="MatchingOptions.Complementarity"/>): for a sector, the sectors
    /// it complements and how much. A pair counts both ways, whichever order it is written in.
    /// </summary>
    public SectorComplementarity(IReadOnlyDictionary<string, Dictionary<string, double>> table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var problems = Problems(table);
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(table));
        }

        foreach (var (a, b, value) in Pairs(table))
        {
            _pairs[(a, b)] = value;
            _pairs[(b, a)] = value;
        }
    }

    /// <summary>
    /// The table of docs/decisions/006-matching-score.md, the default of <see cref="MatchingOptions.Complementarity"/>:
    /// a new copy each time, since configuration binds into it.
    /// </summary>
    public static Dictionary<string, Dictionary<string, double>> DefaultTable()
    {
        var table = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        foreach (var (a, b, value) in DefaultPairs)
        {
            if (!table.TryGetValue(a, out var row))
            {
                row = new Dictionary<string, double>(StringComparer.Ordinal);
                table[a] = row;
            }

            row[b] = value;
        }

        return table;
    }

    /// <summary>
    /// Every problem with a table, as sentences naming the setting (section <c>Matching:Complementarity</c>):
    /// a value out of 0–1, or a pair written in both orders with different values.
    /// </summary>
    public static IReadOnlyList<string> Problems(IReadOnlyDictionary<string, Dictionary<string, double>> table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var problems = new List<string>();
        var seen = new Dictionary<(string, string), double>();
        foreach (var (a, b, value) in Pairs(table))
        {
            if (!(value >= 0 && value <= 1))
            {
                problems.Add(FormattableString.Invariant($"{Setting(a, b)} must be from 0 to 1 (it is {value})."));
            }
            else if (seen.TryGetValue((b, a), out var other) && other != value)
            {
                problems.Add(FormattableString.Invariant(
                    $"{Setting(b, a)} is {other} and {Setting(a, b)} is {value}: the table is symmetric, give the pair once."));
            }

            seen[(a, b)] = value;
        }

        return problems;
    }

    private static string Setting(string a, string b) => $"{MatchingOptions.Section}:{nameof(MatchingOptions.Complementarity)}:{a}:{b}";

    private static IEnumerable<(string A, string B, double Value)> Pairs(IReadOnlyDictionary<string, Dictionary<string, double>> table) =>
        table.Where(row => row.Value is not null).SelectMany(row => row.Value.Select(cell => (row.Key, cell.Key, cell.Value)));

    private static readonly (string A, string B, double Value)[] DefaultPairs =
    [
        // The multi-stakeholder core: civil society (and migrants' own organizations), governments,
        // international organizations, employers and unions.
        (CivilSociety, Government, Strong), (Migrants, Government, Strong),
        (CivilSociety, International, Strong), (Migrants, International, Strong),
        (Government, International, Strong),
        (Government, Employers, Strong), (Government, Unions, Strong), (Employers, Unions, Strong),
        (CivilSociety, Employers, Strong), (Migrants, Employers, Strong),
        (CivilSociety, PrivateSector, Strong), (Migrants, PrivateSector, Strong),
        (CivilSociety, Unions, Strong), (Migrants, Unions, Strong),
        (International, Employers, Strong), (International, Unions, Strong),
        (Donor, CivilSociety, Strong), (Donor, Migrants, Strong),

        // Useful, less central pairs.
        (CivilSociety, Migrants, Moderate),
        (Government, Government, Moderate), // origin and destination governments: bilateral labour agreements
        (Government, PrivateSector, Moderate), (International, PrivateSector, Moderate), (PrivateSector, Unions, Moderate),
        (Academia, CivilSociety, Moderate), (Academia, Migrants, Moderate), (Academia, Government, Moderate),
        (Academia, International, Moderate), (Academia, PrivateSector, Moderate), (Academia, Employers, Moderate),
        (Academia, Unions, Moderate), (Academia, Legal, Moderate), (Academia, FaithBased, Moderate), (Academia, Donor, Moderate),
        (Legal, CivilSociety, Moderate), (Legal, Migrants, Moderate), (Legal, Government, Moderate), (Legal, International, Moderate),
        (Legal, PrivateSector, Moderate), (Legal, Employers, Moderate), (Legal, Unions, Moderate), (Legal, FaithBased, Moderate),
        (FaithBased, CivilSociety, Moderate), (FaithBased, Migrants, Moderate), (FaithBased, Government, Moderate),
        (FaithBased, International, Moderate), (FaithBased, Donor, Moderate),
        (Donor, Government, Moderate), (Donor, International, Moderate),
    ];

    /// <summary>The complementarity of a candidate's sector with the target's; 0 for unknown sectors.</summary>
    public double Of(string candidateSector, string targetSector) =>
        _pairs.TryGetValue((candidateSector, targetSector), out var value) ? value : 0;

    /// <summary>The sectors that complement <paramref name="sector"/> at all, with how much, best first, then by code.</summary>
    public IReadOnlyList<(string Sector, double Value)> Complements(string sector) =>
    [
        .. _pairs.Where(p => p.Key.Item2 == sector && p.Value > 0)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key.Item1, StringComparer.Ordinal)
            .Select(p => (p.Key.Item1, p.Value)),
    ];
}
