using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using WorkwaysPortal.Domain;
using WorkwaysPortal.Domain.Gaps;

namespace WorkwaysPortal.Web.Features.Gaps;

/// <summary>The gap form, shared by New and Edit. Entities are never bound directly.</summary>
public sealed class GapInput
{
    [Display(Name = "Title")]
    public string? Title { get; set; }

    [Display(Name = "Description")]
    public string? Description { get; set; }

    [Display(Name = "What it requires")]
    public List<string> Requires { get; set; } = [];

    [Display(Name = "Countries")]
    public List<string> Countries { get; set; } = [];

    [Display(Name = "GCM objectives")]
    public List<int> GcmObjectives { get; set; } = [];

    /// <summary>The language the title and description are written in (en, es, fr, pt); detected when left out.</summary>
    [Display(Name = "Language of this text")]
    public string? TextLanguage { get; set; }

    /// <summary>The title and description in other languages (ADR 012), one fieldset per language; blank: no translation.</summary>
    public List<TranslationInput> Translations { get; set; } = [];

    [Display(Name = "Priority")]
    public GapPriority Priority { get; set; } = GapPriority.Medium;

    public GapDetails ToDetails() => new(Title ?? "", Description ?? "", Requires, Countries, GcmObjectives, Priority, TextLanguage, TranslationInput.ToDomain(Translations));

    public static GapInput From(Gap gap)
    {
        ArgumentNullException.ThrowIfNull(gap);
        return new GapInput
        {
            Title = gap.Title,
            Description = gap.Description,
            TextLanguage = gap.TextLanguage,
            Translations = TranslationInput.From(gap.Translations, gap.TextLanguage),
            Requires = [.. gap.Requires],
            Countries = [.. gap.Countries],
            GcmObjectives = [.. gap.GcmObjectives],
            Priority = gap.Priority,
        };
    }

    /// <summary>Adds the domain's rules to the model state, next to the field they concern.</summary>
    public void Validate(ModelStateDictionary modelState, TaxonomySnapshot taxonomy, IStringLocalizer t, string prefix = "Input") =>
        FormErrors.Add(
            modelState,
            TranslationInput.AddErrors(WorkRules.Check(ToDetails(), taxonomy), TranslationInput.ForForm(Translations, TextLanguage), modelState, t, prefix),
            t,
            prefix);
}
