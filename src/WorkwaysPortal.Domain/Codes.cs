namespace WorkwaysPortal.Domain;

/// <summary>Clean-up of taxonomy code lists typed or ticked by people: trimmed, one case, no repeats.</summary>
internal static class Codes
{
    public static string[] Normalize(IEnumerable<string> values, bool upper) =>
    [
        .. (values ?? [])
            .Where(v => !string.IsNullOrWhiteSpace(v))
            .Select(v => upper ? v.Trim().ToUpperInvariant() : v.Trim().ToLowerInvariant())
            .Distinct(StringComparer.Ordinal),
    ];
}
