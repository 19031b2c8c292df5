using WorkwaysPortal.Data.Matching;
using WorkwaysPortal.Domain;
using WorkwaysPortal.Domain.Matching;

namespace WorkwaysPortal.Web.Features.Partners;

/// <summary>
/// "Find partners": anyone, registered or not, says what they seek, where, and optionally which
/// sectors and words, and gets verified organizations ranked with the reasons. A GET form: nothing
/// changes, and the address of a search can be shared.
/// </summary>
public sealed class FindModel(PartnerMatcher matcher, PortalDbContext db, TaxonomyCatalog catalog, IStringLocalizer<SharedResource> t) : PageModel
{
    public const int Top = 20;
    public const int MaxValues = 100;

    [BindProperty(SupportsGet = true)] public List<string> Seeks { get; set; } = [];
    [BindProperty(SupportsGet = true)] public List<string> Countries { get; set; } = [];
    [BindProperty(SupportsGet = true)] public List<string> SubRegions { get; set; } = [];
    [BindProperty(SupportsGet = true)] public List<string> Groups { get; set; } = [];
    [BindProperty(SupportsGet = true)] public List<string> Corridors { get; set; } = [];
    [BindProperty(SupportsGet = true)] public List<string> Sectors { get; set; } = [];
    [BindProperty(SupportsGet = true)] public string? Text { get; set; }

    public TaxonomySnapshot Taxonomy { get; private set; } = TaxonomySnapshot.Seed;

    /// <summary>The ranked organizations, or null before a search (or when it has errors).</summary>
    public SuggestionList? Results { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Taxonomy = await catalog.GetAsync(ct);
        if (Request.Query.Count == 0 || Request.Query.Keys.All(k => k == "culture"))
        {
            ModelState.Clear();
            return Page();
        }

        var geography = MatchGeography.From(Taxonomy);
        var search = new MatchSearch(
            Check(nameof(Seeks), Seeks, c => c.ToLowerInvariant(), Taxonomy.IsCapability, c => t[UserMessages.UnknownCapability, c]),
            Check(nameof(Countries), Countries, c => c.ToUpperInvariant(), Taxonomy.IsCountry, c => t[UserMessages.UnknownCountry, c]),
            Check(nameof(SubRegions), SubRegions, c => c, Taxonomy.IsSubRegion, c => t["\"{0}\" is not a known sub-region.", c]),
            Check(nameof(Groups), Groups, c => c, geography.IsGroup, c => t["\"{0}\" is not a known group of countries.", c]),
            [
                .. Check(nameof(Corridors), Corridors, c => c.ToUpperInvariant(), c => CorridorKey.TryParse(c, out var k) && geography.IsCorridor(k), c => t["\"{0}\" is not a known migration corridor.", c])
                    .Select(c => CorridorKey.TryParse(c, out var k) ? k : default),
            ],
            Check(nameof(Sectors), Sectors, c => c, Taxonomy.IsSector, c => t[UserMessages.UnknownSector, c]),
            Text?.Trim());
        if (search.Text is { Length: > MatchSearch.MaxTextLength } || search.Text?.Any(c => char.IsControl(c) && !char.IsWhiteSpace(c)) == true)
        {
            ModelState.AddModelError(nameof(Text), t[UserMessages.TextTooLong, MatchSearch.MaxTextLength]);
        }

        if (ModelState.IsValid && search.IsEmpty)
        {
            ModelState.AddModelError(nameof(Seeks), t["Choose at least one capability, place or sector, or type some words."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var partners = await matcher.SearchAsync(search, Top, ct);
        var contactFrom = await Suggestions.ContactSendersAsync(db, User.AsViewer(), ct);
        Results = new SuggestionList(
            Suggestions.Views(partners, MatchTargetKind.Search, Taxonomy, t, PortalCultures.Current, contactFrom: contactFrom), "results-heading");
        return Page();
    }

    public bool IsChosen(List<string> chosen, string code) => chosen.Contains(code, StringComparer.OrdinalIgnoreCase);

    private List<string> Check(string field, List<string> values, Func<string, string> normalize, Func<string, bool> known, Func<string, string> unknown)
    {
        var codes = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => normalize(v.Trim())).Distinct(StringComparer.Ordinal).ToList();
        if (codes.Count > MaxValues)
        {
            ModelState.AddModelError(field, t["Choose at most {0} values.", MaxValues]);
            return [];
        }

        foreach (var code in codes.Where(c => !known(c)))
        {
            ModelState.AddModelError(field, unknown(code));
        }

        return [.. codes.Where(known)];
    }
}
