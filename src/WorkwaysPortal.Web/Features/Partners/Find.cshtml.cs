using WorkwaysPortal.Data.Matching;
using WorkwaysPortal.Domain;
using WorkwaysPortal.Domain.Alerts;
using WorkwaysPortal.Domain.Matching;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Web.Features.Alerts;

namespace WorkwaysPortal.Web.Features.Partners;

/// <summary>
/// "Find partners": anyone, registered or not, says what they seek, where, and optionally which
/// sectors and words, and gets verified organizations ranked with the reasons. A GET form: nothing
/// changes, and the address of a search can be shared.
/// No dead end (issue 13): an organization fits when it offers something sought and works in or near the
/// places chosen; when fewer than <see cref="FewFits"/> fit, the closest others follow, each saying what it lacks.
/// </summary>
public sealed class FindModel(PartnerMatcher matcher, TaxonomyCatalog catalog, PortalDbContext db, IStringLocalizer<SharedResource> t) : PageModel
{
    public const int Top = 20;
    public const int MaxValues = 100;

    /// <summary>Below this many fitting organizations, the closest others are shown too.</summary>
    public const int FewFits = 5;

    /// <summary>How many of the closest others are shown at most.</summary>
    public const int MaxClosest = 10;

    [BindProperty(SupportsGet = true)] public List<string> Seeks { get; set; } = [];
    [BindProperty(SupportsGet = true)] public List<string> Countries { get; set; } = [];
    [BindProperty(SupportsGet = true)] public List<string> SubRegions { get; set; } = [];
    [BindProperty(SupportsGet = true)] public List<string> Groups { get; set; } = [];
    [BindProperty(SupportsGet = true)] public List<string> Corridors { get; set; } = [];
    [BindProperty(SupportsGet = true)] public List<string> Sectors { get; set; } = [];
    [BindProperty(SupportsGet = true)] public string? Text { get; set; }

    public TaxonomySnapshot Taxonomy { get; private set; } = TaxonomySnapshot.Seed;

    /// <summary>The ranked organizations that fit, or null before a search (or when it has errors).</summary>
    public SuggestionList? Results { get; private set; }

    /// <summary>When few fit: the organizations that come closest, each with what it lacks; otherwise empty.</summary>
    public SuggestionList Closest { get; private set; } = new([], "closest-heading");

    /// <summary>The search as it can be saved (issue 13), or null before a search.</summary>
    public SavedCriteria? SaveCriteria { get; private set; }

    /// <summary>A name for the saved search: the criteria in words, shortened.</summary>
    public string SuggestedName { get; private set; } = "";

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

        SaveCriteria = new SavedCriteria(
            search.Seeks, search.Countries, search.SubRegions, search.Groups, [.. search.Corridors.Select(c => c.Code)], search.Sectors, search.Text);
        var summary = SavedSearchText.Summary(SaveCriteria, Taxonomy, t, PortalCultures.Current);
        SuggestedName = summary.Length > SavedSearch.NameMaxLength ? summary[..(SavedSearch.NameMaxLength - 1)] + "…" : summary;
        var partners = await matcher.SearchAsync(search, Top, ct);
        var places = geography.Chosen(search.Countries, search.SubRegions, search.Groups, search.Corridors);
        List<SuggestedPartner> fit = [.. partners.Where(p => Fits(search, places, p))];
        List<SuggestedPartner> closest = [];
        if (fit.Count < FewFits)
        {
            closest.AddRange(partners.Where(p => !fit.Contains(p)));
            if (search.Seeks.Count > 0 && places.HasCountries)
            {
                // Those that work there without offering what is sought: the other half of "closest".
                var around = await matcher.SearchAsync(search with { Seeks = [], Text = null }, Top, ct);
                closest.AddRange(around.Where(a => !partners.Any(p => p.Id == a.Id)));
            }
        }

        var language = PortalCultures.Current;
        var proposeFrom = await ProposeFromAsync(ct);
        var contactFrom = await Suggestions.ContactSendersAsync(db, User.AsViewer(), ct);
        Results = new SuggestionList(
            Suggestions.Views(fit, MatchTargetKind.Search, Taxonomy, t, language, proposeFrom, contactFrom: contactFrom), "results-heading");
        Closest = new SuggestionList(
            [
                .. closest.Take(MaxClosest).Select(p =>
                    Suggestions.Views([p], MatchTargetKind.Search, Taxonomy, t, language, proposeFrom, contactFrom: contactFrom)[0] with { Lacks = Lacks(search, places, p) }),
            ],
            "closest-heading");
        return Page();
    }

    /// <summary>Whether an organization fits: it offers something sought (if anything is) where it is sought (if anywhere is).</summary>
    public static bool Fits(MatchSearch search, MatchPlaces places, SuggestedPartner partner) => MatchFit.Fits(search, places, partner);

    /// <summary>"Offers language training, but not in Honduras", "Works in Guatemala, but does not offer …", or "Does not offer …".</summary>
    private string? Lacks(MatchSearch search, MatchPlaces places, SuggestedPartner partner)
    {
        var language = PortalCultures.Current;
        string Capabilities(IEnumerable<string> codes) => MatchReasonText.List(codes.Select(c => Taxonomy.CapabilityName(c, language)), t);
        string Countries(IEnumerable<string> codes) => MatchReasonText.List(codes.Select(c => Taxonomy.CountryName(c, language)), t);

        string[] offered = [.. search.Seeks.Where(partner.Offers.Contains)];
        string[] missing = [.. search.Seeks.Except(offered)];
        string[] there = [.. partner.Countries.Where(places.IsAround)];
        if (places.HasCountries && there.Length == 0)
        {
            return offered.Length > 0 ? t["Offers {0}, but not in {1}", Capabilities(offered), PlaceNames(search, language)].Value : null;
        }

        if (missing.Length == 0)
        {
            return null;
        }

        return there.Length > 0 && offered.Length == 0
            ? t["Works in {0}, but does not offer {1}", Countries(there), Capabilities(missing)].Value
            : t["Does not offer {0}", Capabilities(missing)].Value;
    }

    /// <summary>The places chosen, by name: countries, groups, sub-regions and corridors.</summary>
    private string PlaceNames(MatchSearch search, string language) => MatchReasonText.List(
        [
            .. search.Countries.Select(c => Taxonomy.CountryName(c, language)),
            .. search.Groups.Select(g => Taxonomy.CountryGroups.FirstOrDefault(x => x.Code == g)?.NameIn(language) ?? g),
            .. search.SubRegions.Select(r => Taxonomy.SubRegionName(r, language)),
            .. search.Corridors.Select(c => $"{Taxonomy.CountryName(c.Origin, language)} → {Taxonomy.CountryName(c.Destination, language)}"),
        ],
        t);

    /// <summary>The first verified organization the signed-in person is a delegate of: the results offer to propose from it.</summary>
    private async Task<int?> ProposeFromAsync(CancellationToken ct)
    {
        if (User.TryGetId() is not { } userId)
        {
            return null;
        }

        return await db.OrganizationMembers.AsNoTracking()
            .Where(m => m.UserId == userId)
            .Join(db.Organizations.Where(o => o.Status == VerificationStatus.Verified), m => m.OrganizationId, o => o.Id, (m, o) => o)
            .OrderBy(o => o.Name)
            .Select(o => (int?)o.Id)
            .FirstOrDefaultAsync(ct);
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
