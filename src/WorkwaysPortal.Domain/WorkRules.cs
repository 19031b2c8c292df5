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
    public static IReadOnlyList<FieldError> Check(InitiativeDetails details, TaxonomySnapshot taxonomy)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(taxonomy);
        var errors = new List<FieldError>();
        Text(errors, "title", details.Title, Initiative.TitleMaxLength, required: true);
        Text(errors, "description", details.Description, Initiative.DescriptionMaxLength, required: true);
        Countries(errors, details.Countries, taxonomy);
        Capabilities(errors, "capabilities", details.Capabilities, taxonomy, required: false);
        Objectives(errors, details.GcmObjectives, taxonomy);
        if (!Enum.IsDefined(details.Status))
        {
            errors.Add(new("status", UserMessages.UnknownValue, details.Status));
        }

        if (details.StartsOn is { } start && details.EndsOn is { } end && end < start)
        {
            errors.Add(new("endsOn", UserMessages.EndBeforeStart));
        }

        return errors;
    }

    public static IReadOnlyList<FieldError> Check(GapDetails details, TaxonomySnapshot taxonomy)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(taxonomy);
        var errors = new List<FieldError>();
        Text(errors, "title", details.Title, Gap.TitleMaxLength, required: true);
        Text(errors, "description", details.Description, Gap.DescriptionMaxLength, required: true);
        Capabilities(errors, "requires", details.Requires, taxonomy, required: true);
        Countries(errors, details.Countries, taxonomy);
        Objectives(errors, details.GcmObjectives, taxonomy);
        if (!Enum.IsDefined(details.Priority))
        {
            errors.Add(new("priority", UserMessages.UnknownValue, details.Priority));
        }

        return errors;
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
