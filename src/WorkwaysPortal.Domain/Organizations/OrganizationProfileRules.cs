using WorkwaysPortal.Domain.Taxonomy;

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
    public static IReadOnlyList<FieldError> Check(OrganizationProfile profile, TaxonomySnapshot taxonomy)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(taxonomy);
        var errors = new List<FieldError>();

        if (string.IsNullOrWhiteSpace(profile.Name))
        {
            errors.Add(new("name", "A name is required."));
        }
        else if (profile.Name.Trim().Length > Organization.NameMaxLength)
        {
            errors.Add(new("name", "The name can have at most {0} characters.", Organization.NameMaxLength));
        }

        if (profile.Acronym is { Length: > Organization.AcronymMaxLength })
        {
            errors.Add(new("acronym", "The acronym can have at most {0} characters.", Organization.AcronymMaxLength));
        }

        if (string.IsNullOrWhiteSpace(profile.Sector))
        {
            errors.Add(new("sector", "A sector is required."));
        }
        else if (!taxonomy.IsSector(profile.Sector.Trim()))
        {
            errors.Add(new("sector", "\"{0}\" is not a known sector.", profile.Sector));
        }

        if (profile.Countries.Count == 0)
        {
            errors.Add(new("countries", "Choose at least one country."));
        }

        AddUnknown(errors, "countries", profile.Countries, c => taxonomy.IsCountry(c.Trim().ToUpperInvariant()), "\"{0}\" is not a known country code.");
        AddUnknown(errors, "offers", profile.Offers, c => taxonomy.IsCapability(c.Trim().ToLowerInvariant()), "\"{0}\" is not a known capability.");
        AddUnknown(errors, "seeks", profile.Seeks, c => taxonomy.IsCapability(c.Trim().ToLowerInvariant()), "\"{0}\" is not a known capability.");
        AddUnknown(errors, "languages", profile.Languages, c => taxonomy.IsLanguage(c.Trim().ToLowerInvariant()), "\"{0}\" is not a known language code.");

        if (!string.IsNullOrWhiteSpace(profile.Website))
        {
            var website = profile.Website.Trim();
            if (website.Length > Organization.WebsiteMaxLength)
            {
                errors.Add(new("website", "The website can have at most {0} characters.", Organization.WebsiteMaxLength));
            }
            else if (!IsHttpUrl(website))
            {
                errors.Add(new("website", "The website must be an http:// or https:// address."));
            }
        }

        if (string.IsNullOrWhiteSpace(profile.Description))
        {
            errors.Add(new("description", "A description is required."));
        }
        else if (profile.Description.Trim().Length > Organization.DescriptionMaxLength)
        {
            errors.Add(new("description", "The description can have at most {0} characters.", Organization.DescriptionMaxLength));
        }

        if (!string.IsNullOrWhiteSpace(profile.Contact.Email) && !LooksLikeEmail(profile.Contact.Email.Trim()))
        {
            errors.Add(new("contactEmail", "The contact email is not a valid address."));
        }

        return errors;
    }

    public static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host);

    private static bool LooksLikeEmail(string value)
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
