using System.Text.RegularExpressions;
using WorkwaysPortal.Domain.Auditing;

namespace WorkwaysPortal.Web.Features.Admin.Taxonomy;

/// <summary>
/// Staff create or edit a country group (<c>?code=</c>; none for a new one): its names in each language and its countries
/// (two at least). A new group's code comes from its English name. An unknown code is a 404.
/// </summary>
public sealed partial class GroupModel(PortalDbContext db, TaxonomyCatalog catalog, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Code { get; set; }
    [BindProperty] public TermNamesInput Input { get; set; } = new();
    [BindProperty] public List<string> Countries { get; set; } = [];

    public TaxonomySnapshot Taxonomy { get; private set; } = TaxonomySnapshot.Seed;
    public bool IsNew => string.IsNullOrEmpty(Code);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Taxonomy = await catalog.GetAsync(ct);
        if (IsNew)
        {
            return Page();
        }

        if (!TaxonomyCodes.IsCode(Code) || await db.CountryGroups.AsNoTracking().FirstOrDefaultAsync(g => g.Code == Code, ct) is not { } group)
        {
            return NotFound();
        }

        Input = TermNamesInput.From(group.Names);
        Countries = [.. group.CountryCodes];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Taxonomy = await catalog.GetAsync(ct);
        var group = IsNew || !TaxonomyCodes.IsCode(Code) ? null : await db.CountryGroups.FirstOrDefaultAsync(g => g.Code == Code, ct);
        if (!IsNew && group is null)
        {
            return NotFound();
        }

        Input.Validate(ModelState, nameof(Input), t);
        var countries = Countries.Where(Taxonomy.IsCountry).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (countries.Length < 2)
        {
            ModelState.AddModelError(nameof(Countries), t["Choose at least two countries."]);
        }

        var code = group?.Code ?? CodeOf(Input.Name(LocalizedNames.Fallback));
        if (group is null && ModelState.IsValid && (code.Length == 0 || await db.CountryGroups.AnyAsync(g => g.Code == code, ct)))
        {
            ModelState.AddModelError(TermNamesInput.Field(nameof(Input), LocalizedNames.Fallback), t["A group with this name already exists."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (group is null)
        {
            group = new CountryGroup { Code = code };
            db.CountryGroups.Add(group);
        }

        group.Names = Input.ApplyTo(group.Names);
        group.CountryCodes = countries;
        db.AuditEvents.Add(TaxonomyAudit.Event(
            User, clock.GetUtcNow(), AuditActions.TaxonomyGroupSaved, "country-group", code, new { names = group.Names, countries }));
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = t["The group {0} was saved.", group.NameIn(PortalCultures.Current)].Value;
        return RedirectToPage("/Admin/Taxonomy/Index");
    }

    /// <summary>"Andean Community" → "andean-community".</summary>
    public static string CodeOf(string name)
    {
        var ascii = new string([.. (name ?? "").Normalize(System.Text.NormalizationForm.FormD).Where(c => c < 128)]).ToLowerInvariant();
        var code = NotCode().Replace(ascii, "-").Trim('-');
        return code.Length > 60 ? code[..60].TrimEnd('-') : code;
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotCode();
}
