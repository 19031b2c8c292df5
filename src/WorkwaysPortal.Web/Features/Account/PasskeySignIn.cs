using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using WorkwaysPortal.Data.Accounts;
using WorkwaysPortal.Domain.Auditing;

namespace WorkwaysPortal.Web.Features.Account;

/// <summary>
/// Signing in with a passkey (WebAuthn), as ASP.NET Core Identity checks it: the options the browser's
/// <c>navigator.credentials.get</c> needs (a new challenge, kept in Identity's short two-factor cookie, and no
/// list of credentials, so the answer is the same for everyone), then the assertion it returns (signature,
/// challenge, origin, relying party, user verification) and the sign-in, with its security event and audit event.
/// A user-verified passkey is a second factor by itself: the sign-in is marked as a passkey one, so a
/// privileged account keeps its role (<see cref="SecondFactor"/>), and no authenticator code is asked.
/// </summary>
public sealed class PasskeySignIn(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, SignInAudit audit)
{
    public const string Channel = "sign-in-page+passkey";

    /// <summary>The <c>PublicKeyCredentialRequestOptions</c> as JSON, for any account (discoverable credentials).</summary>
    public Task<string> RequestOptionsAsync() => signIn.MakePasskeyRequestOptionsAsync(null);

    public async Task<Microsoft.AspNetCore.Identity.SignInResult> SignInAsync(HttpContext http, string credentialJson)
    {
        ArgumentNullException.ThrowIfNull(http);
        PasskeyAssertionResult<ApplicationUser> assertion;
        try
        {
            assertion = await signIn.PerformPasskeyAssertionAsync(credentialJson);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Not a credential at all (bad JSON, no challenge asked for first): a refusal, never a 500.
            SecurityEvents.SignInFailed(http, null, "", Channel, "passkey-unreadable");
            return Microsoft.AspNetCore.Identity.SignInResult.Failed;
        }

        if (!assertion.Succeeded)
        {
            SecurityEvents.SignInFailed(http, null, "", Channel, "passkey-refused");
            return Microsoft.AspNetCore.Identity.SignInResult.Failed;
        }

        var user = assertion.User;
        if (await users.IsLockedOutAsync(user))
        {
            SecurityEvents.LockedOut(http, user.Id, Channel);
            return Microsoft.AspNetCore.Identity.SignInResult.LockedOut;
        }

        if (!await signIn.CanSignInAsync(user))
        {
            SecurityEvents.SignInFailed(http, user.Id, user.Email ?? "", Channel, "not-allowed");
            return Microsoft.AspNetCore.Identity.SignInResult.NotAllowed;
        }

        // The passkey's new signature counter and flags (Identity's own PasskeySignInAsync does the same).
        var updated = await users.AddOrUpdatePasskeyAsync(user, assertion.Passkey);
        if (!updated.Succeeded)
        {
            SecurityEvents.SignInFailed(http, user.Id, user.Email ?? "", Channel, "passkey-not-updated");
            return Microsoft.AspNetCore.Identity.SignInResult.Failed;
        }

        await users.ResetAccessFailedCountAsync(user);
        http.Items[SecondFactor.SignInMethodItem] = SecondFactor.PasskeyMethod;
        // RFC 8176: a user-verified passkey is more than one factor ("mfa"), not a password ("pwd").
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "mfa")]);
        SecurityEvents.SignedIn(http, user.Id, Channel);
        await audit.RecordAsync(user, AuditActions.SignedIn, Channel, http.RequestAborted);
        return Microsoft.AspNetCore.Identity.SignInResult.Success;
    }
}
