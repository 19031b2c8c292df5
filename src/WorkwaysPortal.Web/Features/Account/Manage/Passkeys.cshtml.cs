using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using WorkwaysPortal.Data.Accounts;

namespace WorkwaysPortal.Web.Features.Account.Manage;

/// <summary>
/// The account's passkeys (WebAuthn credentials, as ASP.NET Core Identity keeps and checks them): the list
/// (name, when added), adding one (the browser's <c>navigator.credentials.create</c> with Identity's options,
/// <c>wwwroot/js/passkeys.js</c>; Identity checks the attestation), renaming, and removing one after a
/// confirmation. Adding and removing ask for the password again (ASVS 7.5.1, rate-limited like sign-ins),
/// mail a notice and are security events; removing one also ends every other session of the account.
/// A passkey sign-in is a second factor for a privileged role (<see cref="SecondFactor"/>).
/// </summary>
[Authorize]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class PasskeysModel(
    UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, PortalDbContext db, AccountEmails emails,
    IStringLocalizer<SharedResource> t) : PageModel
{
    public const int MaxNameLength = 100;

    public sealed class AddInput : CurrentPasswordInput
    {
        [StringLength(MaxNameLength, ErrorMessage = "The name can have at most {1} characters.")]
        [Display(Name = "Name of the passkey (optional)")]
        public string? Name { get; set; }

        /// <summary>The <c>PublicKeyCredential</c> the browser made, as JSON (set by the script).</summary>
        [StringLength(64 * 1024)]
        public string? CredentialJson { get; set; }
    }

    public sealed class RenameInput
    {
        [Required]
        [StringLength(2048)]
        public string Id { get; set; } = "";

        [Required(ErrorMessage = "Enter a name for the passkey.")]
        [StringLength(MaxNameLength, ErrorMessage = "The name can have at most {1} characters.")]
        [Display(Name = "New name")]
        public string Name { get; set; } = "";
    }

    public sealed class RemoveInput : CurrentPasswordInput
    {
        [Required]
        [StringLength(2048)]
        public string Id { get; set; } = "";
    }

    /// <summary>A passkey as the page shows it; <see cref="Id"/> is its credential id, base64url.</summary>
    public sealed record PasskeyRow(string Id, string? Name, DateTimeOffset CreatedAt);

    public IReadOnlyList<PasskeyRow> Passkeys { get; private set; } = [];

    public AddInput Add { get; set; } = new();
    public RenameInput Rename { get; set; } = new();
    public RemoveInput Remove { get; set; } = new();

    /// <summary>The passkey being renamed (<c>?rename=</c>) or whose removal is being confirmed (<c>?remove=</c>).</summary>
    public PasskeyRow? Renaming { get; private set; }
    public PasskeyRow? Removing { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? rename, string? remove)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        await ShowAsync(user);
        Renaming = Find(rename);
        Removing = Renaming is null ? Find(remove) : null;
        if ((rename is not null && Renaming is null) || (remove is not null && Removing is null))
        {
            return NotFound();
        }

        Rename = new RenameInput { Id = Renaming?.Id ?? "", Name = Renaming?.Name ?? "" };
        Remove = new RemoveInput { Id = Removing?.Id ?? "" };
        return Page();
    }

    /// <summary>
    /// The <c>PublicKeyCredentialCreationOptions</c> for this account, as JSON (a new challenge each time, kept by
    /// Identity in a short cookie), once the form's password is right: otherwise 400, and the script sends the
    /// form, whose answer says what is wrong, before the device makes a passkey the portal would refuse.
    /// </summary>
    public async Task<IActionResult> OnPostCreationOptionsAsync(AddInput add)
    {
        ArgumentNullException.ThrowIfNull(add);
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (!ModelState.IsValid || !await users.CheckPasswordAsync(user, add.CurrentPassword))
        {
            return BadRequest();
        }

        var entity = new PasskeyUserEntity
        {
            Id = user.Id.ToString(),
            Name = user.Email ?? user.UserName ?? "",
            DisplayName = string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email ?? "" : user.DisplayName,
        };
        Response.Headers.CacheControl = "no-store";
        return Content(await signIn.MakePasskeyCreationOptionsAsync(entity), "application/json");
    }

    public async Task<IActionResult> OnPostAddAsync(AddInput add, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(add);
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        Add = add;
        if (!ModelState.IsValid || !await AccountForm.CheckCurrentPasswordAsync(users, user, add.CurrentPassword, ModelState, "Add.CurrentPassword"))
        {
            await ShowAsync(user);
            return Page();
        }

        if (string.IsNullOrEmpty(add.CredentialJson))
        {
            ModelState.AddModelError(string.Empty, t["The browser made no passkey. Try again, or use another browser or device."]);
            await ShowAsync(user);
            return Page();
        }

        var attestation = await signIn.PerformPasskeyAttestationAsync(add.CredentialJson);
        if (!attestation.Succeeded)
        {
            ModelState.AddModelError(string.Empty, t["The passkey could not be added. Try again, or use another browser or device."]);
            await ShowAsync(user);
            return Page();
        }

        var passkey = attestation.Passkey;
        passkey.Name = string.IsNullOrWhiteSpace(add.Name) ? null : add.Name.Trim();
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            Check(await users.AddOrUpdatePasskeyAsync(user, passkey));
            emails.PasskeyAdded(db, user, NameOf(passkey.Name));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        });

        SecurityEvents.AccountChanged(HttpContext, "account.passkey-added", user.Id);
        TempData["StatusMessage"] = t["The passkey was added. You can sign in with it from now on."].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRenameAsync(RenameInput rename)
    {
        ArgumentNullException.ThrowIfNull(rename);
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (Decode(rename.Id) is not { } id || await users.GetPasskeyAsync(user, id) is not { } passkey)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            await ShowAsync(user);
            Rename = rename;
            Renaming = Find(rename.Id);
            return Page();
        }

        passkey.Name = rename.Name.Trim();
        Check(await users.AddOrUpdatePasskeyAsync(user, passkey));
        TempData["StatusMessage"] = t["The passkey was renamed."].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(RemoveInput remove, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(remove);
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (Decode(remove.Id) is not { } id || await users.GetPasskeyAsync(user, id) is not { } passkey)
        {
            return NotFound();
        }

        if (!ModelState.IsValid || !await AccountForm.CheckCurrentPasswordAsync(users, user, remove.CurrentPassword, ModelState, "Remove.CurrentPassword"))
        {
            await ShowAsync(user);
            Remove = remove;
            Removing = Find(remove.Id);
            return Page();
        }

        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            Check(await users.RemovePasskeyAsync(user, id));
            // Whoever signed in with it elsewhere (a lost device) keeps no session.
            await SignInSessions.EndOthersAsync(db, user.Id, SignInSessions.CurrentId(User), ct);
            emails.PasskeyRemoved(db, user, NameOf(passkey.Name));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        });

        SecurityEvents.AccountChanged(HttpContext, "account.passkey-removed", user.Id);
        TempData["StatusMessage"] = t["The passkey was removed. It cannot sign in any more."].Value;
        return RedirectToPage();
    }

    /// <summary>A passkey's name as the page and the emails show it.</summary>
    public string NameOf(string? name) => string.IsNullOrWhiteSpace(name) ? t["Unnamed passkey"] : name;

    private async Task ShowAsync(ApplicationUser user) =>
        Passkeys = [.. (await users.GetPasskeysAsync(user))
            .OrderBy(p => p.CreatedAt)
            .Select(p => new PasskeyRow(WebEncoders.Base64UrlEncode(p.CredentialId), p.Name, p.CreatedAt))];

    private PasskeyRow? Find(string? id) => id is null ? null : Passkeys.FirstOrDefault(p => p.Id == id);

    /// <summary>A credential id from the page (base64url), or null when it cannot be one.</summary>
    private static byte[]? Decode(string? id)
    {
        try
        {
            return string.IsNullOrEmpty(id) ? null : WebEncoders.Base64UrlDecode(id);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
