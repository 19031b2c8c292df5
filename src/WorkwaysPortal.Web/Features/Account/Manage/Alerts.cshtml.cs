using System.Globalization;
using WorkwaysPortal.Domain;
using WorkwaysPortal.Domain.Alerts;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Web.Features.Alerts;

namespace WorkwaysPortal.Web.Features.Account.Manage;

/// <summary>
/// The account's saved searches (issue 13): rename one, change how often it alerts, turn it off or on,
/// delete it (after a confirmation). A saved search of someone else is not found (404).
/// </summary>
[Authorize]
public sealed class AlertsModel(PortalDbContext db, TaxonomyCatalog catalog, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    public sealed record Row(int Id, string Name, AlertFrequency Frequency, bool Active, string Summary, string FindUrl, DateTimeOffset LastRunAt, SavedSearchKind Kind);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    /// <summary>The saved search whose deletion is being confirmed (<c>?delete=id</c>).</summary>
    [BindProperty(SupportsGet = true, Name = "delete")] public int? ConfirmDelete { get; set; }

    /// <summary>The row whose name was refused, and why.</summary>
    public int? ErrorId { get; private set; }
    public string? NameError { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return ConfirmDelete is { } id && Rows.All(r => r.Id != id) ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostUpdateAsync(int id, string? name, AlertFrequency frequency, CancellationToken ct)
    {
        if (await MineAsync(id, ct) is not { } search)
        {
            return NotFound();
        }

        var trimmed = (name ?? "").Trim();
        string? error = trimmed.Length == 0 ? t[UserMessages.SavedSearchNameRequired].Value
            : trimmed.Length > SavedSearch.NameMaxLength || trimmed.Any(char.IsControl) ? t[UserMessages.SavedSearchNameTooLong].Value
            : !ModelState.IsValid ? t["Choose how often."].Value
            : null;
        if (error is not null)
        {
            ErrorId = id;
            NameError = error;
            await LoadAsync(ct);
            return Page();
        }

        search.Rename(trimmed);
        search.ChangeFrequency(frequency);
        Audit(AuditActions.SavedSearchChanged, id, new { name = trimmed, frequency = frequency.ToString() });
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = t["Saved search updated."].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostToggleAsync(int id, CancellationToken ct)
    {
        if (await MineAsync(id, ct) is not { } search)
        {
            return NotFound();
        }

        if (search.Active)
        {
            search.TurnOff();
        }
        else
        {
            search.TurnOn();
        }

        Audit(AuditActions.SavedSearchChanged, id, new { active = search.Active });
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = (search.Active ? t["Alerts turned on."] : t["Alerts turned off."]).Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        if (await MineAsync(id, ct) is not { } search)
        {
            return NotFound();
        }

        db.SavedSearches.Remove(search);
        Audit(AuditActions.SavedSearchDeleted, id, null);
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = t["Saved search deleted."].Value;
        return RedirectToPage();
    }

    private Task<SavedSearch?> MineAsync(int id, CancellationToken ct)
    {
        var userId = User.Id();
        return db.SavedSearches.SingleOrDefaultAsync(s => s.Id == id && s.UserId == userId, ct);
    }

    private void Audit(string action, int id, object? details) =>
        db.AuditEvents.Add(AuditEvent.Record(
            clock.GetUtcNow(), User.Id(), User.Identity?.Name ?? "", action, AuditSubjects.SavedSearch, id.ToString(CultureInfo.InvariantCulture),
            details: details is null ? null : System.Text.Json.JsonSerializer.Serialize(details)));

    private async Task LoadAsync(CancellationToken ct)
    {
        var userId = User.Id();
        var taxonomy = await catalog.GetAsync(ct);
        var language = PortalCultures.Current;
        var searches = await db.SavedSearches.AsNoTracking().Where(s => s.UserId == userId).OrderBy(s => s.Name).ThenBy(s => s.Id).ToListAsync(ct);
        Rows =
        [
            .. searches.Select(s => new Row(
                s.Id, s.Name, s.Frequency, s.Active, SavedSearchText.Summary(s.Kind, s.Criteria, taxonomy, t, language), SavedSearchText.RunUrl(s.Kind, s.Criteria), s.LastRunAt, s.Kind)),
        ];
    }
}
