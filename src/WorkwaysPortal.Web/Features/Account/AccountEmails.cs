using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using WorkwaysPortal.Data.Accounts;
using WorkwaysPortal.Data.Mail;
using WorkwaysPortal.Data.Notifications;

namespace WorkwaysPortal.Web.Features.Account;

/// <summary>
/// The emails about an account (reset and confirmation links, notices of changes), written in the
/// recipient's language (<see cref="LanguageOf"/>) as plain text, and added to the mail outbox: the
/// caller saves them with the change they belong to, and <c>OutboxMailSender</c> delivers them.
/// </summary>
public sealed class AccountEmails(IOptions<MailOptions> mail, IOptions<AccountOptions> account, TimeProvider clock)
{
    private const int SubjectMaxLength = 300;

    /// <summary>The language a person reads: the one they chose, else the one they are using now.</summary>
    public static string LanguageOf(ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return PortalLanguages.IsSupported(user.PreferredLanguage)
            ? user.PreferredLanguage!.ToLowerInvariant()
            : PortalLanguages.Of(CultureInfo.CurrentUICulture);
    }

    /// <summary>Identity's tokens travel in links base64url-encoded; null when <paramref name="code"/> is not such an encoding.</summary>
    public static string? DecodeToken(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public void PasswordReset(PortalDbContext db, ApplicationUser user, string token)
    {
        var t = Texts(user);
        var minutes = (int)account.Value.PasswordResetLinkLifetime.TotalMinutes;
        Add(db, user.Email!, user, t["Choose a new password for Workways Portal"],
            t["Someone, we hope you, asked to reset the password of your Workways Portal account."],
            t["To choose a new password, open this link within {0} minutes. It works once:", minutes],
            Link("/Account/ResetPassword", ("user", user.Id.ToString()), ("code", Encode(token))),
            t["If you did not ask for it, ignore this email: your password stays as it is."]);
    }

    public void PasswordChanged(PortalDbContext db, ApplicationUser user)
    {
        var t = Texts(user);
        Add(db, user.Email!, user, t["Your Workways Portal password was changed"],
            t["The password of your Workways Portal account was changed, and the account was signed out everywhere else."],
            t["If you did not do it, choose a new password at once:"],
            Link("/Account/ForgotPassword"));
    }

    public void ConfirmAddress(PortalDbContext db, ApplicationUser user, string token)
    {
        var t = Texts(user);
        Add(db, user.Email!, user, t["Confirm your email address for Workways Portal"],
            t["Welcome to Workways Portal. To confirm that this address is yours, open this link:"],
            Link("/Account/ConfirmEmail", ("user", user.Id.ToString()), ("code", Encode(token))),
            t["Once it is confirmed you can register organizations and propose partnerships. If you did not create an account, ignore this email."]);
    }

    /// <summary>Registration with an address that already has an account: its owner is told instead, nothing else happens.</summary>
    public void AlreadyRegistered(PortalDbContext db, ApplicationUser user)
    {
        var t = Texts(user);
        Add(db, user.Email!, user, t["Someone tried to create a Workways Portal account with your address"],
            t["Someone tried to create a Workways Portal account with this email address, which already has one. No new account was created."],
            t["If it was you, sign in:"],
            Link("/Account/Login"),
            t["If you forgot your password, choose a new one:"],
            Link("/Account/ForgotPassword"),
            t["If it was not you, ignore this email."]);
    }

    public void ConfirmNewAddress(PortalDbContext db, ApplicationUser user, string newEmail, string token)
    {
        var t = Texts(user);
        Add(db, newEmail, user, t["Confirm your new email address for Workways Portal"],
            t["To use this address for your Workways Portal account from now on, open this link:"],
            Link("/Account/ConfirmEmailChange", ("user", user.Id.ToString()), ("email", newEmail), ("code", Encode(token))),
            t["Until then the account keeps its current address. If you did not ask for this, ignore this email."]);
    }

    /// <summary>To the address an account had before: it was replaced by <paramref name="newEmail"/>.</summary>
    public void AddressChanged(PortalDbContext db, ApplicationUser user, string oldEmail, string newEmail)
    {
        var t = Texts(user);
        Add(db, oldEmail, user, t["The email address of your Workways Portal account was changed"],
            t["The email address of your Workways Portal account is now {0}; emails will go there.", newEmail],
            t["If you did not do it, write to the portal's administrators at once."]);
    }

    /// <summary>Wrong passwords for the account from one address, which now waits between tries: the account itself stays open.</summary>
    public void SignInsHeldBack(PortalDbContext db, ApplicationUser user, int failures, string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var t = Texts(user);
        Add(db, user.Email!, user, t["Failed sign-ins to your Workways Portal account"],
            t["Someone gave a wrong password for your Workways Portal account {0} times in a row, from the network address {1}. That address now has to wait before each new try, longer each time. Your account is not locked: you can sign in as usual.", failures, address.StartsWith("ip:", StringComparison.Ordinal) ? address[3..] : address],
            t["If it was you and you forgot your password, choose a new one:"],
            Link("/Account/ForgotPassword"),
            t["If it was not you, your password held. To make the account safer still, turn on two-factor authentication:"],
            Link(SecondFactor.EnrolmentPage));
    }

    public void TwoFactorEnabled(PortalDbContext db, ApplicationUser user)
    {
        var t = Texts(user);
        Add(db, user.Email!, user, t["Two-factor authentication is on for your Workways Portal account"],
            t["Two-factor authentication was turned on for your Workways Portal account: signing in now needs your password and a code of your authenticator app (or one of your recovery codes)."],
            t["If you did not do it, choose a new password at once and write to the portal's administrators:"],
            Link("/Account/ForgotPassword"));
    }

    public void TwoFactorDisabled(PortalDbContext db, ApplicationUser user)
    {
        var t = Texts(user);
        Add(db, user.Email!, user, t["Two-factor authentication is off for your Workways Portal account"],
            t["Two-factor authentication was turned off for your Workways Portal account: signing in now needs only your password."],
            t["If you did not do it, choose a new password at once and write to the portal's administrators:"],
            Link("/Account/ForgotPassword"));
    }

    public void PasskeyAdded(PortalDbContext db, ApplicationUser user, string passkeyName)
    {
        var t = Texts(user);
        Add(db, user.Email!, user, t["A passkey was added to your Workways Portal account"],
            t["A passkey ({0}) was added to your Workways Portal account: it can now sign in without a password.", passkeyName],
            t["If you did not do it, remove it at once and choose a new password:"],
            Link("/Account/Manage/Passkeys"));
    }

    public void PasskeyRemoved(PortalDbContext db, ApplicationUser user, string passkeyName)
    {
        var t = Texts(user);
        Add(db, user.Email!, user, t["A passkey was removed from your Workways Portal account"],
            t["A passkey ({0}) was removed from your Workways Portal account, and the account was signed out everywhere else.", passkeyName],
            t["If you did not do it, choose a new password at once and write to the portal's administrators:"],
            Link("/Account/ForgotPassword"));
    }

    private static PortalTexts Texts(ApplicationUser user) => PortalTexts.In(LanguageOf(user));

    private static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    private string Link(string path, params (string Name, string Value)[] query) =>
        mail.Value.Link(QueryHelpers.AddQueryString(path, query.Select(q => KeyValuePair.Create(q.Name, (string?)q.Value)))).AbsoluteUri;

    private void Add(PortalDbContext db, string to, ApplicationUser user, string subject, params string[] paragraphs)
    {
        var t = Texts(user);
        var body = new StringBuilder();
        body.Append(t["Hello {0},", NotificationEmail.OneLine(user.DisplayName)]).Append("\n\n");
        foreach (var paragraph in paragraphs)
        {
            body.Append(paragraph).Append("\n\n");
        }

        body.Append("-- \n").Append(t["Workways Portal"]).Append('\n');
        var title = NotificationEmail.OneLine(subject);
        db.OutboxEmails.Add(OutboxEmail.Create(
            to, title.Length > SubjectMaxLength ? title[..SubjectMaxLength] : title, body.ToString(), clock.GetUtcNow()));
    }
}
