using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.Web.Features.Organizations;

/// <summary>The organization form, shared by Register and Edit. Entities are never bound directly.</summary>
public sealed class OrganizationInput
{
    [Required(ErrorMessage = "A name is required.")]
    [StringLength(Organization.NameMaxLength, ErrorMessage = "The name can have at most {1} characters.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [StringLength(Organization.AcronymMaxLength, ErrorMessage = "The acronym can have at most {1} characters.")]
    [Display(Name = "Acronym")]
    public string? Acronym { get; set; }

    [Required(ErrorMessage = "A sector is required.")]
    [Display(Name = "Sector")]
    public string Sector { get; set; } = "";

    [Display(Name = "Countries where it works")]
    public List<string> Countries { get; set; } = [];

    [Display(Name = "What it offers")]
    public List<string> Offers { get; set; } = [];

    [Display(Name = "What it seeks")]
    public List<string> Seeks { get; set; } = [];

    [Display(Name = "Working languages")]
    public List<string> Languages { get; set; } = [];

    [StringLength(Organization.WebsiteMaxLength, ErrorMessage = "The website can have at most {1} characters.")]
    [Display(Name = "Website")]
    public string? Website { get; set; }

    [Required(ErrorMessage = "A description is required.")]
    [StringLength(Organization.DescriptionMaxLength, ErrorMessage = "The description can have at most {1} characters.")]
    [Display(Name = "Description")]
    public string Description { get; set; } = "";

    /// <summary>The language the name and description are written in (en, es, fr, pt); detected when left out.</summary>
    [Display(Name = "Language of this text")]
    public string? TextLanguage { get; set; }

    /// <summary>The name and description in other languages (ADR 012), one fieldset per language; blank: no translation.</summary>
    public List<TranslationInput> Translations { get; set; } = [];

    [StringLength(200, ErrorMessage = "The contact name can have at most {1} characters.")]
    [Display(Name = "Contact person")]
    public string? ContactName { get; set; }

    [StringLength(256, ErrorMessage = "The contact email can have at most {1} characters.")]
    [EmailAddress(ErrorMessage = "The contact email is not a valid address.")]
    [Display(Name = "Contact email")]
    public string? ContactEmail { get; set; }

    [StringLength(50, ErrorMessage = "The contact phone can have at most {1} characters.")]
    [Display(Name = "Contact phone")]
    public string? ContactPhone { get; set; }

    public OrganizationProfile ToProfile() => new(
        Name, Acronym, Sector, Countries, Offers, Seeks, Languages, Website, Description,
        new OrganizationContact(ContactName, ContactEmail, ContactPhone), TextLanguage, TranslationInput.ToDomain(Translations));

    public static OrganizationInput From(Organization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        return new OrganizationInput
        {
            Name = organization.Name,
            Acronym = organization.Acronym,
            Sector = organization.Sector,
            Countries = [.. organization.Countries],
            Offers = [.. organization.Offers],
            Seeks = [.. organization.Seeks],
            Languages = [.. organization.Languages],
            Website = organization.Website,
            Description = organization.Description,
            TextLanguage = organization.TextLanguage,
            Translations = TranslationInput.From(organization.Translations, organization.TextLanguage),
            ContactName = organization.ContactName,
            ContactEmail = organization.ContactEmail,
            ContactPhone = organization.ContactPhone,
        };
    }

    /// <summary>
    /// Adds the domain's rules (known taxonomy codes, http(s) website…) to the model state, next to
    /// the field they concern, unless that field already has an error.
    /// </summary>
    public void Validate(ModelStateDictionary modelState, TaxonomySnapshot taxonomy, IStringLocalizer t, string prefix = "Input")
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(t);
        var errors = OrganizationProfileRules.Check(ToProfile(), taxonomy);
        foreach (var error in TranslationInput.AddErrors(errors, TranslationInput.ForForm(Translations, TextLanguage), modelState, t, prefix))
        {
            var key = $"{prefix}.{FieldName(error.Field)}";
            if (modelState.GetFieldValidationState(key) != ModelValidationState.Invalid)
            {
                modelState.AddModelError(key, t[error.Message, error.Arguments]);
            }
        }
    }

    private static string FieldName(string field) => field switch
    {
        "name" => nameof(Name),
        "acronym" => nameof(Acronym),
        "sector" => nameof(Sector),
        "countries" => nameof(Countries),
        "offers" => nameof(Offers),
        "seeks" => nameof(Seeks),
        "languages" => nameof(Languages),
        "website" => nameof(Website),
        "description" => nameof(Description),
        "contactEmail" => nameof(ContactEmail),
        OrganizationProfileRules.TextLanguageField => nameof(TextLanguage),
        _ => field,
    };
}
