using System.Text;
using WorkwaysPortal.Data.Notifications;

namespace WorkwaysPortal.Web.Features.Admin.Users;

/// <summary>The email that carries an administrator's invitation to create an account with a role, in one language.</summary>
public sealed record AccountInvitationEmail(string Subject, string Body)
{
    public static AccountInvitationEmail Compose(string language, string role, string inviter, Uri link, DateTimeOffset expiresAt)
    {
        ArgumentNullException.ThrowIfNull(link);
        var t = PortalTexts.In(language);
        var until = expiresAt.UtcDateTime.ToString("f", t.Culture) + " UTC";
        var body = new StringBuilder()
            .Append(t["{0} invites you to Workways Portal, where organizations working on migration and development find partners, with the role {1}.", NotificationEmail.OneLine(inviter), t[RoleNames.Of(role)].Value].Value).Append("\n\n")
            .Append(t["Create your account (the link works once, until {0}):", until].Value).Append('\n')
            .Append(link.AbsoluteUri).Append("\n\n")
            .Append(t["If you did not expect this invitation, ignore this email."].Value).Append('\n')
            .Append("\n-- \n").Append(t["Workways Portal"].Value).Append('\n');
        return new AccountInvitationEmail(t["Invitation to Workways Portal"].Value, body.ToString());
    }
}
