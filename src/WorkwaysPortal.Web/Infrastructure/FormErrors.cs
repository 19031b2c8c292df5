using Microsoft.AspNetCore.Mvc.ModelBinding;
using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.Web.Infrastructure;

/// <summary>Puts the Domain's field errors (camelCase API names) next to the fields of a form (<c>Input.PascalCase</c>), or above it when they name no field.</summary>
public static class FormErrors
{
    /// <summary>
    /// Whether the fields of one of a page's forms (<paramref name="prefix"/>, e.g. <c>Input</c>) are valid:
    /// the entries of the page's other forms, bound but not posted, are dropped first.
    /// </summary>
    public static bool IsValidFor(ModelStateDictionary modelState, string prefix)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        foreach (var key in modelState.Keys.Where(k => !k.StartsWith(prefix + ".", StringComparison.Ordinal)).ToList())
        {
            modelState.Remove(key);
        }

        return modelState.IsValid;
    }

    public static void Add(ModelStateDictionary modelState, IEnumerable<FieldError> errors, IStringLocalizer t, string prefix = "Input")
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(t);
        foreach (var error in errors)
        {
            // A rule about the whole form (no field) goes above it.
            var key = error.Field.Length == 0 ? string.Empty : $"{prefix}.{char.ToUpperInvariant(error.Field[0])}{error.Field[1..]}";

            // One message per field: the first rule broken, or the value that could not even be read.
            if (key.Length == 0 || modelState.GetFieldValidationState(key) != ModelValidationState.Invalid)
            {
                modelState.AddModelError(key, t[error.Message, error.Arguments]);
            }
        }
    }
}
