using WorkwaysPortal.Domain.Accounts;

namespace WorkwaysPortal.Web.Features.Admin.Users;

/// <summary>
/// One account for administrators (<c>?user=</c>): its roles (give one here; taking one is confirmed on
/// its own page), its state (unlock here; locking is confirmed), the confirmation link sent again, and
/// the last audit events about it. A refusal (<see cref="AdministratorRule"/>) is shown above the page.
/// </summary>
public sealed class DetailsModel(PortalDbContext db, AccountAdministration administration, TimeProvider clock, IStringLocalizer<SharedResource> t)
    : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")] public Guid? UserId { get; set; }

    public AccountView Account { get; private set; } = null!;
    public DateTimeOffset Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(ct) ?? Page();

    public Task<IActionResult> OnPostGiveAsync(string? role, CancellationToken ct) =>
        ChangeAsync(AccountChange.GiveRole, role, name => t["{0} now has the role {1}.", name, t[RoleNames.Of(role ?? "")].Value], ct);

    public Task<IActionResult> OnPostUnlockAsync(CancellationToken ct) =>
        ChangeAsync(AccountChange.Unlock, null, name => t["{0} is unlocked and can sign in again.", name], ct);

    public async Task<IActionResult> OnPostResendAsync(CancellationToken ct)
    {
        if (UserId is not { } id)
        {
            return NotFound();
        }

        var outcome = await administration.ResendConfirmationAsync(HttpContext, id, ct);
        return await AnswerAsync(outcome, name => t["A new confirmation link was sent to {0}.", name], ct);
    }

    private async Task<IActionResult> ChangeAsync(AccountChange change, string? role, Func<string, LocalizedString> done, CancellationToken ct)
    {
        if (UserId is not { } id)
        {
            return NotFound();
        }

        var outcome = await administration.ChangeAsync(HttpContext, id, change, role ?? "", ct);
        return await AnswerAsync(outcome, done, ct);
    }

    private async Task<IActionResult> AnswerAsync(AdministrationOutcome outcome, Func<string, LocalizedString> done, CancellationToken ct)
    {
        if (!outcome.Found)
        {
            return NotFound();
        }

        if (outcome.Refusal is { } refusal)
        {
            ModelState.AddModelError("", t[refusal]);
            return await ShowAsync(ct) ?? Page();
        }

        var account = await AccountView.LoadAsync(db, UserId, ct);
        TempData["StatusMessage"] = done(account?.DisplayName ?? "").Value;
        return RedirectToPage(new { user = UserId });
    }

    private async Task<IActionResult?> ShowAsync(CancellationToken ct)
    {
        Now = clock.GetUtcNow();
        if (await AccountView.LoadAsync(db, UserId, ct) is not { } account)
        {
            return NotFound();
        }

        Account = account;
        return null;
    }
}
