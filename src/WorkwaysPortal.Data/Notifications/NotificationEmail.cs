using System.Text;
using WorkwaysPortal.Domain.Notifications;

namespace WorkwaysPortal.Data.Notifications;

/// <summary>
/// The email that goes with a notification, as plain text with a link to the portal: in the recipient's
/// preferred language ("en", "es", "fr" or "pt"), or, for someone who never chose one, in English and then in
/// Spanish. (In-app notifications are rendered in the reader's language when they are read.)
/// </summary>
public sealed record NotificationEmail(string Subject, string Body)
{
    private const int SubjectMaxLength = 300;

    private sealed record Text(string Subject, string Sentence, string Reason, string Open);

    /// <summary>One notification's texts in the languages of the portal (those of <c>PortalLanguages</c>).</summary>
    private sealed record Translations(Text English, Text Spanish, Text French, Text Portuguese)
    {
        public (Text Text, string Signature)? In(string? language) => language switch
        {
            "en" => (English, "Workways Portal"),
            "es" => (Spanish, "Portal Workways"),
            "fr" => (French, "Portail Workways"),
            "pt" => (Portuguese, "Portal Workways"),
            _ => null,
        };
    }

    /// <summary>Writes the email for one kind of notification about <paramref name="subject"/> (a proposal's or an organization's name).</summary>
    /// <param name="language">The recipient's preferred language; null (or one the portal does not write) for both.</param>
    public static NotificationEmail Compose(string kind, string subject, string? reason, Uri link, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(link);
        var texts = Texts(kind, OneLine(subject));
        var body = new StringBuilder();
        string title;
        if (texts.In(language) is { } chosen)
        {
            var (text, signature) = chosen;
            Write(body, text, reason, link);
            body.Append("\n-- \n").Append(signature).Append('\n');
            title = $"{text.Subject}: {OneLine(subject)}";
        }
        else
        {
            var (english, spanish) = (texts.English, texts.Spanish);
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

    private static Translations Texts(string kind, string s) => kind switch
    {
        NotificationKinds.ProposalSubmitted => new(
            new("Proposal submitted for review", $"The partnership proposal \"{s}\" was submitted and is waiting for a moderator's decision.", "Reason", "Open it in Workways Portal"),
            new("Propuesta enviada para revisión", $"La propuesta de alianza \"{s}\" fue enviada y espera la decisión de un moderador.", "Motivo", "Ábrala en el Portal Workways"),
            new("Proposition soumise pour examen", $"La proposition de partenariat « {s} » a été soumise et attend la décision d'un modérateur.", "Motif", "Ouvrez-la dans le Portail Workways"),
            new("Proposta enviada para revisão", $"A proposta de parceria \"{s}\" foi enviada e aguarda a decisão de um moderador.", "Motivo", "Abra no Portal Workways")),
        NotificationKinds.ProposalApproved => new(
            new("Proposal approved", $"The partnership proposal \"{s}\" was approved. The partnership now appears on the page of every organization involved.", "Reason", "Open it in Workways Portal"),
            new("Propuesta aprobada", $"La propuesta de alianza \"{s}\" fue aprobada. La alianza aparece ahora en la página de cada organización participante.", "Motivo", "Ábrala en el Portal Workways"),
            new("Proposition approuvée", $"La proposition de partenariat « {s} » a été approuvée. Le partenariat apparaît désormais sur la page de chaque organisation concernée.", "Motif", "Ouvrez-la dans le Portail Workways"),
            new("Proposta aprovada", $"A proposta de parceria \"{s}\" foi aprovada. A parceria agora aparece na página de cada organização envolvida.", "Motivo", "Abra no Portal Workways")),
        NotificationKinds.ProposalRejected => new(
            new("Proposal rejected", $"The partnership proposal \"{s}\" was rejected by a moderator.", "Reason", "Open it in Workways Portal"),
            new("Propuesta rechazada", $"Un moderador rechazó la propuesta de alianza \"{s}\".", "Motivo", "Ábrala en el Portal Workways"),
            new("Proposition rejetée", $"La proposition de partenariat « {s} » a été rejetée par un modérateur.", "Motif", "Ouvrez-la dans le Portail Workways"),
            new("Proposta rejeitada", $"A proposta de parceria \"{s}\" foi rejeitada por um moderador.", "Motivo", "Abra no Portal Workways")),
        NotificationKinds.ProposalChangesRequested => new(
            new("Changes requested", $"A moderator asked for changes to the partnership proposal \"{s}\" before deciding. The proposing organization can edit it and submit it again.", "What to change", "Open it in Workways Portal"),
            new("Cambios solicitados", $"Un moderador pidió cambios en la propuesta de alianza \"{s}\" antes de decidir. La organización proponente puede editarla y enviarla de nuevo.", "Qué cambiar", "Ábrala en el Portal Workways"),
            new("Modifications demandées", $"Un modérateur a demandé des modifications à la proposition de partenariat « {s} » avant de statuer. L'organisation qui propose peut la modifier et la soumettre de nouveau.", "Ce qu'il faut changer", "Ouvrez-la dans le Portail Workways"),
            new("Alterações solicitadas", $"Um moderador pediu alterações na proposta de parceria \"{s}\" antes de decidir. A organização proponente pode editá-la e enviá-la novamente.", "O que mudar", "Abra no Portal Workways")),
        NotificationKinds.ProposalWithdrawn => new(
            new("Proposal withdrawn", $"The partnership proposal \"{s}\" was withdrawn by the organization that made it.", "Reason", "Open it in Workways Portal"),
            new("Propuesta retirada", $"La organización que hizo la propuesta de alianza \"{s}\" la retiró.", "Motivo", "Ábrala en el Portal Workways"),
            new("Proposition retirée", $"La proposition de partenariat « {s} » a été retirée par l'organisation qui l'avait faite.", "Motif", "Ouvrez-la dans le Portail Workways"),
            new("Proposta retirada", $"A proposta de parceria \"{s}\" foi retirada pela organização que a fez.", "Motivo", "Abra no Portal Workways")),
        NotificationKinds.ProposalAwaitingPartners => new(
            new("Partnership proposal for your organization", $"Your organization is named as a partner in the partnership proposal \"{s}\". Its delegates can accept or decline it; a moderator reviews it once every partner has accepted.", "Message", "Open it in Workways Portal"),
            new("Propuesta de alianza para su organización", $"Su organización figura como socia en la propuesta de alianza \"{s}\". Sus delegados pueden aceptarla o rechazarla; un moderador la revisa cuando todas las socias la han aceptado.", "Mensaje", "Ábrala en el Portal Workways"),
            new("Proposition de partenariat pour votre organisation", $"Votre organisation figure comme partenaire dans la proposition de partenariat « {s} ». Ses délégués peuvent l'accepter ou la refuser ; un modérateur l'examine une fois que tous les partenaires l'ont acceptée.", "Message", "Ouvrez-la dans le Portail Workways"),
            new("Proposta de parceria para a sua organização", $"A sua organização aparece como parceira na proposta de parceria \"{s}\". Os delegados dela podem aceitá-la ou recusá-la; um moderador a revisa quando todas as parceiras tiverem aceitado.", "Mensagem", "Abra no Portal Workways")),
        NotificationKinds.ProposalPartnerAccepted => new(
            new("A partner accepted", $"A partner organization accepted the partnership proposal \"{s}\".", "Message", "Open it in Workways Portal"),
            new("Una socia aceptó", $"Una organización socia aceptó la propuesta de alianza \"{s}\".", "Mensaje", "Ábrala en el Portal Workways"),
            new("Un partenaire a accepté", $"Une organisation partenaire a accepté la proposition de partenariat « {s} ».", "Message", "Ouvrez-la dans le Portail Workways"),
            new("Uma parceira aceitou", $"Uma organização parceira aceitou a proposta de parceria \"{s}\".", "Mensagem", "Abra no Portal Workways")),
        NotificationKinds.ProposalPartnerDeclined => new(
            new("A partner declined", $"A partner organization declined the partnership proposal \"{s}\". You can drop it from the proposal or withdraw the proposal.", "Message", "Open it in Workways Portal"),
            new("Una socia rechazó", $"Una organización socia rechazó la propuesta de alianza \"{s}\". Puede quitarla de la propuesta o retirar la propuesta.", "Mensaje", "Ábrala en el Portal Workways"),
            new("Un partenaire a refusé", $"Une organisation partenaire a refusé la proposition de partenariat « {s} ». Vous pouvez la retirer de la proposition ou retirer la proposition.", "Message", "Ouvrez-la dans le Portail Workways"),
            new("Uma parceira recusou", $"Uma organização parceira recusou a proposta de parceria \"{s}\". Você pode retirá-la da proposta ou retirar a proposta.", "Mensagem", "Abra no Portal Workways")),
        NotificationKinds.InitiativeInvited => new(
            new("Invitation to take part in an initiative", $"Your organization is invited to take part in the initiative \"{s}\". Its delegates can accept or decline the invitation on the initiative's page; the initiative shows on your organization's page only once you accept.", "Invited by", "Open it in Workways Portal"),
            new("Invitación a participar en una iniciativa", $"Su organización está invitada a participar en la iniciativa \"{s}\". Sus delegados pueden aceptar o rechazar la invitación en la página de la iniciativa; la iniciativa aparece en la página de su organización solo cuando la acepten.", "Invitación de", "Ábrala en el Portal Workways"),
            new("Invitation à participer à une initiative", $"Votre organisation est invitée à participer à l'initiative « {s} ». Ses délégués peuvent accepter ou refuser l'invitation sur la page de l'initiative ; l'initiative n'apparaît sur la page de votre organisation qu'une fois l'invitation acceptée.", "Invitation de", "Ouvrez-la dans le Portail Workways"),
            new("Convite para participar de uma iniciativa", $"A sua organização foi convidada a participar da iniciativa \"{s}\". Os delegados dela podem aceitar ou recusar o convite na página da iniciativa; a iniciativa só aparece na página da sua organização depois que o convite for aceito.", "Convite de", "Abra no Portal Workways")),
        NotificationKinds.InitiativeParticipantAccepted => new(
            new("An organization accepted", $"An invited organization accepted to take part in the initiative \"{s}\". It is now listed among its participants.", "From", "Open it in Workways Portal"),
            new("Una organización aceptó", $"Una organización invitada aceptó participar en la iniciativa \"{s}\". Ahora figura entre sus participantes.", "De", "Ábrala en el Portal Workways"),
            new("Une organisation a accepté", $"Une organisation invitée a accepté de participer à l'initiative « {s} ». Elle figure désormais parmi ses participants.", "De", "Ouvrez-la dans le Portail Workways"),
            new("Uma organização aceitou", $"Uma organização convidada aceitou participar da iniciativa \"{s}\". Agora ela aparece entre os participantes.", "De", "Abra no Portal Workways")),
        NotificationKinds.InitiativeParticipantDeclined => new(
            new("An organization declined", $"An invited organization declined to take part in the initiative \"{s}\". It is not listed among its participants.", "From", "Open it in Workways Portal"),
            new("Una organización rechazó", $"Una organización invitada rechazó participar en la iniciativa \"{s}\". No figura entre sus participantes.", "De", "Ábrala en el Portal Workways"),
            new("Une organisation a refusé", $"Une organisation invitée a refusé de participer à l'initiative « {s} ». Elle ne figure pas parmi ses participants.", "De", "Ouvrez-la dans le Portail Workways"),
            new("Uma organização recusou", $"Uma organização convidada recusou participar da iniciativa \"{s}\". Ela não aparece entre os participantes.", "De", "Abra no Portal Workways")),
        NotificationKinds.OrganizationVerified => new(
            new("Organization verified", $"A moderator verified {s}. It now appears in the public directory.", "Reason", "Open it in Workways Portal"),
            new("Organización verificada", $"Un moderador verificó {s}. Ahora aparece en el directorio público.", "Motivo", "Ábrala en el Portal Workways"),
            new("Organisation vérifiée", $"Un modérateur a vérifié {s}. Elle apparaît désormais dans l'annuaire public.", "Motif", "Ouvrez-la dans le Portail Workways"),
            new("Organização verificada", $"Um moderador verificou {s}. Ela agora aparece no diretório público.", "Motivo", "Abra no Portal Workways")),
        NotificationKinds.OrganizationRejected => new(
            new("Organization not verified", $"A moderator did not verify {s}. Its delegates can correct its profile, and it will be reviewed again.", "Reason", "Open it in Workways Portal"),
            new("Organización no verificada", $"Un moderador no verificó {s}. Sus delegados pueden corregir el perfil y se revisará de nuevo.", "Motivo", "Ábrala en el Portal Workways"),
            new("Organisation non vérifiée", $"Un modérateur n'a pas vérifié {s}. Ses délégués peuvent corriger son profil, et elle sera examinée de nouveau.", "Motif", "Ouvrez-la dans le Portail Workways"),
            new("Organização não verificada", $"Um moderador não verificou {s}. Os delegados podem corrigir o perfil, e ela será revisada novamente.", "Motivo", "Abra no Portal Workways")),
        NotificationKinds.OrganizationRegistered => new(
            new("Organization to verify", $"{s} was registered and is waiting for a moderator's review.", "Reason", "Open it in Workways Portal"),
            new("Organización por verificar", $"{s} se registró y espera la revisión de un moderador.", "Motivo", "Ábrala en el Portal Workways"),
            new("Organisation à vérifier", $"{s} a été enregistrée et attend l'examen d'un modérateur.", "Motif", "Ouvrez-la dans le Portail Workways"),
            new("Organização a verificar", $"{s} foi registrada e aguarda a revisão de um moderador.", "Motivo", "Abra no Portal Workways")),
        NotificationKinds.OrganizationInformationRequested => new(
            new("More information requested", $"A moderator needs more information about {s} before verifying it. Its delegates can complete its profile with what is asked.", "Message", "Open it in Workways Portal"),
            new("Se solicita más información", $"Un moderador necesita más información sobre {s} antes de verificarla. Sus delegados pueden completar el perfil con lo que se pide.", "Mensaje", "Ábrala en el Portal Workways"),
            new("Informations complémentaires demandées", $"Un modérateur a besoin de plus d'informations sur {s} avant de la vérifier. Ses délégués peuvent compléter son profil avec ce qui est demandé.", "Message", "Ouvrez-la dans le Portail Workways"),
            new("Mais informações solicitadas", $"Um moderador precisa de mais informações sobre {s} antes de verificá-la. Os delegados podem completar o perfil com o que foi pedido.", "Mensagem", "Abra no Portal Workways")),
        NotificationKinds.DelegateAssigned => new(
            new("You are now a delegate", $"A moderator made you a delegate of {s}. You can now edit it, act for it and invite your colleagues.", "Reason", "Open it in Workways Portal"),
            new("Ahora es delegado", $"Un moderador lo nombró delegado de {s}. Ahora puede editarla, actuar en su nombre e invitar a sus colegas.", "Motivo", "Ábrala en el Portal Workways"),
            new("Vous êtes désormais délégué", $"Un modérateur vous a nommé délégué de {s}. Vous pouvez désormais la modifier, agir en son nom et inviter vos collègues.", "Motif", "Ouvrez-la dans le Portail Workways"),
            new("Agora você é delegado", $"Um moderador nomeou você delegado de {s}. Agora você pode editá-la, agir em nome dela e convidar colegas.", "Motivo", "Abra no Portal Workways")),
        NotificationKinds.DelegateRemoved => new(
            new("You are no longer a delegate", $"A fellow delegate removed you from the delegates of {s}.", "Reason", "Open it in Workways Portal"),
            new("Ya no es delegado", $"Otro delegado lo quitó de los delegados de {s}.", "Motivo", "Ábrala en el Portal Workways"),
            new("Vous n'êtes plus délégué", $"Un autre délégué vous a retiré des délégués de {s}.", "Motif", "Ouvrez-la dans le Portail Workways"),
            new("Você não é mais delegado", $"Outro delegado removeu você dos delegados de {s}.", "Motivo", "Abra no Portal Workways")),
        NotificationKinds.DelegateJoined => new(
            new("New delegate", $"Someone accepted an invitation and joined the delegates of {s}. Check the team if you did not expect it.", "Reason", "Open it in Workways Portal"),
            new("Nuevo delegado", $"Alguien aceptó una invitación y se unió a los delegados de {s}. Revise el equipo si no lo esperaba.", "Motivo", "Ábrala en el Portal Workways"),
            new("Nouveau délégué", $"Quelqu'un a accepté une invitation et a rejoint les délégués de {s}. Vérifiez l'équipe si vous ne vous y attendiez pas.", "Motif", "Ouvrez-la dans le Portail Workways"),
            new("Novo delegado", $"Alguém aceitou um convite e entrou nos delegados de {s}. Confira a equipe se você não esperava por isso.", "Motivo", "Abra no Portal Workways")),
        NotificationKinds.JoinRequested => new(
            new("Request to join", $"Someone asks to join the delegates of {s}. Accept or decline the request on the organization's team page.", "Message", "Open it in Workways Portal"),
            new("Solicitud para unirse", $"Alguien pide unirse a los delegados de {s}. Acepte o rechace la solicitud en la página del equipo de la organización.", "Mensaje", "Ábrala en el Portal Workways"),
            new("Demande d'adhésion", $"Quelqu'un demande à rejoindre les délégués de {s}. Acceptez ou refusez la demande sur la page de l'équipe de l'organisation.", "Message", "Ouvrez-la dans le Portail Workways"),
            new("Pedido de participação", $"Alguém pede para entrar nos delegados de {s}. Aceite ou recuse o pedido na página da equipe da organização.", "Mensagem", "Abra no Portal Workways")),
        NotificationKinds.JoinAccepted => new(
            new("Request accepted", $"Your request to join {s} was accepted: you are now one of its delegates.", "Reason", "Open it in Workways Portal"),
            new("Solicitud aceptada", $"Se aceptó su solicitud para unirse a {s}: ahora es uno de sus delegados.", "Motivo", "Ábrala en el Portal Workways"),
            new("Demande acceptée", $"Votre demande pour rejoindre {s} a été acceptée : vous êtes désormais l'un de ses délégués.", "Motif", "Ouvrez-la dans le Portail Workways"),
            new("Pedido aceito", $"O seu pedido para participar de {s} foi aceito: agora você é um dos delegados.", "Motivo", "Abra no Portal Workways")),
        NotificationKinds.JoinDeclined => new(
            new("Request declined", $"Your request to join the delegates of {s} was declined.", "Reason", "Open it in Workways Portal"),
            new("Solicitud rechazada", $"Se rechazó su solicitud para unirse a los delegados de {s}.", "Motivo", "Ábrala en el Portal Workways"),
            new("Demande refusée", $"Votre demande pour rejoindre les délégués de {s} a été refusée.", "Motif", "Ouvrez-la dans le Portail Workways"),
            new("Pedido recusado", $"O seu pedido para entrar nos delegados de {s} foi recusado.", "Motivo", "Abra no Portal Workways")),
        NotificationKinds.OrganizationWithoutDelegate => new(
            new("Organization without a delegate", $"The last delegate of {s} deleted their account. Nobody can update the organization until a moderator gives it a new delegate on its team page.", "Reason", "Open it in Workways Portal"),
            new("Organización sin delegado", $"El último delegado de {s} eliminó su cuenta. Nadie puede actualizar la organización hasta que un moderador le asigne un nuevo delegado en la página de su equipo.", "Motivo", "Ábrala en el Portal Workways"),
            new("Organisation sans délégué", $"Le dernier délégué de {s} a supprimé son compte. Personne ne peut mettre l'organisation à jour tant qu'un modérateur ne lui a pas attribué un nouveau délégué sur la page de son équipe.", "Motif", "Ouvrez-la dans le Portail Workways"),
            new("Organização sem delegado", $"O último delegado de {s} excluiu a sua conta. Ninguém pode atualizar a organização até que um moderador lhe atribua um novo delegado na página da equipe.", "Motivo", "Abra no Portal Workways")),
        NotificationKinds.MessageReceived => new(
            new("New message", $"{s} wrote to your organization on Workways Portal. Every delegate of your organization can read the conversation and reply.", "Message", "Open it in Workways Portal"),
            new("Nuevo mensaje", $"{s} escribió a su organización en el Portal Workways. Todos los delegados de su organización pueden leer la conversación y responder.", "Mensaje", "Ábrala en el Portal Workways"),
            new("Nouveau message", $"{s} a écrit à votre organisation sur le Portail Workways. Tous les délégués de votre organisation peuvent lire la conversation et répondre.", "Message", "Ouvrez-la dans le Portail Workways"),
            new("Nova mensagem", $"{s} escreveu para a sua organização no Portal Workways. Todos os delegados da sua organização podem ler a conversa e responder.", "Mensagem", "Abra no Portal Workways")),
        NotificationKinds.AlertDigest => new(
            new("New partners for your saved search", $"Organizations newly fit your saved search \"{s}\".", "Organizations", "Open it in Workways Portal"),
            new("Nuevas organizaciones para su búsqueda guardada", $"Hay organizaciones que encajan ahora con su búsqueda guardada \"{s}\".", "Organizaciones", "Ábrala en el Portal Workways"),
            new("Nouveaux partenaires pour votre recherche enregistrée", $"Des organisations correspondent désormais à votre recherche enregistrée « {s} ».", "Organisations", "Ouvrez-la dans le Portail Workways"),
            new("Novos parceiros para a sua pesquisa salva", $"Há organizações que agora correspondem à sua pesquisa salva \"{s}\".", "Organizações", "Abra no Portal Workways")),
        NotificationKinds.GapAlertDigest => new(
            new("New gaps for your saved search", $"New gaps match your saved search \"{s}\".", "Gaps", "Open it in Workways Portal"),
            new("Nuevas brechas para su búsqueda guardada", $"Nuevas brechas coinciden con su búsqueda guardada \"{s}\".", "Brechas", "Ábrala en el Portal Workways"),
            new("Nouveaux besoins non couverts pour votre recherche enregistrée", $"De nouveaux besoins non couverts correspondent à votre recherche enregistrée « {s} ».", "Besoins non couverts", "Ouvrez-la dans le Portail Workways"),
            new("Novas lacunas para a sua pesquisa salva", $"Novas lacunas correspondem à sua pesquisa salva \"{s}\".", "Lacunas", "Abra no Portal Workways")),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown notification kind."),
    };

    /// <summary>Names go into the subject line: no line breaks or other control characters.</summary>
    public static string OneLine(string text) =>
        string.Join(' ', new string([.. text.Select(c => char.IsControl(c) ? ' ' : c)]).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
