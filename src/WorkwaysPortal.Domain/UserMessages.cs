namespace WorkwaysPortal.Domain;

/// <summary>
/// Every sentence the Domain may show to a user, in English. The web portal translates them (the
/// English text is the localization key) and a test checks each has a Spanish translation.
/// </summary>
public static class UserMessages
{
    public const string PasswordTooCommon = "This password is on a list of common passwords that attackers try first. Choose another one.";
    public const string NameRequired = "A name is required.";
    public const string NameTooLong = "The name can have at most {0} characters.";
    public const string AcronymTooLong = "The acronym can have at most {0} characters.";
    public const string SectorRequired = "A sector is required.";
    public const string UnknownSector = "\"{0}\" is not a known sector.";
    public const string CountryRequired = "Choose at least one country.";
    public const string UnknownCountry = "\"{0}\" is not a known country code.";
    public const string UnknownCapability = "\"{0}\" is not a known capability.";
    public const string UnknownLanguage = "\"{0}\" is not a known language code.";
    public const string WebsiteTooLong = "The website can have at most {0} characters.";
    public const string WebsiteNotHttp = "The website must be an http:// or https:// address.";
    public const string DescriptionRequired = "A description is required.";
    public const string DescriptionTooLong = "The description can have at most {0} characters.";
    public const string ContactEmailInvalid = "The contact email is not a valid address.";
    public const string RejectionReasonRequired = "A reason is required to reject an organization.";
    public const string AlreadyReviewed = "This organization has already been reviewed.";
    public const string OrganizationConflictOfInterest = "You are a delegate of this organization, so another moderator must review it.";
    public const string InformationMessageRequired = "Write what the delegates should tell you.";
    public const string InformationMessageTooLong = "The message can have at most {0} characters.";
    public const string AlreadyADelegate = "This person is already a delegate of the organization.";
    public const string NotADelegate = "This person is not a delegate of the organization.";
    public const string LastDelegate = "An organization always keeps at least one delegate: the last one can neither leave nor be removed.";
    public const string OrganizationHasDelegates = "This organization has delegates: they invite their colleagues themselves.";
    public const string TeamChangedMeanwhile = "Someone else changed this organization's team at the same time. Look at the team again.";
    public const string InvitationEmailRequired = "Enter the email address of the person to invite.";
    public const string InvitationEmailTooLong = "The email can have at most {0} characters.";
    public const string InvitationEmailInvalid = "Enter a valid email address.";
    public const string InvitationAlreadyPending = "An invitation to this address is still pending. Revoke it to send a new one.";
    public const string TooManyInvitations = "An organization can send at most {0} invitations a day. Try again tomorrow.";
    public const string JoinRequestPending = "You have already asked to join this organization. Its delegates will answer.";
    public const string TooManyJoinRequests = "You can wait for at most {0} answers to requests to join at once.";
    public const string JoinRequestAnswered = "This request to join has already been answered.";
    public const string JoinRequestOwnDecision = "You cannot answer your own request to join: another moderator or a delegate must.";
    public const string InvitationNotValid = "This invitation is no longer valid: it was accepted, revoked or has expired. Ask the delegates to invite you again.";
    public const string TitleRequired = "A title is required.";
    public const string TitleTooLong = "The title can have at most {0} characters.";
    public const string TextTooLong = "This text can have at most {0} characters.";
    public const string TextNotPlain = "This text contains control characters that are not allowed.";
    public const string TextNotOneLine = "This text must be one line, without invisible or direction-changing characters.";
    public const string CapabilityRequired = "Choose at least one capability.";
    public const string UnknownGcmObjective = "{0} is not a GCM objective (1 to 23).";
    public const string EndBeforeStart = "The end date cannot be before the start date.";
    public const string ProposalNotEditable = "This proposal can no longer be changed.";
    public const string ProposalAlreadyDecided = "This proposal has already been decided.";
    public const string ProposalActionNotAllowed = "This action is not possible in the proposal's current state.";
    public const string ProposalReasonRequired = "A reason is required.";
    public const string ProposalReasonTooLong = "The reason can have at most 2000 characters.";
    public const string ProposalNeedsPartner = "Choose at least one other organization to partner with.";
    public const string TooManyPartners = "A proposal can invite at most {0} organizations.";
    public const string UnknownPartner = "Organization {0} is not a verified organization of the directory.";
    public const string ProposalPartnerIsProposer = "An organization cannot propose a partnership to itself.";
    public const string ProposalWithdrawn = "This proposal was withdrawn by its proposer.";
    public const string ProposalDecidedBy = "This proposal has already been decided by {0}.";
    public const string ProposalChangedMeanwhile = "Someone else changed this proposal while you were looking at it. Review it again.";
    public const string ProposalRationaleRequired = "Explain why this partnership makes sense before submitting it.";
    public const string ProposalConflictOfInterest = "You are a delegate of an organization in this proposal, so another moderator must decide it.";
    public const string ProposerNotVerified = "Your organization can propose partnerships once a moderator has verified it.";
    public const string UnknownGap = "Gap {0} is not a public gap of the portal.";
    public const string UnknownInitiative = "Initiative {0} is not a public initiative of the portal.";
    public const string ConsultationRequired = "Name the consultation the session belongs to.";
    public const string DateRequired = "A date is required.";
    public const string PersonRequired = "A name is required for each person.";
    public const string HeadingRequired = "A heading is required.";
    public const string UnknownRole = "\"{0}\" is not a known role.";
    public const string TooManyItems = "At most {0} of these can be recorded.";
    public const string AgendaItemTitleRequired = "Give the agenda item a title.";
    public const string ReportEmpty = "Paste the text of a report first.";
    public const string ReportTooLong = "The report is too long: paste at most {0} characters.";
    public const string ReportNotText = "This is not the text of a report: it contains binary data.";
    public const string UnknownOrganizationName = "\"{0}\" is not a verified organization of the directory.";
    public const string SessionChangedMeanwhile = "Someone else changed this session while you were editing it. Reload it and make your changes again.";
    public const string UnknownValue = "\"{0}\" is not a valid value.";
    public const string NotAPortalRole = "This is not a role of the portal.";
    public const string EveryAccountIsADelegate = "Every account is a delegate; this role cannot be taken.";
    public const string AccountInvitationClosed = "This invitation has already been used or has expired. Ask an administrator for a new one.";
    public const string AddressAlreadyConfirmed = "This account's email address is already confirmed.";
    public const string InvitedEmailInvalid = "Enter an email address such as name@example.org.";
    public const string InvitedEmailHasAccount = "An account already uses this address: give it the role from its page instead.";
    public const string LastAdministrator = "This is the last administrator who can sign in: give the role to someone else first.";
}
