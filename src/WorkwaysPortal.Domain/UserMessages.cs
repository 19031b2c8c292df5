namespace WorkwaysPortal.Domain;

/// <summary>
/// Every sentence the Domain may show to a user, in English. The web portal translates them (the
/// English text is the localization key) and a test checks each has a Spanish translation.
/// </summary>
public static class UserMessages
{
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
}
