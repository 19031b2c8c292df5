namespace WorkwaysPortal.Web.Features.Organizations.Team;

/// <summary>
/// What the team's confirmation pages share (Remove, Revoke, Leave): a page showing what will change,
/// a box to tick, and the change taken once confirmed; the label of the box is the page's own.
/// </summary>
public abstract class ConfirmedTeamChangeModel(PortalDbContext db, IAuthorizationService authorization, IStringLocalizer<SharedResource> t)
    : TeamPageModel(db, authorization, t)
{
    public sealed class ConfirmInput
    {
        public bool Confirm { get; set; }
    }

    [BindProperty] public ConfirmInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await ShowAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await ShowAsync(id, ct) is { } refusal)
        {
            return refusal;
        }

        if (!Input.Confirm)
        {
            ModelState.AddModelError("Input.Confirm", T["Tick the box to confirm."]);
            return Page();
        }

        return await SaveAsync(() => ChangeAsync(id, ct), ct) ? Done(id) : await ShowAsync(id, ct) ?? Page();
    }

    /// <summary>Loads what the page is about: null to show it, else the answer instead (404, 403, back to the team).</summary>
    protected abstract Task<IActionResult?> ShowAsync(int id, CancellationToken ct);

    /// <summary>The change, its audit event and its notices (saved together by the caller).</summary>
    protected abstract Task ChangeAsync(int id, CancellationToken ct);

    /// <summary>The status message and where to go once the change is saved.</summary>
    protected abstract IActionResult Done(int id);
}
