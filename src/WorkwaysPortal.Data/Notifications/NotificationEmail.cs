using System.Text;
using WorkwaysPortal.Domain.Notifications;

namespace WorkwaysPortal.Data.Notifications;

/// <summary>
/// The email that goes with a notification, as plain text with a link to the portal: in the recipient's
/// preferred language ("en" or "es"), or, for someone who never chose one, in English and then in
/// Spanish. (In-app notifications are rendered in the reader's language when they are read.)
/// </summary>
public sealed record NotificationEmail(string Subject, string Body)
{
    private const int SubjectMaxLength = 300;

    private sealed record Text(string Subject, string Sentence, string Reason, string Open);

    /// <summary>Writes the email for one kind of notification about <paramref name="subject"/> (a proposal's or an organization's name).</summary>
    /// <param name="language">The recipient's preferred language; null (or one the portal does not write) for both.</param>
    public static NotificationEmail Compose(string kind, string subject, string? reason, Uri link, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(link);
        var (english, spanish) = Texts(kind, OneLine(subject));
        var body = new StringBuilder();
        string title;
        if (language is "en" or "es")
        {
            var text = language == "es" ? spanish : english;
            Write(body, text, reason, link);
            body.Append(language == "es" ? "\n-- \nPortal Workways\n" : "\n-- \nWorkways Portal\n");
            title = $"{text.Subject}: {OneLine(subject)}";
        }
        else
        {
            Write(body, english, reason, link);
            body.Append("\n--- Español ---\n\n");
            Write(body, spanish, reason, link);
            body.Append("\n-- \nWorkways Portal · Portal Workways\n");
            title = $"{english.Subject} / {spanish.Subject}: {OneLine(subject)}";
        }

        return new NotificationEmail(title.Length > SubjectMaxLength ? title[..(SubjectMaxLength - 1)] + "…" : title, body.ToString());
    }

    private static void Write(StringBuilder body, Text text, string? reason, Uri link)
    {
        body.Append(text.Sentence).Append('\n');
        if (!string.IsNullOrWhiteSpace(reason))
        {
            body.Append('\n').Append(text.Reason).Append(": ").Append(reason.Trim()).Append('\n');
        }

        body.Append('\n').Append(text.Open).Append(": ").Append(link.AbsoluteUri).Append('\n');
    }

    private static (Text English, Text Spanish) Texts(string kind, string s) => kind switch
    {
        NotificationKinds.ProposalSubmitted => (
            new("Proposal submitted for review", $"The partnership proposal \"{s}\" was submitted and is waiting for a moderator's decision.", "Reason", "Open it in Workways Portal"),
            new("Propuesta enviada para revisión", $"La propuesta de alianza \"{s}\" fue enviada y espera la decisión de un moderador.", "Motivo", "Ábrala en el Portal Workways")),
        NotificationKinds.ProposalApproved => (
            new("Proposal approved", $"The partnership proposal \"{s}\" was approved. The partnership now appears on the page of every organization involved.", "Reason", "Open it in Workways Portal"),
            new("Propuesta aprobada", $"La propuesta de alianza \"{s}\" fue aprobada. La alianza aparece ahora en la página de cada organización participante.", "Motivo", "Ábrala en el Portal Workways")),
        NotificationKinds.ProposalRejected => (
            new("Proposal rejected", $"The partnership proposal \"{s}\" was rejected by a moderator.", "Reason", "Open it in Workways Portal"),
            new("Propuesta rechazada", $"Un moderador rechazó la propuesta de alianza \"{s}\".", "Motivo", "Ábrala en el Portal Workways")),
        NotificationKinds.ProposalChangesRequested => (
            new("Changes requested", $"A moderator asked for changes to the partnership proposal \"{s}\" before deciding. The proposing organization can edit it and submit it again.", "What to change", "Open it in Workways Portal"),
            new("Cambios solicitados", $"Un moderador pidió cambios en la propuesta de alianza \"{s}\" antes de decidir. La organización proponente puede editarla y enviarla de nuevo.", "Qué cambiar", "Ábrala en el Portal Workways")),
        NotificationKinds.ProposalWithdrawn => (
            new("Proposal withdrawn", $"The partnership proposal \"{s}\" was withdrawn by the organization that made it.", "Reason", "Open it in Workways Portal"),
            new("Propuesta retirada", $"La organización que hizo la propuesta de alianza \"{s}\" la retiró.", "Motivo", "Ábrala en el Portal Workways")),
        NotificationKinds.ProposalAwaitingPartners => (
            new("Partnership proposal for your organization", $"Your organization is named as a partner in the partnership proposal \"{s}\". Its delegates can accept or decline it; a moderator reviews it once every partner has accepted.", "Message", "Open it in Workways Portal"),
            new("Propuesta de alianza para su organización", $"Su organización figura como socia en la propuesta de alianza \"{s}\". Sus delegados pueden aceptarla o rechazarla; un moderador la revisa cuando todas las socias la han aceptado.", "Mensaje", "Ábrala en el Portal Workways")),
        NotificationKinds.ProposalPartnerAccepted => (
            new("A partner accepted", $"A partner organization accepted the partnership proposal \"{s}\".", "Message", "Open it in Workways Portal"),
            new("Una socia aceptó", $"Una organización socia aceptó la propuesta de alianza \"{s}\".", "Mensaje", "Ábrala en el Portal Workways")),
        NotificationKinds.ProposalPartnerDeclined => (
            new("A partner declined", $"A partner organization declined the partnership proposal \"{s}\". You can drop it from the proposal or withdraw the proposal.", "Message", "Open it in Workways Portal"),
            new("Una socia rechazó", $"Una organización socia rechazó la propuesta de alianza \"{s}\". Puede quitarla de la propuesta o retirar la propuesta.", "Mensaje", "Ábrala en el Portal Workways")),
        NotificationKinds.OrganizationVerified => (
            new("Organization verified", $"A moderator verified {s}. It now appears in the public directory.", "Reason", "Open it in Workways Portal"),
            new("Organización verificada", $"Un moderador verificó {s}. Ahora aparece en el directorio público.", "Motivo", "Ábrala en el Portal Workways")),
        NotificationKinds.OrganizationRejected => (
            new("Organization not verified", $"A moderator did not verify {s}. Its delegates can correct its profile, and it will be reviewed again.", "Reason", "Open it in Workways Portal"),
            new("Organización no verificada", $"Un moderador no verificó {s}. Sus delegados pueden corregir el perfil y se revisará de nuevo.", "Motivo", "Ábrala en el Portal Workways")),
        NotificationKinds.OrganizationRegistered => (
            new("Organization to verify", $"{s} was registered and is waiting for a moderator's review.", "Reason", "Open it in Workways Portal"),
            new("Organización por verificar", $"{s} se registró y espera la revisión de un moderador.", "Motivo", "Ábrala en el Portal Workways")),
        NotificationKinds.OrganizationInformationRequested => (
            new("More information requested", $"A moderator needs more information about {s} before verifying it. Its delegates can complete its profile with what is asked.", "Message", "Open it in Workways Portal"),
            new("Se solicita más información", $"Un moderador necesita más información sobre {s} antes de verificarla. Sus delegados pueden completar el perfil con lo que se pide.", "Mensaje", "Ábrala en el Portal Workways")),
        NotificationKinds.DelegateAssigned => (
            new("You are now a delegate", $"A moderator made you a delegate of {s}. You can now edit it, act for it and invite your colleagues.", "Reason", "Open it in Workways Portal"),
            new("Ahora es delegado", $"Un moderador lo nombró delegado de {s}. Ahora puede editarla, actuar en su nombre e invitar a sus colegas.", "Motivo", "Ábrala en el Portal Workways")),
        NotificationKinds.DelegateRemoved => (
            new("You are no longer a delegate", $"A fellow delegate removed you from the delegates of {s}.", "Reason", "Open it in Workways Portal"),
            new("Ya no es delegado", $"Otro delegado lo quitó de los delegados de {s}.", "Motivo", "Ábrala en el Portal Workways")),
        NotificationKinds.DelegateJoined => (
            new("New delegate", $"Someone accepted an invitation and joined the delegates of {s}. Check the team if you did not expect it.", "Reason", "Open it in Workways Portal"),
            new("Nuevo delegado", $"Alguien aceptó una invitación y se unió a los delegados de {s}. Revise el equipo si no lo esperaba.", "Motivo", "Ábrala en el Portal Workways")),
        NotificationKinds.JoinRequested => (
            new("Request to join", $"Someone asks to join the delegates of {s}. Accept or decline the request on the organization's team page.", "Message", "Open it in Workways Portal"),
            new("Solicitud para unirse", $"Alguien pide unirse a los delegados de {s}. Acepte o rechace la solicitud en la página del equipo de la organización.", "Mensaje", "Ábrala en el Portal Workways")),
        NotificationKinds.JoinAccepted => (
            new("Request accepted", $"Your request to join {s} was accepted: you are now one of its delegates.", "Reason", "Open it in Workways Portal"),
            new("Solicitud aceptada", $"Se aceptó su solicitud para unirse a {s}: ahora es uno de sus delegados.", "Motivo", "Ábrala en el Portal Workways")),
        NotificationKinds.JoinDeclined => (
            new("Request declined", $"Your request to join the delegates of {s} was declined.", "Reason", "Open it in Workways Portal"),
            new("Solicitud rechazada", $"Se rechazó su solicitud para unirse a los delegados de {s}.", "Motivo", "Ábrala en el Portal Workways")),
        NotificationKinds.OrganizationWithoutDelegate => (
            new("Organization without a delegate", $"The last delegate of {s} deleted their account. Nobody can update the organization until a moderator gives it a new delegate on its team page.", "Reason", "Open it in Workways Portal"),
            new("Organización sin delegado", $"El último delegado de {s} eliminó su cuenta. Nadie puede actualizar la organización hasta que un moderador le asigne un nuevo delegado en la página de su equipo.", "Motivo", "Ábrala en el Portal Workways")),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown notification kind."),
    };

    /// <summary>Names go into the subject line: no line breaks or other control characters.</summary>
    public static string OneLine(string text) =>
        string.Join(' ', new string([.. text.Select(c => char.IsControl(c) ? ' ' : c)]).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
