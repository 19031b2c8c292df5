namespace WorkwaysPortal.Domain.Proposals;

public enum ProposalState
{
    Draft = 0,

    /// <summary>Every partner accepted; waiting for a moderator's decision.</summary>
    Submitted = 1,
    ChangesRequested = 2,
    Approved = 3,
    Rejected = 4,
    Withdrawn = 5,

    /// <summary>Sent to the partner organizations, at least one of which has not accepted yet.</summary>
    AwaitingPartners = 6,
}

public enum ProposalAction
{
    Submit = 0,
    Withdraw = 1,
    Approve = 2,
    Reject = 3,
    RequestChanges = 4,
    Resubmit = 5,

    /// <summary>A partner organization's delegates accept the proposal for their organization.</summary>
    Accept = 6,

    /// <summary>A partner organization's delegates decline the proposal for their organization.</summary>
    Decline = 7,

    /// <summary>The proposer takes one partner out of the proposal (never the last one).</summary>
    DropPartner = 8,
}

/// <summary>Who may take an action: the proposing organization's delegates, a partner organization's delegates, or a moderator.</summary>
public enum ProposalActor
{
    Proposer = 0,
    Moderator = 1,
    Partner = 2,
}

/// <summary>
/// One row of the workflow: from a state, an action by its actor leads to <see cref="To"/>. A row with
/// <see cref="UntilPartnersAccept"/> leads there instead while a partner has not accepted; a row that
/// <see cref="NeedsEveryPartner"/> is refused while a partner has not accepted.
/// </summary>
public sealed record ProposalStep(ProposalActor Actor, ProposalState To, ProposalState? UntilPartnersAccept = null, bool NeedsEveryPartner = false)
{
    /// <summary>The state the step leads to, given whether every partner organization has accepted.</summary>
    public ProposalState Target(bool everyPartnerAccepted) =>
        !everyPartnerAccepted && UntilPartnersAccept is { } waiting ? waiting : To;
}

/// <summary>
/// The one table of allowed proposal transitions. Anything not in it is refused, whoever asks.
/// draft → awaiting partners (each partner accepts or declines; the proposer drops a partner or
/// withdraws) → submitted once every partner accepted → approved | rejected | changes-requested
/// (→ resubmitted → awaiting partners, or submitted when every partner has accepted);
/// withdrawn by the proposer at any time before a decision. Approving needs every partner's acceptance;
/// a partner of a partnership approved before partners consented still answers it.
/// </summary>
public static class ProposalWorkflow
{
    private static readonly ProposalStep ToModeration = new(ProposalActor.Proposer, ProposalState.Submitted, ProposalState.AwaitingPartners);
    private static readonly ProposalStep Withdrawal = new(ProposalActor.Proposer, ProposalState.Withdrawn);

    private static readonly Dictionary<(ProposalState From, ProposalAction Action), ProposalStep> Table = new()
    {
        [(ProposalState.Draft, ProposalAction.Submit)] = ToModeration,
        [(ProposalState.Draft, ProposalAction.Withdraw)] = Withdrawal,
        [(ProposalState.AwaitingPartners, ProposalAction.Accept)] = new(ProposalActor.Partner, ProposalState.Submitted, ProposalState.AwaitingPartners),
        [(ProposalState.AwaitingPartners, ProposalAction.Decline)] = new(ProposalActor.Partner, ProposalState.AwaitingPartners),
        [(ProposalState.AwaitingPartners, ProposalAction.DropPartner)] = ToModeration,
        [(ProposalState.AwaitingPartners, ProposalAction.Withdraw)] = Withdrawal,
        [(ProposalState.Submitted, ProposalAction.Withdraw)] = Withdrawal,
        [(ProposalState.Submitted, ProposalAction.Approve)] = new(ProposalActor.Moderator, ProposalState.Approved, NeedsEveryPartner: true),
        [(ProposalState.Submitted, ProposalAction.Reject)] = new(ProposalActor.Moderator, ProposalState.Rejected),
        [(ProposalState.Submitted, ProposalAction.RequestChanges)] = new(ProposalActor.Moderator, ProposalState.ChangesRequested),
        [(ProposalState.ChangesRequested, ProposalAction.Resubmit)] = ToModeration,
        [(ProposalState.ChangesRequested, ProposalAction.Withdraw)] = Withdrawal,

        // A partnership approved before partners consented (migration PartnerConsent) keeps its pending
        // answers: each partner still accepts it (then it shows on its page) or declines it.
        [(ProposalState.Approved, ProposalAction.Accept)] = new(ProposalActor.Partner, ProposalState.Approved),
        [(ProposalState.Approved, ProposalAction.Decline)] = new(ProposalActor.Partner, ProposalState.Approved),
    };

    public static IReadOnlyDictionary<(ProposalState From, ProposalAction Action), ProposalStep> Transitions => Table;

    /// <summary>The row of an action from <paramref name="from"/>, or null when the action is not allowed there.</summary>
    public static ProposalStep? Step(ProposalState from, ProposalAction action) =>
        Table.TryGetValue((from, action), out var step) ? step : null;

    /// <summary>
    /// The state an action leads to once every partner accepted (or the only one it can lead to), or
    /// null when the action is not allowed from <paramref name="from"/>.
    /// </summary>
    public static ProposalState? Next(ProposalState from, ProposalAction action) => Step(from, action)?.To;

    /// <summary>Whether <paramref name="actor"/> may take <paramref name="action"/> from <paramref name="from"/>.</summary>
    public static bool Allows(ProposalState from, ProposalAction action, ProposalActor actor) => Step(from, action)?.Actor == actor;

    public static ProposalActor ActorOf(ProposalAction action) => action switch
    {
        ProposalAction.Approve or ProposalAction.Reject or ProposalAction.RequestChanges => ProposalActor.Moderator,
        ProposalAction.Accept or ProposalAction.Decline => ProposalActor.Partner,
        _ => ProposalActor.Proposer,
    };

    /// <summary>The actions that concern one partner organization, which the caller names.</summary>
    public static bool NamesPartner(ProposalAction action) => action is ProposalAction.Accept or ProposalAction.Decline or ProposalAction.DropPartner;

    /// <summary>Refusals and requests for changes must say why: the proposer needs to know what to fix.</summary>
    public static bool RequiresReason(ProposalAction action) => action is ProposalAction.Reject or ProposalAction.RequestChanges;

    /// <summary>Text and partners may change only while the proposal is in the proposer's hands.</summary>
    public static bool IsEditable(ProposalState state) => state is ProposalState.Draft or ProposalState.ChangesRequested;

    /// <summary>
    /// A decision has been taken (or the proposer gave up): neither the proposer nor a moderator can act
    /// any more (a partner still answers a partnership approved before partners consented).
    /// </summary>
    public static bool IsFinal(ProposalState state) => state is ProposalState.Approved or ProposalState.Rejected or ProposalState.Withdrawn;

    /// <summary>The actions available from a state, in table order.</summary>
    public static IReadOnlyList<ProposalAction> ActionsFrom(ProposalState state) =>
        [.. Table.Keys.Where(k => k.From == state).Select(k => k.Action)];
}
