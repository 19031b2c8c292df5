namespace WorkwaysPortal.Domain.Sessions;

/// <summary>What a responsible person does in an agenda item.</summary>
public enum AgendaRole
{
    Introduction = 0,
    Moderation = 1,
    Interpretation = 2,
    NoteTaking = 3,
    PreliminaryConclusions = 4,
    Other = 5,
}

/// <summary>Someone responsible for an agenda item, e.g. "Easton Williams, introduction, in English".</summary>
/// <param name="Note">What qualifies the role, e.g. the language ("English", "English ↔ Spanish").</param>
public sealed record AgendaResponsible(string Person, AgendaRole Role, string? Note = null);

/// <summary>One item of a session's agenda, in the order of the list it is in.</summary>
public sealed record AgendaItem(string Title, IReadOnlyList<AgendaResponsible> Responsible);

/// <summary>
/// A participant and what they contributed, point by point. The organization is either one of the
/// directory (<paramref name="OrganizationId"/>, with its name when recorded) or a free-text one that
/// is not in the directory (no id).
/// </summary>
/// <param name="Country">ISO 3166-1 alpha-2 code, when the report says where the participant is from.</param>
/// <param name="Role">The participant's role or position, e.g. "Technical Secretary of the RROCM".</param>
public sealed record SessionParticipant(
    string Name, int? OrganizationId, string? OrganizationName, string? Country, string? Role, IReadOnlyList<string> Points);

/// <summary>A theme of the discussion: a heading and its text (paragraphs separated by blank lines).</summary>
public sealed record DiscussionTheme(string Heading, string Text);

/// <summary>Everything staff record about a session, as the form or a reviewed draft gives it.</summary>
public sealed record SessionDetails(
    string Title,
    string Consultation,
    DateOnly HeldOn,
    IReadOnlyList<string> Languages,
    string? Introduction,
    IReadOnlyList<AgendaItem> Agenda,
    IReadOnlyList<SessionParticipant> Participants,
    IReadOnlyList<DiscussionTheme> Themes,
    IReadOnlyList<string> Agreements,
    string? ProblemStatement,
    string? Notes,
    IReadOnlyList<int> GapIds,
    IReadOnlyList<int> InitiativeIds,
    IReadOnlyList<int> OrganizationIds);
