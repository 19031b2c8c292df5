using WorkwaysPortal.Domain.Accounts;

namespace WorkwaysPortal.Web.Features.Admin.Users;

/// <summary>
/// What the confirmation pages of destructive changes (take a role, lock) share: the account named by
/// <c>?user=</c> (404 when there is none), a box to tick, the change through <see cref="AccountAdministration"/>,
/// and its refusal shown above the form.
/// </summary>
public abstract class ConfirmedAccountChangeModel(PortalDbContext db, AccountAdministration administration, IStringLocalizer<SharedResource> t)
    : PageModel
{
    public sealed class ConfirmInput
    {
        public bool Confirm { get; set; }
    }

    [BindProperty(SupportsGet = true, Name = "user")] public Guid? UserId { get; set; }
    [BindProperty] public ConfirmInput Input { get; set; } = new();

    public AccountView Account { get; private set; } = null!;

    protected IStringLocalizer<SharedResource> T => t;

    protected abstract AccountChange Change { get; }

    /// <summary>The role given or taken, when the change is about one.</summary>
    protected virtual string? Role => null;

    /// <summary>Whether the change still means something for this account (it has the role; it is not locked).</summary>
    protected abstract bool Applies(AccountView account);

    protected abstract LocalizedString Done(AccountView account);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await ShowAsync(ct) is { } refusal)
        {
            return refusal;
        }

        if (!Input.Confirm)
        {
            ModelState.AddModelError("Input.Confirm", t["Tick the box to confirm."]);
            return Page();
        }

        var outcome = await administration.ChangeAsync(HttpContext, Account.Id, Change, Role, ct);
        if (!outcome.Found)
        {
            return NotFound();
        }

        if (outcome.Refusal is { } message)
        {
            ModelState.AddModelError("", t[message]);
            return Page();
        }

        TempData["StatusMessage"] = Done(Account).Value;
        return RedirectToPage("/Admin/Users/Details", new { user = Account.Id });
    }

    private async Task<IActionResult?> ShowAsync(CancellationToken ct)
    {
        if (await AccountView.LoadAsync(db, UserId, ct) is not { } account)
        {
            return NotFound();
        }

        Account = account;
        return Applies(account) ? null : RedirectToPage("/Admin/Users/Details", new { user = account.Id });
    }
}
