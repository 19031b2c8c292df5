namespace WorkwaysPortal.Domain.Initiatives;

/// <summary>
/// What a delegate says about an initiative of their organization. <paramref name="ParticipantOrganizationIds"/>
/// are the organizations the lead invites to take part (each takes part once its delegates accept).
/// <paramref name="TextLanguage"/> is the language its title and description are written in
/// (<see cref="Text.TextLanguages"/>); null: detected from them.
/// <paramref name="Translations"/> are its texts in other languages; null: those it has stay as they are.
/// <paramref name="OrganizationLanguage"/> is the language of its organization's texts: the language of its own when
/// none is given and its texts tell nothing (rather than English).
/// </summary>
public sealed record InitiativeDetails(
    string Title,
    string Description,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Capabilities,
    IReadOnlyList<int> GcmObjectives,
    InitiativeStatus Status,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    IReadOnlyList<int> ParticipantOrganizationIds,
    string? TextLanguage = null,
    IReadOnlyDictionary<string, Text.TextTranslation>? Translations = null,
    string? OrganizationLanguage = null);
