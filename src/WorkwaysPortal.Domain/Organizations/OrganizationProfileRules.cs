using WorkwaysPortal.Domain.Taxonomy;
using WorkwaysPortal.Domain.Text;

namespace WorkwaysPortal.Domain.Organizations;

/// <summary>
/// One problem with one field of an input. <see cref="Message"/> is an English template ({0}…) that
/// the UI translates before formatting with <see cref="Arguments"/>.
/// </summary>
public sealed record FieldError(string Field, string Message, params object[] Arguments)
{
    public string Format(IFormatProvider? provider = null) =>
        string.Format(provider ?? System.Globalization.CultureInfo.InvariantCulture, Message, Arguments);
}

/// <summary>
/// The rules every organization profile must satisfy, wherever it comes from (a page, the API or
/// an import file). Field names are those of the import format.
/// </summary>
public static class OrganizationProfileRules
{
    /// <summary>The field of the language the texts are written in, as the import format names it.</summary>
    public const string TextLanguageField = "language";

    public static IReadOnlyList<FieldError> Check(OrganizationProfile profile, TaxonomySnapshot taxonomy)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(taxonomy);
        var errors = new List<FieldError>();

        if (string.IsNullOrWhiteSpace(profile.Name))
        {
            errors.Add(new("name", UserMessages.NameRequired));
        }
        else if (profile.Name.Trim().Length > Organization.NameMaxLength)
        {
            errors.Add(new("name", UserMessages.NameTooLong, Organization.NameMaxLength));
        }

        if (profile.Acronym is { Length: > Organization.AcronymMaxLength })
        {
            errors.Add(new("acronym", UserMessages.AcronymTooLong, Organization.AcronymMaxLength));
        }

        if (string.IsNullOrWhiteSpace(profile.Sector))
        {
            errors.Add(new("sector", UserMessages.SectorRequired));
        }
        else if (!taxonomy.IsSector(profile.Sector.Trim()))
        {
            errors.Add(new("sector", UserMessages.UnknownSector, profile.Sector));
        }

        if (profile.Countries.Count == 0)
        {
            errors.Add(new("countries", UserMessages.CountryRequired));
        }

        AddUnknown(errors, "countries", profile.Countries, c => taxonomy.IsCountry(c.Trim().ToUpperInvariant()), UserMessages.UnknownCountry);
        AddUnknown(errors, "offers", profile.Offers, c => taxonomy.IsCapability(c.Trim().ToLowerInvariant()), UserMessages.UnknownCapability);
        AddUnknown(errors, "seeks", profile.Seeks, c => taxonomy.IsCapability(c.Trim().ToLowerInvariant()), UserMessages.UnknownCapability);
        AddUnknown(errors, "languages", profile.Languages, c => taxonomy.IsLanguage(c.Trim().ToLowerInvariant()), UserMessages.UnknownLanguage);

        if (!string.IsNullOrWhiteSpace(profile.Website))
        {
            var website = profile.Website.Trim();
            if (website.Length > Organization.WebsiteMaxLength)
            {
                errors.Add(new("website", UserMessages.WebsiteTooLong, Organization.WebsiteMaxLength));
            }
            else if (!IsHttpUrl(website))
            {
                errors.Add(new("website", UserMessages.WebsiteNotHttp));
            }
        }

        if (string.IsNullOrWhiteSpace(profile.Description))
        {
            errors.Add(new("description", UserMessages.DescriptionRequired));
        }
        else if (profile.Description.Trim().Length > Organization.DescriptionMaxLength)
        {
            errors.Add(new("description", UserMessages.DescriptionTooLong, Organization.DescriptionMaxLength));
        }

        if (TextLanguages.Normalize(profile.TextLanguage) is { } language && !TextLanguages.IsKnown(language))
        {
            errors.Add(new(TextLanguageField, UserMessages.UnknownTextLanguage, profile.TextLanguage!.Trim()));
        }

        errors.AddRange(TextTranslations.Check(
            profile.Translations,
            TextLanguages.ChosenOrNull(profile.TextLanguage, profile.Name, profile.Description, profile.Languages),
            Organization.NameMaxLength,
            Organization.DescriptionMaxLength));

        if (!string.IsNullOrWhiteSpace(profile.Contact.Email) && !LooksLikeEmail(profile.Contact.Email.Trim()))
        {
            errors.Add(new("contactEmail", UserMessages.ContactEmailInvalid));
        }

        foreach (var (field, value, oneLine) in new[]
                 {
                     ("name", profile.Name, true), ("acronym", profile.Acronym, true), ("website", profile.Website, true),
                     ("description", profile.Description, false), ("contactName", profile.Contact.Name, true),
                     ("contactEmail", profile.Contact.Email, true), ("contactPhone", profile.Contact.Phone, true),
                 })
        {
            if (errors.Any(e => e.Field == field))
            {
                continue;
            }

            if (!PlainText.IsAllowed(value))
            {
                errors.Add(new(field, UserMessages.TextNotPlain));
            }
            else if (oneLine && !PlainText.IsAllowedLine(value))
            {
                errors.Add(new(field, UserMessages.TextNotOneLine));
            }
        }

        return errors;
    }

    public static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host);

    /// <summary>One @ with something on both sides and no spaces: a plausible address (the mail server says the rest).</summary>
    public static bool LooksLikeEmail(string value)
    {
        var at = value.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == value.LastIndexOf('@') && at < value.Length - 1 && !value.Any(char.IsWhiteSpace);
    }

    private static void AddUnknown(List<FieldError> errors, string field, IEnumerable<string> values, Func<string, bool> known, string message)
    {
        foreach (var value in values.Where(v => !string.IsNullOrWhiteSpace(v) && !known(v)))
        {
            errors.Add(new(field, message, value));
        }
    }
}
