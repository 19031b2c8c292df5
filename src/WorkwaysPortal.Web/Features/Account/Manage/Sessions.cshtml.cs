using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using WorkwaysPortal.Data.Accounts;

namespace WorkwaysPortal.Web.Features.Account.Manage;

/// <summary>
/// The browsers and devices signed in to the account, and "sign out everywhere" (ASVS 7.5.2), with the
/// password asked again: every session ends on the server, this one included, and the security stamp
/// changes so that links sent before (password reset, confirmation) stop working too.
/// </summary>
[Authorize]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class SessionsModel(
    UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, PortalDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> t)
    : PageModel
{
    public sealed record SessionRow(DateTimeOffset CreatedAt, DateTimeOffset LastSeenAt, string? Device, bool IsCurrent);

    [BindProperty] public CurrentPasswordInput Input { get; set; } = new();
    public IReadOnlyList<SessionRow> Sessions { get; private set; } = [];

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostSignOutEverywhereAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (!ModelState.IsValid || !await AccountForm.CheckCurrentPasswordAsync(users, user, Input.CurrentPassword, ModelState))
        {
            await LoadAsync(ct);
            return Page();
        }

        await SignInSessions.EndAllAsync(db, user.Id, ct);
        await users.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        SecurityEvents.AccountChanged(HttpContext, "account.signed-out-everywhere", user.Id);
        TempData["StatusMessage"] = t["Your account was signed out everywhere, here too."].Value;
        return RedirectToPage("/Account/Login");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var userId = User.Id();
        var current = SignInSessions.CurrentId(User);
        var now = clock.GetUtcNow();
        Sessions = await db.UserSessions.AsNoTracking()
            .Where(s => s.UserId == userId && s.ExpiresAt > now)
            .OrderByDescending(s => s.LastSeenAt)
            .Select(s => new SessionRow(s.CreatedAt, s.LastSeenAt, s.Device, s.Id == current))
            .ToListAsync(ct);
    }
}
