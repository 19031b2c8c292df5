namespace WorkwaysPortal.Domain.Initiatives;

/// <summary>
/// What a delegate says about an initiative of their organization. <paramref name="ParticipantOrganizationIds"/>
/// are the organizations the lead invites to take part (each takes part once its delegates accept).
/// <paramref name="TextLanguage"/> is the language its title and description are written in
/// (<see cref="Text.TextLanguages"/>); null: detected from them.
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
    string? TextLanguage = null);
