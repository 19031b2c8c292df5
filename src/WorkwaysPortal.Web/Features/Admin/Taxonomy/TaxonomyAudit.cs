using System.Security.Claims;
using System.Text.Json;
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

/// <summary>The names of a term in English and Spanish, as staff type them.</summary>
public sealed class TermNamesInput
{
    [System.ComponentModel.DataAnnotations.Required(ErrorMessage = "Enter the name in English.")]
    [System.ComponentModel.DataAnnotations.StringLength(200, ErrorMessage = "The name can have at most {1} characters.")]
    [System.ComponentModel.DataAnnotations.Display(Name = "Name in English")]
    public string NameEn { get; set; } = "";

    [System.ComponentModel.DataAnnotations.Required(ErrorMessage = "Enter the name in Spanish.")]
    [System.ComponentModel.DataAnnotations.StringLength(200, ErrorMessage = "The name can have at most {1} characters.")]
    [System.ComponentModel.DataAnnotations.Display(Name = "Name in Spanish")]
    public string NameEs { get; set; } = "";
}
