namespace WorkwaysPortal.Domain.Organizations;

/// <summary>
/// What a delegate (or an import file) says about an organization. <paramref name="TextLanguage"/> is the language
/// its name and description are written in (<see cref="Text.TextLanguages"/>); null: detected from them.
/// <paramref name="Translations"/> are its name and description in other languages; null: those it has stay as they are.
/// </summary>
public sealed record OrganizationProfile(
    string Name,
    string? Acronym,
    string Sector,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Offers,
    IReadOnlyList<string> Seeks,
    IReadOnlyList<string> Languages,
    string? Website,
    string Description,
    OrganizationContact Contact,
    string? TextLanguage = null,
    IReadOnlyDictionary<string, Text.TextTranslation>? Translations = null);

/// <summary>How to reach an organization; shown to signed-in users only.</summary>
public sealed record OrganizationContact(string? Name, string? Email, string? Phone)
{
    public static OrganizationContact None { get; } = new(null, null, null);
}
