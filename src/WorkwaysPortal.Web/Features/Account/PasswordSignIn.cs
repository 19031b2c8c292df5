using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using WorkwaysPortal.Data;
using WorkwaysPortal.Data.Accounts;
using WorkwaysPortal.Domain.Auditing;

namespace WorkwaysPortal.Web.Features.Account;

/// <summary>
/// Signing in with an email and a password, for the sign-in page and the token API alike, with its
/// security events. It takes the same time whether the account exists, is locked or the password is
/// wrong (ASVS 6.3.x, no enumeration by timing): every attempt verifies one password hash, a
/// placeholder's when there is no account to check or the account is locked. Whoever calls it answers
/// every failure with <see cref="FailureMessage"/>, which says nothing about which one it was.
/// Wrong passwords do not lock the account: <see cref="SignInThrottle"/> holds back the address that
/// sends them, and the owner is told by email. (An administrator's lock, and the lock after wrong codes
/// of the second step, which only someone who knows the password can cause, are Identity's lockout.)
/// </summary>
public sealed class PasswordSignIn(
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signIn,
    IOptions<AccountOptions> account,
    IOptions<IdentityOptions> identity,
    SignInThrottle throttle,
    SignInAudit audit,
    AccountEmails emails,
    PortalDbContext db)
{
    private static string? _placeholderHash;
    private static readonly ApplicationUser Placeholder = new() { UserName = "placeholder", DisplayName = "placeholder" };

    /// <summary>Signs in (with the caller's scheme: the cookie, or a bearer token when <paramref name="bearer"/>).</summary>
    public async Task<Microsoft.AspNetCore.Identity.SignInResult> SignInAsync(
        HttpContext http, string email, string password, bool persistent, string channel, bool bearer = false)
    {
        ArgumentNullException.ThrowIfNull(http);
        var ct = http.RequestAborted;
        var key = SignInThrottle.KeyOf(users.NormalizeEmail(email));
        var address = RateLimits.ClientAddress(http);
        if (await throttle.HeldUntilAsync(key, address, ct) is not null)
        {
            // Held back: the password is not even tried, but hashed all the same.
            VerifyPlaceholder(password);
            SecurityEvents.SignInHeldBack(http, email, channel);
            return Microsoft.AspNetCore.Identity.SignInResult.LockedOut;
        }

        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            VerifyPlaceholder(password);
            SecurityEvents.SignInFailed(http, null, email, channel, "unknown-account");
            await throttle.FailedAsync(key, address, ct);
            return Microsoft.AspNetCore.Identity.SignInResult.Failed;
        }

        if (await users.IsLockedOutAsync(user))
        {
            // Identity would refuse before hashing: hash anyway.
            VerifyPlaceholder(password);
            SecurityEvents.LockedOut(http, user.Id, channel);
            return Microsoft.AspNetCore.Identity.SignInResult.LockedOut;
        }

        if (bearer)
        {
            // The bearer handler writes the token response itself when the sign-in succeeds.
            signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        }

        // A password sign-in, even in a browser whose current sign-in was made with a passkey (SecondFactor).
        http.Items[SecondFactor.SignInMethodItem] = SecondFactor.PasswordMethod;
        var result = await signIn.PasswordSignInAsync(user, password, persistent, lockoutOnFailure: false);
        if (result.Succeeded || result.RequiresTwoFactor)
        {
            await throttle.SucceededAsync(key, address, ct);
        }

        if (result.Succeeded)
        {
            SecurityEvents.SignedIn(http, user.Id, channel);
            await audit.RecordAsync(user, AuditActions.SignedIn, channel, ct);
        }
        else if (result.RequiresTwoFactor)
        {
            // The password was right; the sign-in waits for the second factor (TwoFactorUserId cookie, or in the same request for the API).
            SecurityEvents.SecondFactorNeeded(http, user.Id, channel);
        }
        else if (result.IsLockedOut)
        {
            SecurityEvents.LockedOut(http, user.Id, channel);
        }
        else
        {
            SecurityEvents.SignInFailed(http, user.Id, email, channel, result.IsNotAllowed ? "not-allowed" : "wrong-password");
            if (!result.IsNotAllowed)
            {
                await WrongPasswordAsync(http, user, key, address, channel);
            }
        }

        return result;
    }

    /// <summary>
    /// The second step of a sign-in whose password was right (<see cref="Microsoft.AspNetCore.Identity.SignInResult.RequiresTwoFactor"/>):
    /// a code of the authenticator app, or one of the recovery codes (each works once). A wrong code counts
    /// towards the lockout like a wrong password (Identity's <c>AccessFailedAsync</c>). The account is the one
    /// the first step remembered (the <c>Identity.TwoFactorUserId</c> cookie, or this request for the API).
    /// </summary>
    public async Task<Microsoft.AspNetCore.Identity.SignInResult> SecondFactorAsync(
        HttpContext http, string code, bool isRecoveryCode, bool persistent, string channel)
    {
        ArgumentNullException.ThrowIfNull(http);
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return Microsoft.AspNetCore.Identity.SignInResult.Failed;
        }

        http.Items[SecondFactor.SignInMethodItem] = SecondFactor.PasswordMethod;
        var result = isRecoveryCode
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(SecondFactor.NormalizeRecoveryCode(code))
            : await signIn.TwoFactorAuthenticatorSignInAsync(SecondFactor.Normalize(code), persistent, rememberClient: false);
        var secondChannel = isRecoveryCode ? channel + "+recovery-code" : channel + "+authenticator";
        if (result.Succeeded)
        {
            SecurityEvents.SignedIn(http, user.Id, secondChannel);
        }
        else if (result.IsLockedOut)
        {
            SecurityEvents.LockedOut(http, user.Id, secondChannel);
        }
        else
        {
            SecurityEvents.SignInFailed(http, user.Id, user.Email ?? "", secondChannel, isRecoveryCode ? "wrong-recovery-code" : "wrong-code");
        }

        return result;
    }

    /// <summary>The one answer to every failed sign-in: unknown account, wrong password, held back or locked account.</summary>
    public string FailureMessage(IStringLocalizer t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return t["The email or password is not correct. After {0} failed attempts, each new attempt from the same place has to wait, longer each time.",
            account.Value.FailedSignInsBeforeDelay];
    }

    /// <summary>The answer when wrong codes of the second step locked the account (Identity's lockout).</summary>
    public string SecondFactorLockedMessage(IStringLocalizer t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return t["Too many wrong codes: the account is locked for {0} minutes. To open it sooner, choose a new password by email.",
            (int)identity.Value.Lockout.DefaultLockoutTimeSpan.TotalMinutes];
    }

    /// <summary>A wrong password: the address's count grows; the failure that starts its wait is audited and told to the owner.</summary>
    private async Task WrongPasswordAsync(HttpContext http, ApplicationUser user, string key, string address, string channel)
    {
        var failure = await throttle.FailedAsync(key, address, http.RequestAborted);
        if (failure.HeldUntil is not { } until || failure.Failures != account.Value.FailedSignInsBeforeDelay)
        {
            return;
        }

        SecurityEvents.SignInsHeldBack(http, user.Id, channel, failure.Failures, until);
        if (failure.NotifyOwner)
        {
            emails.SignInsHeldBack(db, user, failure.Failures, address);
        }

        await audit.RecordAsync(user, AuditActions.SignInsHeldBack, channel, http.RequestAborted);
    }

    private void VerifyPlaceholder(string password)
    {
        _placeholderHash ??= users.PasswordHasher.HashPassword(Placeholder, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));
        users.PasswordHasher.VerifyHashedPassword(Placeholder, _placeholderHash, password);
    }
}
