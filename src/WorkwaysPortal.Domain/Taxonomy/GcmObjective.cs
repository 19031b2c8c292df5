namespace WorkwaysPortal.Domain.Taxonomy;

/// <summary>
/// One of the 23 objectives of the Global Compact for Safe, Orderly and Regular Migration (GCM).
/// Initiatives and gaps name the objectives they serve, so staff can report by objective.
/// </summary>
public sealed class GcmObjective
{
    public const int Count = 23;

    public int Number { get; init; }
    public string NameEn { get; set; } = "";
    public string NameEs { get; set; } = "";

    public string NameIn(string language) => language == "es" ? NameEs : NameEn;

    public static bool IsValid(int number) => number is >= 1 and <= Count;
}
