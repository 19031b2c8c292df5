using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using WorkwaysPortal.Domain.Auditing;

namespace WorkwaysPortal.Web.Features.Admin.Taxonomy;

/// <summary>The audit events of staff's edits to the taxonomy; the subject id is the kind and the code (<c>country-group:northern-triangle</c>).</summary>
public static class TaxonomyAudit
{
    public static AuditEvent Event(ClaimsPrincipal user, DateTimeOffset at, string action, string kind, string code, object details)
    {
        ArgumentNullException.ThrowIfNull(user);
        return AuditEvent.Record(
            at, user.TryGetId(), user.Identity?.Name ?? "", action, AuditSubjects.Taxonomy, kind + ":" + code, details: JsonSerializer.Serialize(details));
    }
}

/// <summary>What a taxonomy code can be (a hand-made address with a NUL or a long value finds nothing, without asking the database).</summary>
public static class TaxonomyCodes
{
    public static bool IsCode(string? code) =>
        !string.IsNullOrEmpty(code) && code.Length <= 60 && code.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}

/// <summary>
/// The names of a term in each language of the portal, as staff type them (<c>Input.Names[fr]</c>). English is
/// required (it is shown when a language has no name); a blank name in another language shows the English one.
/// </summary>
public sealed class TermNamesInput
{
    public const int MaxLength = 200;

    public Dictionary<string, string?> Names { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The form of a term's names: one field per language of the portal.</summary>
    public static TermNamesInput From(LocalizedNames names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return new() { Names = PortalLanguages.Supported.ToDictionary(l => l, names.Exactly, StringComparer.OrdinalIgnoreCase) };
    }

    /// <summary>The trimmed name typed for <paramref name="language"/>; empty when none.</summary>
    public string Name(string language) => Names.TryGetValue(language, out var name) ? name?.Trim() ?? "" : "";

    /// <summary>The field of a language's name, as the form posts it ("Input.Names[fr]").</summary>
    public static string Field(string prefix, string language) => prefix + ".Names[" + language + "]";

    /// <summary>Puts an error next to each name in error: English is missing, or a name is too long.</summary>
    public void Validate(ModelStateDictionary modelState, string prefix, IStringLocalizer t)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(t);
        if (Name(LocalizedNames.Fallback).Length == 0)
        {
            modelState.AddModelError(Field(prefix, LocalizedNames.Fallback), t["Enter the name in English."]);
        }

        foreach (var language in PortalLanguages.Supported.Where(l => Name(l).Length > MaxLength))
        {
            modelState.AddModelError(Field(prefix, language), t["The name can have at most {1} characters.", Label(language, t), MaxLength]);
        }
    }

    /// <summary>The names typed, over the term's: a language beyond the portal's keeps its name.</summary>
    public LocalizedNames ApplyTo(LocalizedNames names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return PortalLanguages.Supported.Aggregate(names, (all, language) => all.With(language, Name(language)));
    }

    /// <summary>The label of a language's field ("Name in French"), in the reader's language.</summary>
    public static string Label(string language, IStringLocalizer t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return language switch
        {
            "en" => t["Name in English"],
            "es" => t["Name in Spanish"],
            "fr" => t["Name in French"],
            "pt" => t["Name in Portuguese"],
            _ => t["Name in {0}", PortalLanguages.NativeName(language)],
        };
    }
}
