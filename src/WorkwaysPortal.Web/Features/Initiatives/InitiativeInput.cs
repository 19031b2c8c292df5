using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using WorkwaysPortal.Domain;
using WorkwaysPortal.Domain.Initiatives;

namespace WorkwaysPortal.Web.Features.Initiatives;

/// <summary>The initiative form, shared by New and Edit. Entities are never bound directly.</summary>
public sealed class InitiativeInput
{
    [Display(Name = "Title")]
    public string? Title { get; set; }

    [Display(Name = "Description")]
    public string? Description { get; set; }

    /// <summary>The language the title and description are written in (en, es, fr, pt); detected when left out.</summary>
    [Display(Name = "Language of this text")]
    public string? TextLanguage { get; set; }

    /// <summary>The title and description in other languages (ADR 012), one fieldset per language; blank: no translation.</summary>
    public List<TranslationInput> Translations { get; set; } = [];

    [Display(Name = "Countries")]
    public List<string> Countries { get; set; } = [];

    [Display(Name = "Capabilities involved")]
    public List<string> Capabilities { get; set; } = [];

    [Display(Name = "GCM objectives")]
    public List<int> GcmObjectives { get; set; } = [];

    [Display(Name = "Status")]
    public InitiativeStatus Status { get; set; } = InitiativeStatus.Planned;

    [Display(Name = "Starts on")]
    public DateOnly? StartsOn { get; set; }

    [Display(Name = "Ends on")]
    public DateOnly? EndsOn { get; set; }

    /// <summary>The organizations invited to take part: each takes part once its delegates accept; one left out has its invitation withdrawn.</summary>
    [Display(Name = "Participating organizations")]
    public List<int> ParticipantOrganizationIds { get; set; } = [];

    public InitiativeDetails ToDetails() =>
        new(Title ?? "", Description ?? "", Countries, Capabilities, GcmObjectives, Status, StartsOn, EndsOn, ParticipantOrganizationIds, TextLanguage,
            TranslationInput.ToDomain(Translations));

    public static InitiativeInput From(Initiative initiative)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        return new InitiativeInput
        {
            Title = initiative.Title,
            Description = initiative.Description,
            TextLanguage = initiative.TextLanguage,
            Translations = TranslationInput.From(initiative.Translations, initiative.TextLanguage),
            Countries = [.. initiative.Countries],
            Capabilities = [.. initiative.Capabilities],
            GcmObjectives = [.. initiative.GcmObjectives],
            Status = initiative.Status,
            StartsOn = initiative.StartsOn,
            EndsOn = initiative.EndsOn,
            ParticipantOrganizationIds = [.. initiative.Participants.Select(p => p.OrganizationId).Order()],
        };
    }

    /// <summary>
    /// Adds the domain's rules and the check that every participant is a verified organization
    /// (other than the lead) to the model state, next to the field they concern.
    /// </summary>
    public void Validate(
        ModelStateDictionary modelState, TaxonomySnapshot taxonomy, IReadOnlySet<int> verifiedOrganizations, IStringLocalizer t, string prefix = "Input")
    {
        ArgumentNullException.ThrowIfNull(verifiedOrganizations);
        var errors = WorkRules.Check(ToDetails(), taxonomy).ToList();
        errors.AddRange(ParticipantOrganizationIds
            .Where(id => !verifiedOrganizations.Contains(id))
            .Select(id => new Domain.Organizations.FieldError("participantOrganizationIds", UserMessages.UnknownPartner, id)));
        FormErrors.Add(modelState, TranslationInput.AddErrors(errors, TranslationInput.ForForm(Translations, TextLanguage), modelState, t, prefix), t, prefix);
    }
}
