namespace WorkwaysPortal.Data.Matching;

/// <summary>
/// "Capability@country" pairs of an organization, stored in generated <c>text[]</c> columns with GIN
/// indexes: <c>offer_reach</c> (what it offers, where) and <c>seek_reach</c> (what it seeks, where).
/// "Offers vocational-training in Guatemala" is then one small posting list (<c>vocational-training@GT</c>)
/// instead of the intersection of two large ones (every organization that offers it, every organization
/// in Guatemala), which is what made the first retrieval tiers cost most of a match at 100,000
/// organizations (see docs/benchmarks.md). The columns are computed by <c>portal_pairs</c>, the same pairs in
/// SQL, which the migration <c>MatchReach</c> creates.
/// </summary>
public static class MatchReach
{
    public const string OfferProperty = "OfferReach";
    public const string SeekProperty = "SeekReach";

    /// <summary>Joins a capability and a country as the columns store them.</summary>
    public static string Pair(string capability, string country) => capability + "@" + country;

    /// <summary>Every pair of one of the capabilities with one of the countries.</summary>
    public static string[] Pairs(IReadOnlyCollection<string> capabilities, IReadOnlyCollection<string> countries)
    {
        ArgumentNullException.ThrowIfNull(capabilities);
        ArgumentNullException.ThrowIfNull(countries);
        var pairs = new string[capabilities.Count * countries.Count];
        var i = 0;
        foreach (var capability in capabilities)
        {
            foreach (var country in countries)
            {
                pairs[i++] = Pair(capability, country);
            }
        }

        return pairs;
    }

    internal const string OfferColumnSql = "portal_pairs(offers, countries)";
    internal const string SeekColumnSql = "portal_pairs(seeks, countries)";
}
