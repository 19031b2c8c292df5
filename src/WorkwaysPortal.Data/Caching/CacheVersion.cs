namespace WorkwaysPortal.Data.Caching;

/// <summary>
/// A counter per kind of public content, raised by database triggers in the same transaction as any
/// change to its tables. Cached pages are keyed by the counters they depend on, so a change made by
/// any instance (or by the command-line tool) is seen by every instance on its next request.
/// </summary>
public sealed class CacheVersion
{
    public const string TableName = "cache_versions";

    /// <summary>Organizations and their members: the directory, organization pages, suggested partners.</summary>
    public const string Organizations = "organizations";

    /// <summary>
    /// An organization's activity, its work items (initiatives, gaps) and its partnership proposals: what
    /// its page lists besides its profile. The tag keeps the name the first migration stored, "work".
    /// </summary>
    public const string Activity = "work";

    /// <summary>
    /// The taxonomy (names of sectors, capabilities, countries…, country groups, corridors), which staff edit:
    /// every page shows its names, so <see cref="Taxonomy.TaxonomyCatalog"/> and the cached pages follow this counter.
    /// </summary>
    public const string Taxonomy = "taxonomy";

    /// <summary>Every tag and the tables whose changes raise it (the migration creates the triggers).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> TablesByTag = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [Organizations] = ["organizations", "organization_members"],
        [Activity] = ["initiatives", "initiative_participants", "gaps", "partnership_proposals", "proposal_targets"],
        [Taxonomy] = ["sectors", "capabilities", "regions", "sub_regions", "countries", "country_groups", "corridors", "working_languages"],
    };

    public string Tag { get; private set; } = "";

    public long Version { get; private set; }
}
