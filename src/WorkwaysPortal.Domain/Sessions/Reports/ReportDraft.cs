using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.Domain.Sessions;

/// <summary>
/// What <see cref="ReportParser"/> read in a report: a draft for staff to correct before anything is
/// saved. Participants name their organization as the report does (no directory id yet); the date is
/// never in a report. What the parser did not recognise is in <see cref="Notes"/>, word for word.
/// </summary>
public sealed record ReportDraft(
    string Title,
    string Consultation,
    string Introduction,
    IReadOnlyList<string> Languages,
    IReadOnlyList<AgendaItem> Agenda,
    IReadOnlyList<SessionParticipant> Participants,
    IReadOnlyList<DiscussionTheme> Themes,
    IReadOnlyList<string> Agreements,
    string? ProblemStatement,
    string Notes)
{
    /// <summary>Whether any section of a report (agenda, contributions, discussion, agreements) was found.</summary>
    public bool RecognisedSections => Agenda.Count > 0 || Participants.Count > 0 || Themes.Count > 0 || Agreements.Count > 0;
}

/// <summary>A draft, or why there is none (an error about the field <c>report</c>).</summary>
public sealed record ReportParseResult(ReportDraft? Draft, FieldError? Error)
{
    public static ReportParseResult Failed(string message, params object[] arguments) => new(null, new FieldError("report", message, arguments));
}
