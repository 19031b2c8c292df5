using Microsoft.AspNetCore.Mvc.ModelBinding;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Text;

namespace WorkwaysPortal.Web.Features;

/// <summary>
/// One fieldset of the "Translations" section of the organization, gap and initiative forms (ADR 012): the record's
/// title (an organization's name) and description in one other language. Left blank, there is no translation.
/// </summary>
public sealed class TranslationInput
{
    public string Language { get; set; } = "";

    public string? Title { get; set; }

    public string? Description { get; set; }

    /// <summary>
    /// The fieldsets a form shows, in the order of <see cref="TextLanguages.All"/>: one per language other than the
    /// record's own (<paramref name="ownLanguage"/>) with what was posted or saved, and the record's own language too when
    /// something was posted in it (so that the refusal shows next to it).
    /// </summary>
    public static IReadOnlyList<TranslationInput> ForForm(IEnumerable<TranslationInput>? posted, string? ownLanguage)
    {
        var given = (posted ?? []).Where(p => TextLanguages.Normalize(p.Language) is not null)
            .GroupBy(p => TextLanguages.Normalize(p.Language)!)
            .ToDictionary(g => g.Key, g => g.Last());
        var own = TextLanguageLabels.Chosen(ownLanguage);
        return
        [
            .. TextLanguages.All
                .Select(code => given.TryGetValue(code, out var input)
                    ? new TranslationInput { Language = code, Title = input.Title, Description = input.Description }
                    : new TranslationInput { Language = code })
                .Where(i => i.Language != own || !string.IsNullOrWhiteSpace(i.Title) || !string.IsNullOrWhiteSpace(i.Description)),
        ];
    }

    /// <summary>The saved translations as the form's fieldsets.</summary>
    public static List<TranslationInput> From(TextTranslations translations, string ownLanguage)
    {
        ArgumentNullException.ThrowIfNull(translations);
        return
        [
            .. ForForm(translations.All.Select(t => new TranslationInput { Language = t.Key, Title = t.Value.Title, Description = t.Value.Description }), ownLanguage),
        ];
    }

    /// <summary>
    /// What the form posted, for the Domain: every language, blank ones (removed translations) included; null when it
    /// posted no fieldset at all (a form without the section, or an older client), so that the saved ones stay.
    /// </summary>
    public static IReadOnlyDictionary<string, TextTranslation>? ToDomain(IReadOnlyCollection<TranslationInput>? posted)
    {
        if (posted is null || posted.Count == 0)
        {
            return null;
        }

        var translations = new Dictionary<string, TextTranslation>(StringComparer.Ordinal);
        foreach (var input in posted)
        {
            if (TextLanguages.Normalize(input.Language) is { } code)
            {
                translations[code] = new TextTranslation(input.Title, input.Description);
            }
        }

        return translations;
    }

    /// <summary>
    /// The form field of a translation rule's field (<c>translations.fr.title</c> → <c>Translations[1].Title</c>, the
    /// index of the fieldset <see cref="ForForm"/> shows); null when the field is not a translation's.
    /// </summary>
    public static string? FieldName(string field, IReadOnlyList<TranslationInput> shown)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(shown);
        var parts = field.Split('.');
        if (parts.Length < 2 || parts[0] != TextTranslations.Field)
        {
            return null;
        }

        var index = shown.ToList().FindIndex(s => s.Language == parts[1]);
        var property = parts.Length > 2 ? (parts[2] == "title" ? nameof(Title) : nameof(Description)) : nameof(Title);
        return index < 0 ? nameof(TextLanguage) : $"Translations[{index}].{property}";
    }

    /// <summary>Adds the rules' errors about translations next to their fields, and leaves the others.</summary>
    public static IEnumerable<FieldError> AddErrors(
        IEnumerable<FieldError> errors, IReadOnlyList<TranslationInput> shown, ModelStateDictionary modelState, IStringLocalizer t, string prefix)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(t);
        var others = new List<FieldError>();
        foreach (var error in errors)
        {
            if (FieldName(error.Field, shown) is { } name)
            {
                var key = $"{prefix}.{name}";
                if (modelState.GetFieldValidationState(key) != ModelValidationState.Invalid)
                {
                    modelState.AddModelError(key, t[error.Message, error.Arguments]);
                }
            }
            else
            {
                others.Add(error);
            }
        }

        return others;
    }

    private const string TextLanguage = "TextLanguage";
}

/// <summary>What the "Translations" section of a form needs: its fieldsets, the label of the title field ("Name" or "Title"), and the lengths.</summary>
public sealed record TranslationsView(IReadOnlyList<TranslationInput> Items, string TitleLabel, int TitleMaxLength, int DescriptionMaxLength);
