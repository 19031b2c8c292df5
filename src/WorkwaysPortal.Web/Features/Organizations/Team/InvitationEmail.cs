using System.Text;
using WorkwaysPortal.Data.Notifications;

namespace WorkwaysPortal.Web.Features.Organizations.Team;

/// <summary>
/// The email that carries an invitation, plain text in one language (the one the delegate chose for the
/// recipient; English by default), with the link and until when it works.
/// </summary>
public sealed record InvitationEmail(string Subject, string Body)
{
    public static InvitationEmail Compose(string language, string organization, string inviter, Uri link, DateTimeOffset expiresAt)
    {
        ArgumentNullException.ThrowIfNull(link);
        var t = PortalTexts.In(language);
        var name = NotificationEmail.OneLine(organization);
        var until = expiresAt.UtcDateTime.ToString("f", t.Culture) + " UTC";
        var body = new StringBuilder()
            .Append(t["{0} invites you to join the delegates of {1} on Workways Portal, where organizations working on migration and development find partners. Delegates edit their organization's profile and act for it.", NotificationEmail.OneLine(inviter), name].Value).Append("\n\n")
            .Append(t["Accept the invitation (the link works once, until {0}):", until].Value).Append('\n')
            .Append(link.AbsoluteUri).Append("\n\n")
            .Append(t["If you have no account yet, you can create one from that page. If you did not expect this invitation, ignore this email."].Value).Append('\n')
            .Append("\n-- \n").Append(t["Workways Portal"].Value).Append('\n');
        return new InvitationEmail(t["Invitation to join {0} on Workways Portal", name].Value, body.ToString());
    }
}
