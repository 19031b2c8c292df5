namespace WorkwaysPortal.Domain.Sessions;

/// <summary>
/// The English labels of a session summary (DOCX, Markdown, print view), which are localization keys
/// like every UI text; a test checks each has a Spanish translation.
/// </summary>
public static class SessionSummaryLabels
{
    public const string Consultation = "Consultation";
    public const string Date = "Date";
    public const string Languages = "Languages";
    public const string Introduction = "Introduction";
    public const string Agenda = "Agenda";
    public const string Participants = "Participants";
    public const string Name = "Name";
    public const string Organization = "Organization";
    public const string Country = "Country";
    public const string Role = "Role";
    public const string Contributions = "Contributions by participant";
    public const string NoContribution = "No contribution recorded.";
    public const string Discussion = "Discussion";
    public const string Agreements = "Agreements and conclusions";
    public const string ProblemIdentified = "Problem identified";
    public const string Opportunities = "Partnership opportunities";
    public const string OpportunitiesIntro = "For each gap the session raised: where it stands, the approved partnerships that address it and the organizations the portal suggests as partners.";
    public const string NoGaps = "The session is not linked to any gap yet.";
    public const string Status = "Status";
    public const string ApprovedPartnerships = "Approved partnerships";
    public const string NoPartnership = "No approved partnership addresses this gap yet.";
    public const string SuggestedPartners = "Suggested partners";
    public const string NoSuggestion = "No verified organization matches this gap yet.";
    public const string Match = "match {0}%";
    public const string Initiatives = "Initiatives mentioned";
    public const string Organizations = "Organizations mentioned";
    public const string NotInDirectory = "not in the directory";
    public const string ExportedOn = "Exported from Workways Portal on {0}.";
    public const string PrintHint = "To keep this summary as a PDF, use your browser's Print command and choose \"Save as PDF\".";
    public const string RoleIntroduction = "Introduction";
    public const string RoleModeration = "Moderation";
    public const string RoleInterpretation = "Interpretation";
    public const string RoleNoteTaking = "Note-taking";
    public const string RolePreliminaryConclusions = "Preliminary conclusions";
    public const string RoleOther = "Other";
    public const string StatusOpen = "Open";
    public const string StatusBeingAddressed = "Being addressed";
    public const string StatusClosed = "Closed";

    public static string For(AgendaRole role) => role switch
    {
        AgendaRole.Introduction => RoleIntroduction,
        AgendaRole.Moderation => RoleModeration,
        AgendaRole.Interpretation => RoleInterpretation,
        AgendaRole.NoteTaking => RoleNoteTaking,
        AgendaRole.PreliminaryConclusions => RolePreliminaryConclusions,
        _ => RoleOther,
    };

    public static string For(Gaps.GapStatus status) => status switch
    {
        Gaps.GapStatus.Open => StatusOpen,
        Gaps.GapStatus.BeingAddressed => StatusBeingAddressed,
        _ => StatusClosed,
    };
}
