namespace WorkwaysPortal.Domain.Initiatives;

/// <summary>
/// What a delegate says about an initiative of their organization. <paramref name="ParticipantOrganizationIds"/>
/// are the organizations the lead invites to take part (each takes part once its delegates accept).
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
    IReadOnlyList<int> ParticipantOrganizationIds);
