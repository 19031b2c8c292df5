using System.Globalization;
using WorkwaysPortal.Data.Auditing;
using WorkwaysPortal.Data.Matching;
using WorkwaysPortal.Domain;
using WorkwaysPortal.Domain.Alerts;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Matching;
using WorkwaysPortal.Web.Features.Partners;

namespace WorkwaysPortal.Web.Features.Alerts;

/// <summary>
/// "Save this search — we'll tell you when a partner registers": a signed-in person names a Find-partners
/// search (its query, carried by the form of Find partners or by a gap's link) and chooses how often to be
/// told of organizations that newly fit it. The criteria are checked against the taxonomy and stored normalized.
/// </summary>
[Authorize]
public sealed class SaveModel(PortalDbContext db, TaxonomyCatalog catalog, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)] public List<string> Seeks { get; set; } = [];
    [BindProperty(SupportsGet = true)] public List<string> Countries { get; set; } = [];
    [BindProperty(SupportsGet = true)] public List<string> SubRegions { get; set; } = [];
    [BindProperty(SupportsGet = true)] public List<string> Groups { get; set; } = [];
    [BindProperty(SupportsGet = true)] public List<string> Corridors { get; set; } = [];
    [BindProperty(SupportsGet = true)] public List<string> Sectors { get; set; } = [];
    [BindProperty(SupportsGet = true)] public string? Text { get; set; }
    [BindProperty(SupportsGet = true)] public string? Name { get; set; }
    [BindProperty(SupportsGet = true)] public AlertFrequency Frequency { get; set; } = AlertFrequency.Daily;

    /// <summary>Partners (Find partners, the directory, a gap's suggested partners) or gaps (a filter of the gaps list).</summary>
    [BindProperty(SupportsGet = true)] public SavedSearchKind Kind { get; set; } = SavedSearchKind.Partners;

    public SavedCriteria Criteria { get; private set; } = new([], [], [], [], [], [], null);
    public string Summary { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        var taxonomy = await catalog.GetAsync(ct);
        Criteria = Check(taxonomy);
        Summary = SavedSearchText.Summary(Kind, Criteria, taxonomy, t, PortalCultures.Current);
        ModelState.Remove(nameof(Name));
        if (string.IsNullOrWhiteSpace(Name))
        {
            Name = Summary.Length > SavedSearch.NameMaxLength ? Summary[..(SavedSearch.NameMaxLength - 1)] + "…" : Summary;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var userId = User.Id();
        var taxonomy = await catalog.GetAsync(ct);
        Criteria = Check(taxonomy);
        Summary = SavedSearchText.Summary(Kind, Criteria, taxonomy, t, PortalCultures.Current);
        var name = (Name ?? "").Trim();
        if (name.Length == 0)
        {
            ModelState.AddModelError(nameof(Name), t[UserMessages.SavedSearchNameRequired]);
        }
        else if (name.Length > SavedSearch.NameMaxLength || name.Any(char.IsControl))
        {
            ModelState.AddModelError(nameof(Name), t[UserMessages.SavedSearchNameTooLong]);
        }

        if (ModelState.IsValid && await db.SavedSearches.CountAsync(s => s.UserId == userId, ct) >= SavedSearch.MaxPerUser)
        {
            ModelState.AddModelError(nameof(Name), t[UserMessages.TooManySavedSearches, SavedSearch.MaxPerUser]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow();
        var search = SavedSearch.Create(userId, name, Frequency, Criteria, now, Kind);
        await db.AddAuditedAsync(search, id => AuditEvent.Record(
            now, userId, User.Identity?.Name ?? "", AuditActions.SavedSearchCreated, AuditSubjects.SavedSearch,
            id.ToString(CultureInfo.InvariantCulture), details: System.Text.Json.JsonSerializer.Serialize(new { frequency = Frequency.ToString(), kind = Kind.ToString() })), ct);
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = Kind == SavedSearchKind.Gaps
            ? t["Filter saved: we'll tell you when a matching gap is raised."].Value
            : t["Search saved: we'll tell you when a partner registers."].Value;
        return RedirectToPage("/Account/Manage/Alerts");
    }

    /// <summary>The criteria, normalized as Find partners does it; unknown codes are refused next to their field.</summary>
    private SavedCriteria Check(TaxonomySnapshot taxonomy)
    {
        var geography = MatchGeography.From(taxonomy);
        var criteria = new SavedCriteria(
            Codes(nameof(Seeks), Seeks, c => c.ToLowerInvariant(), taxonomy.IsCapability, c => t[UserMessages.UnknownCapability, c]),
            Codes(nameof(Countries), Countries, c => c.ToUpperInvariant(), taxonomy.IsCountry, c => t[UserMessages.UnknownCountry, c]),
            Codes(nameof(SubRegions), SubRegions, c => c, taxonomy.IsSubRegion, c => t["\"{0}\" is not a known sub-region.", c]),
            Codes(nameof(Groups), Groups, c => c, geography.IsGroup, c => t["\"{0}\" is not a known group of countries.", c]),
            Codes(nameof(Corridors), Corridors, c => c.ToUpperInvariant(), c => CorridorKey.TryParse(c, out var k) && geography.IsCorridor(k), c => t["\"{0}\" is not a known migration corridor.", c]),
            Codes(nameof(Sectors), Sectors, c => c, taxonomy.IsSector, c => t[UserMessages.UnknownSector, c]),
            string.IsNullOrWhiteSpace(Text) ? null : Text.Trim());
        if (criteria.Text is { Length: > MatchSearch.MaxTextLength } || criteria.Text?.Any(char.IsControl) == true)
        {
            ModelState.AddModelError(nameof(Text), t[UserMessages.TextTooLong, MatchSearch.MaxTextLength]);
        }

        if (!Enum.IsDefined(Kind))
        {
            ModelState.AddModelError(nameof(Kind), t["Choose what the search watches: partners or gaps."]);
            Kind = SavedSearchKind.Partners;
        }

        // A gaps search is a filter of the gaps list: one capability, one country, one sub-region, some words.
        if (Kind == SavedSearchKind.Gaps)
        {
            foreach (var (field, count) in new[] { (nameof(Seeks), criteria.Seeks.Count), (nameof(Countries), criteria.Countries.Count), (nameof(SubRegions), criteria.SubRegions.Count) })
            {
                if (count > 1)
                {
                    ModelState.AddModelError(field, t["Choose at most {0} values.", 1]);
                }
            }

            if (criteria.Groups.Count + criteria.Corridors.Count + criteria.Sectors.Count > 0)
            {
                ModelState.AddModelError(nameof(Groups), t["The gaps list filters by capability, country, sub-region and words only."]);
            }
        }

        if (ModelState.IsValid && criteria.IsEmpty)
        {
            ModelState.AddModelError(nameof(Seeks), t["Choose at least one capability, place or sector, or type some words."]);
        }

        return criteria;
    }

    private List<string> Codes(string field, List<string> values, Func<string, string> normalize, Func<string, bool> known, Func<string, string> unknown)
    {
        var codes = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => normalize(v.Trim())).Distinct(StringComparer.Ordinal).ToList();
        if (codes.Count > FindModel.MaxValues)
        {
            ModelState.AddModelError(field, t["Choose at most {0} values.", FindModel.MaxValues]);
            return [];
        }

        foreach (var code in codes.Where(c => !known(c)))
        {
            ModelState.AddModelError(field, unknown(code));
        }

        return [.. codes.Where(known)];
    }
}
