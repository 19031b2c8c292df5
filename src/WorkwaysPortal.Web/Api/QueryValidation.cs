using System.Globalization;

namespace WorkwaysPortal.Web.Api;

/// <summary>
/// Collects field errors for query-string parameters, so that bad input gets a 400 problem
/// details response naming every bad field, not a binding exception.
/// </summary>
public sealed class QueryValidation
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public IDictionary<string, string[]> Errors => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
    }

    public int WholeNumber(string field, string? value, int fallback, int min, int max)
    {
        if (string.IsNullOrEmpty(value))
        {
            return fallback;
        }

        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            Add(field, string.Create(CultureInfo.InvariantCulture, $"Must be a whole number from {min} to {max}."));
            return fallback;
        }

        return number;
    }

    public string? Code(string field, string? value, Func<string, bool> known)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var code = value.Trim();
        if (!known(code))
        {
            Add(field, $"\"{code}\" is not a known value.");
            return null;
        }

        return code;
    }

    public string? Text(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (value.Length > maxLength || value.Any(c => char.IsControl(c) && !char.IsWhiteSpace(c)))
        {
            Add(field, string.Create(CultureInfo.InvariantCulture, $"Must be at most {maxLength} characters of text."));
            return null;
        }

        return value.Trim();
    }
}
