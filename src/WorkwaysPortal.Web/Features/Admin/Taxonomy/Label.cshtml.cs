using WorkwaysPortal.Domain.Auditing;

namespace WorkwaysPortal.Web.Features.Admin.Taxonomy;

/// <summary>The terms of one kind on the taxonomy page, with links to rename them.</summary>
public sealed record TermNamesView(string Kind, IReadOnlyList<TaxonomyTerm> Terms);

/// <summary>
/// Staff rename a sector or a capability (<c>?kind=sector|capability&amp;code=</c>) in each language of the portal;
/// its code, which records, filters and the API use, stays. Unknown kind or code: 404.
/// </summary>
public sealed class LabelModel(PortalDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Code { get; set; }
    [BindProperty] public TermNamesInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await FindAsync(ct) is not { } term)
        {
            return NotFound();
        }

        Input = TermNamesInput.From(term.Names);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await FindAsync(ct) is not { } term)
        {
            return NotFound();
        }

        Input.Validate(ModelState, nameof(Input), t);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var before = term.Names;
        term.Names = Input.ApplyTo(term.Names);
        db.AuditEvents.Add(TaxonomyAudit.Event(
            User, clock.GetUtcNow(), AuditActions.TaxonomyLabelChanged, Kind!, term.Code, new { before, after = term.Names }));
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = t["The names of {0} were saved.", term.Code].Value;
        return RedirectToPage("/Admin/Taxonomy/Index");
    }

    private async Task<TaxonomyTerm?> FindAsync(CancellationToken ct) => !TaxonomyCodes.IsCode(Code) ? null : Kind switch
    {
        "sector" => await db.Sectors.FirstOrDefaultAsync(s => s.Code == Code, ct),
        "capability" => await db.Capabilities.FirstOrDefaultAsync(c => c.Code == Code, ct),
        _ => null,
    };
}
