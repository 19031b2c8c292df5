using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.Web.Features.Proposals;

public enum ProposalOutcomeStatus
{
    /// <summary>The action was taken and saved.</summary>
    Done,

    /// <summary>The input is wrong (400): see <see cref="ProposalOutcome.Errors"/>.</summary>
    Invalid,

    /// <summary>No such proposal, or one the user may not see (404).</summary>
    NotFound,

    /// <summary>The user sees the proposal but may not take this action (403).</summary>
    Forbidden,

    /// <summary>The proposal's state does not allow the action, or someone else changed it first (409).</summary>
    Conflict,
}

/// <summary>
/// How a proposal action ended, for a page or an API endpoint to show. Messages are English
/// localization keys with the values of their placeholders.
/// </summary>
public sealed record ProposalOutcome(
    ProposalOutcomeStatus Status, int ProposalId, IReadOnlyList<FieldError> Errors, string? Message, IReadOnlyList<object> Arguments)
{
    public bool Succeeded => Status == ProposalOutcomeStatus.Done;

    public static ProposalOutcome Done(int proposalId) => new(ProposalOutcomeStatus.Done, proposalId, [], null, []);

    public static ProposalOutcome Invalid(IReadOnlyList<FieldError> errors) => new(ProposalOutcomeStatus.Invalid, 0, errors, null, []);

    public static ProposalOutcome NotFound { get; } = new(ProposalOutcomeStatus.NotFound, 0, [], null, []);

    public static ProposalOutcome Forbidden(string? message = null) => new(ProposalOutcomeStatus.Forbidden, 0, [], message, []);

    public static ProposalOutcome Conflict(string message, IReadOnlyList<object> arguments) =>
        new(ProposalOutcomeStatus.Conflict, 0, [], message, arguments);
}
