namespace WorkwaysPortal.Domain.Proposals;

public enum ProposalState
{
    Draft = 0,
    Submitted = 1,
    ChangesRequested = 2,
    Approved = 3,
    Rejected = 4,
    Withdrawn = 5,
}

public enum ProposalAction
{
    Submit = 0,
    Withdraw = 1,
    Approve = 2,
    Reject = 3,
    RequestChanges = 4,
    Resubmit = 5,
}

/// <summary>Who may take an action: the proposing organization's delegates, or a moderator.</summary>
public enum ProposalActor
{
    Proposer = 0,
    Moderator = 1,
}

/// <summary>
/// The one table of allowed proposal transitions. Anything not in it is refused, whoever asks.
/// draft → submitted → approved | rejected | changes-requested (→ resubmitted → submitted);
/// withdrawn by the proposer at any time before a decision.
/// </summary>
public static class ProposalWorkflow
{
    private static readonly Dictionary<(ProposalState From, ProposalAction Action), ProposalState> Table = new()
    {
        [(ProposalState.Draft, ProposalAction.Submit)] = ProposalState.Submitted,
        [(ProposalState.Draft, ProposalAction.Withdraw)] = ProposalState.Withdrawn,
        [(ProposalState.Submitted, ProposalAction.Withdraw)] = ProposalState.Withdrawn,
        [(ProposalState.Submitted, ProposalAction.Approve)] = ProposalState.Approved,
        [(ProposalState.Submitted, ProposalAction.Reject)] = ProposalState.Rejected,
        [(ProposalState.Submitted, ProposalAction.RequestChanges)] = ProposalState.ChangesRequested,
        [(ProposalState.ChangesRequested, ProposalAction.Resubmit)] = ProposalState.Submitted,
        [(ProposalState.ChangesRequested, ProposalAction.Withdraw)] = ProposalState.Withdrawn,
    };

    public static IReadOnlyDictionary<(ProposalState From, ProposalAction Action), ProposalState> Transitions => Table;

    /// <summary>The state an action leads to, or null when the action is not allowed from <paramref name="from"/>.</summary>
    public static ProposalState? Next(ProposalState from, ProposalAction action) =>
        Table.TryGetValue((from, action), out var to) ? to : null;

    public static ProposalActor ActorOf(ProposalAction action) => action switch
    {
        ProposalAction.Approve or ProposalAction.Reject or ProposalAction.RequestChanges => ProposalActor.Moderator,
        _ => ProposalActor.Proposer,
    };

    /// <summary>Refusals and requests for changes must say why: the proposer needs to know what to fix.</summary>
    public static bool RequiresReason(ProposalAction action) => action is ProposalAction.Reject or ProposalAction.RequestChanges;

    /// <summary>Text and partners may change only while the proposal is in the proposer's hands.</summary>
    public static bool IsEditable(ProposalState state) => state is ProposalState.Draft or ProposalState.ChangesRequested;

    /// <summary>A decision has been taken (or the proposer gave up): nothing can happen any more.</summary>
    public static bool IsFinal(ProposalState state) => state is ProposalState.Approved or ProposalState.Rejected or ProposalState.Withdrawn;

    /// <summary>The actions available from a state, in table order.</summary>
    public static IReadOnlyList<ProposalAction> ActionsFrom(ProposalState state) =>
        [.. Table.Keys.Where(k => k.From == state).Select(k => k.Action)];
}
