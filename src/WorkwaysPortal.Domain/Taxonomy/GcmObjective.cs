namespace WorkwaysPortal.Domain.Taxonomy;

/// <summary>
/// One of the 23 objectives of the Global Compact for Safe, Orderly and Regular Migration (GCM).
/// Initiatives and gaps name the objectives they serve, so staff can report by objective.
/// </summary>
public sealed class GcmObjective
{
    public const int Count = 23;

    public int Number { get; init; }

    /// <summary>The objective's short title by language code; every objective has an English one.</summary>
    public LocalizedNames Names { get; set; } = LocalizedNames.Empty;

    /// <summary>The title in the given language, or the English one when there is none in it.</summary>
    public string NameIn(string language) => Names.In(language);

    public static bool IsValid(int number) => number is >= 1 and <= Count;
}
