using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Proposals;

namespace WorkwaysPortal.Web.Features.Proposals;

/// <summary>The words for a proposal's states and history in the reader's language, and its stable API codes.</summary>
public static class ProposalText
{
    public static string State(IStringLocalizer t, ProposalState state)
    {
        ArgumentNullException.ThrowIfNull(t);
        return state switch
        {
            ProposalState.Draft => t["Draft"],
            ProposalState.Submitted => t["Submitted"],
            ProposalState.ChangesRequested => t["Changes requested"],
            ProposalState.Approved => t["Approved"],
            ProposalState.Rejected => t["Rejected"],
            ProposalState.Withdrawn => t["Withdrawn"],
            ProposalState.AwaitingPartners => t["Waiting for partners"],
            _ => state.ToString(),
        };
    }

    /// <summary>The Bootstrap badge colour of a state.</summary>
    public static string BadgeClass(ProposalState state) => state switch
    {
        ProposalState.Draft => "text-bg-secondary",
        ProposalState.Submitted => "text-bg-primary",
        ProposalState.ChangesRequested => "text-bg-warning",
        ProposalState.Approved => "text-bg-success",
        ProposalState.Rejected => "text-bg-danger",
        ProposalState.AwaitingPartners => "text-bg-info",
        _ => "text-bg-light border",
    };

    public static string HistoryAction(IStringLocalizer t, string auditAction)
    {
        ArgumentNullException.ThrowIfNull(t);
        return auditAction switch
        {
            AuditActions.ProposalDrafted => t["Draft created"],
            AuditActions.ProposalEdited => t["Edited"],
            AuditActions.ProposalSubmitted => t["Submitted"],
            AuditActions.ProposalResubmitted => t["Resubmitted"],
            AuditActions.ProposalWithdrawn => t["Withdrawn"],
            AuditActions.ProposalApproved => t["Approved"],
            AuditActions.ProposalRejected => t["Rejected"],
            AuditActions.ProposalChangesRequested => t["Changes requested"],
            AuditActions.ProposalAccepted => t["Accepted by a partner"],
            AuditActions.ProposalDeclined => t["Declined by a partner"],
            AuditActions.ProposalPartnerDropped => t["Partner dropped"],
            _ => auditAction,
        };
    }

    /// <summary>A partner's answer in the reader's language.</summary>
    public static string Answer(IStringLocalizer t, PartnerAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(t);
        return answer switch
        {
            PartnerAnswer.Accepted => t["Accepted"],
            PartnerAnswer.Declined => t["Declined"],
            _ => t["No answer yet"],
        };
    }

    /// <summary>The Bootstrap badge colour of an answer.</summary>
    public static string AnswerBadgeClass(PartnerAnswer answer) => answer switch
    {
        PartnerAnswer.Accepted => "text-bg-success",
        PartnerAnswer.Declined => "text-bg-danger",
        _ => "text-bg-light border",
    };

    /// <summary>An answer as the API writes it: pending, accepted, declined.</summary>
    public static string Code(PartnerAnswer answer) => answer.ToString().ToLowerInvariant();

    /// <summary>The state as the API writes it: draft, awaiting-partners, submitted, changes-requested, approved, rejected, withdrawn.</summary>
    public static string Code(ProposalState state) => state switch
    {
        ProposalState.ChangesRequested => "changes-requested",
        ProposalState.AwaitingPartners => "awaiting-partners",
        _ => state.ToString().ToLowerInvariant(),
    };

    /// <summary>A message of the Domain (an English key) with its placeholders filled, in the reader's language.</summary>
    public static string Message(IStringLocalizer t, string message, IReadOnlyList<object> arguments)
    {
        ArgumentNullException.ThrowIfNull(t);
        return t[message, [.. arguments]];
    }
}
