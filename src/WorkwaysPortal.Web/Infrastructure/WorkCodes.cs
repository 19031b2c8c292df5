using System.Text;
using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Domain.Initiatives;

namespace WorkwaysPortal.Web.Infrastructure;

/// <summary>
/// The codes of the statuses and priorities of initiatives and gaps in addresses and in the JSON
/// API ("being-addressed"), and their translated labels.
/// </summary>
public static class WorkCodes
{
    /// <summary>"BeingAddressed" → "being-addressed".</summary>
    public static string Code<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var code = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                code.Append('-');
            }

            code.Append(char.ToLowerInvariant(name[i]));
        }

        return code.ToString();
    }

    /// <summary>The value with this code, or null for an unknown or empty code.</summary>
    public static T? Parse<T>(string? code)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var trimmed = code.Trim();
        foreach (var value in Enum.GetValues<T>())
        {
            if (string.Equals(Code(value), trimmed, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    public static bool IsCode<T>(string code)
        where T : struct, Enum => Parse<T>(code) is not null;

    public static string Label(this IStringLocalizer t, GapStatus status)
    {
        ArgumentNullException.ThrowIfNull(t);
        return status switch
        {
            GapStatus.Open => t["Open"],
            GapStatus.BeingAddressed => t["Being addressed"],
            GapStatus.Closed => t["Closed"],
            _ => status.ToString(),
        };
    }

    public static string Label(this IStringLocalizer t, GapPriority priority)
    {
        ArgumentNullException.ThrowIfNull(t);
        return priority switch
        {
            GapPriority.Low => t["Low priority"],
            GapPriority.Medium => t["Medium priority"],
            GapPriority.High => t["High priority"],
            _ => priority.ToString(),
        };
    }

    public static string Label(this IStringLocalizer t, InitiativeStatus status)
    {
        ArgumentNullException.ThrowIfNull(t);
        return status switch
        {
            InitiativeStatus.Planned => t["Planned"],
            InitiativeStatus.Active => t["Active"],
            InitiativeStatus.Completed => t["Completed"],
            _ => status.ToString(),
        };
    }
}
