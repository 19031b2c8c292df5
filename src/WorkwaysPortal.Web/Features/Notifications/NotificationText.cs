using WorkwaysPortal.Domain.Notifications;

namespace WorkwaysPortal.Web.Features.Notifications;

/// <summary>A notification's sentence in the reader's language, from its kind and what it is about.</summary>
public static class NotificationText
{
    public static string Sentence(IStringLocalizer t, string kind, string subject)
    {
        ArgumentNullException.ThrowIfNull(t);
        return kind switch
        {
            NotificationKinds.ProposalSubmitted => t["The partnership proposal \"{0}\" was submitted and is waiting for a decision.", subject],
            NotificationKinds.ProposalApproved => t["The partnership proposal \"{0}\" was approved.", subject],
            NotificationKinds.ProposalRejected => t["The partnership proposal \"{0}\" was rejected.", subject],
            NotificationKinds.ProposalChangesRequested => t["Changes were requested to the partnership proposal \"{0}\".", subject],
            NotificationKinds.ProposalWithdrawn => t["The partnership proposal \"{0}\" was withdrawn by the organization that made it.", subject],
            NotificationKinds.ProposalAwaitingPartners => t["Your organization is invited to the partnership proposal \"{0}\": accept or decline it.", subject],
            NotificationKinds.ProposalPartnerAccepted => t["A partner organization accepted the partnership proposal \"{0}\".", subject],
            NotificationKinds.ProposalPartnerDeclined => t["A partner organization declined the partnership proposal \"{0}\".", subject],
            NotificationKinds.OrganizationVerified => t["Your organization {0} was verified and now appears in the directory.", subject],
            NotificationKinds.OrganizationRejected => t["Your organization {0} was not verified. You can correct its profile and it will be reviewed again.", subject],
            NotificationKinds.OrganizationRegistered => t["{0} was registered and is waiting for verification.", subject],
            NotificationKinds.OrganizationInformationRequested => t["A moderator asks for more information about your organization {0} before verifying it.", subject],
            NotificationKinds.DelegateAssigned => t["A moderator made you a delegate of {0}.", subject],
            NotificationKinds.DelegateRemoved => t["You were removed from the delegates of {0}.", subject],
            NotificationKinds.DelegateJoined => t["A new delegate joined {0} by accepting an invitation.", subject],
            NotificationKinds.JoinRequested => t["Someone asks to join the delegates of {0}.", subject],
            NotificationKinds.JoinAccepted => t["Your request to join {0} was accepted. You are now one of its delegates.", subject],
            NotificationKinds.JoinDeclined => t["Your request to join {0} was declined.", subject],
            NotificationKinds.OrganizationWithoutDelegate => t["{0} has no delegate left: its last delegate deleted their account.", subject],
            NotificationKinds.MessageReceived => t["{0} wrote to your organization.", subject],
            NotificationKinds.InitiativeInvited => t["Your organization is invited to take part in the initiative \"{0}\": accept or decline the invitation.", subject],
            NotificationKinds.InitiativeParticipantAccepted => t["An invited organization accepted to take part in the initiative \"{0}\".", subject],
            NotificationKinds.InitiativeParticipantDeclined => t["An invited organization declined to take part in the initiative \"{0}\".", subject],
            NotificationKinds.AlertDigest => t["Organizations newly fit your saved search \"{0}\".", subject],
            NotificationKinds.GapAlertDigest => t["New gaps match your saved search \"{0}\".", subject],
            _ => subject,
        };
    }

    /// <summary>What the notification's reason is, in the reader's language: a message, who invites, who answered, or why.</summary>
    public static string Reason(IStringLocalizer t, string kind, string reason)
    {
        ArgumentNullException.ThrowIfNull(t);
        return kind switch
        {
            NotificationKinds.MessageReceived => t["Message: {0}", reason],
            NotificationKinds.InitiativeInvited => t["Invited by: {0}", reason],
            NotificationKinds.InitiativeParticipantAccepted or NotificationKinds.InitiativeParticipantDeclined => t["From: {0}", reason],
            _ => t["Reason: {0}", reason],
        };
    }
}
