using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Domain.Initiatives;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Taxonomy;
using WorkwaysPortal.Domain.Text;

namespace WorkwaysPortal.Domain;

/// <summary>
/// The input rules of initiatives and gaps, wherever they come from (pages, API, sessions).
/// Field names are the camelCase property names of the API.
/// </summary>
public static class WorkRules
{
    /// <summary>The longest title and description of a work item (an initiative or a gap), in characters.</summary>
    public const int TitleMaxLength = 200;

    public const int DescriptionMaxLength = 4000;

    public static IReadOnlyList<FieldError> Check(InitiativeDetails details, TaxonomySnapshot taxonomy)
    {
        ArgumentNullException.ThrowIfNull(details);
        var errors = Common(details.Title, details.Description, details.TextLanguage, details.Countries, details.GcmObjectives, taxonomy);
        errors.AddRange(Translations(details.Title, details.Description, details.TextLanguage, details.Translations));
        Capabilities(errors, "capabilities", details.Capabilities, taxonomy, required: false);
        Defined(errors, "status", details.Status);
        if (details.StartsOn is { } start && details.EndsOn is { } end && end < start)
        {
            errors.Add(new("endsOn", UserMessages.EndBeforeStart));
        }

        return errors;
    }

    public static IReadOnlyList<FieldError> Check(GapDetails details, TaxonomySnapshot taxonomy)
    {
        ArgumentNullException.ThrowIfNull(details);
        var errors = Common(details.Title, details.Description, details.TextLanguage, details.Countries, details.GcmObjectives, taxonomy);
        errors.AddRange(Translations(details.Title, details.Description, details.TextLanguage, details.Translations));
        Capabilities(errors, "requires", details.Requires, taxonomy, required: true);
        Defined(errors, "priority", details.Priority);
        return errors;
    }

    /// <summary>
    /// What every work item must have: a title, a description, known countries (at least one) and known GCM objectives;
    /// and the language of its texts, when one is given, must be a portal language.
    /// </summary>
    private static List<FieldError> Common(
        string title, string description, string? textLanguage, IReadOnlyList<string> countries, IReadOnlyList<int> objectives, TaxonomySnapshot taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        var errors = new List<FieldError>();
        Text(errors, "title", title, TitleMaxLength, required: true);
        Text(errors, "description", description, DescriptionMaxLength, required: true);
        if (TextLanguages.Normalize(textLanguage) is { } language && !TextLanguages.IsKnown(language))
        {
            errors.Add(new("textLanguage", UserMessages.UnknownTextLanguage, textLanguage!.Trim()));
        }

        Countries(errors, countries, taxonomy);
        Objectives(errors, objectives, taxonomy);
        return errors;
    }

    /// <summary>Translations are into the other portal languages, as long as the original may be.</summary>
    private static IReadOnlyList<FieldError> Translations(
        string title, string description, string? textLanguage, IReadOnlyDictionary<string, TextTranslation>? translations) =>
        TextTranslations.Check(translations, TextLanguages.ChosenOrNull(textLanguage, title, description), TitleMaxLength, DescriptionMaxLength);

    /// <summary>A status or a priority must be one of its kind's values (an API client may send any number).</summary>
    private static void Defined<T>(List<FieldError> errors, string field, T value)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            errors.Add(new(field, UserMessages.UnknownValue, value));
        }
    }

    private static void Text(List<FieldError> errors, string field, string? value, int maxLength, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(new(field, field == "title" ? UserMessages.TitleRequired : UserMessages.DescriptionRequired));
            }
        }
        else if (value.Trim().Length > maxLength)
        {
            errors.Add(new(field, UserMessages.TextTooLong, maxLength));
        }
        else if (!PlainText.IsAllowed(value))
        {
            errors.Add(new(field, UserMessages.TextNotPlain));
        }
        else if (field == "title" && !PlainText.IsAllowedLine(value))
        {
            errors.Add(new(field, UserMessages.TextNotOneLine));
        }
    }

    private static void Countries(List<FieldError> errors, IReadOnlyList<string> countries, TaxonomySnapshot taxonomy)
    {
        if (!countries.Any(c => !string.IsNullOrWhiteSpace(c)))
        {
            errors.Add(new("countries", UserMessages.CountryRequired));
        }

        foreach (var code in countries.Where(c => !string.IsNullOrWhiteSpace(c) && !taxonomy.IsCountry(c.Trim().ToUpperInvariant())))
        {
            errors.Add(new("countries", UserMessages.UnknownCountry, code));
        }
    }

    private static void Capabilities(List<FieldError> errors, string field, IReadOnlyList<string> capabilities, TaxonomySnapshot taxonomy, bool required)
    {
        if (required && !capabilities.Any(c => !string.IsNullOrWhiteSpace(c)))
        {
            errors.Add(new(field, UserMessages.CapabilityRequired));
        }

        foreach (var code in capabilities.Where(c => !string.IsNullOrWhiteSpace(c) && !taxonomy.IsCapability(c.Trim().ToLowerInvariant())))
        {
            errors.Add(new(field, UserMessages.UnknownCapability, code));
        }
    }

    private static void Objectives(List<FieldError> errors, IReadOnlyList<int> objectives, TaxonomySnapshot taxonomy)
    {
        foreach (var number in objectives.Where(n => !taxonomy.IsGcmObjective(n)))
        {
            errors.Add(new("gcmObjectives", UserMessages.UnknownGcmObjective, number));
        }
    }
}
