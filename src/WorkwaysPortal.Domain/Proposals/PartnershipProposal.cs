using WorkwaysPortal.Domain.Text;

namespace WorkwaysPortal.Domain.Proposals;

/// <summary>What the proposer writes: the partners, what each side brings, and why.</summary>
public sealed record ProposalDetails(
    string Title,
    string Rationale,
    string ProposerContribution,
    IReadOnlyList<ProposalPartner> Partners,
    int? GapId,
    int? InitiativeId);

/// <summary>One organization the proposal invites, with what it would bring.</summary>
public sealed record ProposalPartner(int OrganizationId, string? Contribution);

/// <summary>Why the workflow refuses an action: a message for the user and the values of its placeholders.</summary>
public sealed record ProposalRefusal(string Message, IReadOnlyList<object> Arguments);

/// <summary>
/// What one transition changed, for the audit trail and the notifications; <paramref name="PartnerOrganizationId"/>
/// is the partner that answered or was dropped.
/// </summary>
public sealed record ProposalTransition(ProposalAction Action, ProposalState From, ProposalState To, string? Reason, int? PartnerOrganizationId = null);

/// <summary>A partner organization's answer to a proposal that names it.</summary>
public enum PartnerAnswer
{
    Pending = 0,
    Accepted = 1,
    Declined = 2,
}

/// <summary>
/// A proposal from one organization to one or more others, optionally about a gap or an initiative.
/// Its state changes only through <see cref="Apply"/>, which follows <see cref="ProposalWorkflow"/>.
/// Each partner organization's delegates accept or decline it before a moderator may approve it.
/// Once approved it is a partnership shown on the proposer's page and on the page of every partner that accepted.
/// </summary>
public sealed class PartnershipProposal
{
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 4000;
    public const int ReasonMaxLength = 2000;
    public const int MaxPartners = 10;
    public const int AnswerMessageMaxLength = 1000;

    private readonly List<ProposalTarget> _targets = [];

    private PartnershipProposal()
    {
    }

    public int Id { get; private set; }
    public int ProposerOrganizationId { get; private set; }
    public string Title { get; private set; } = "";
    public string Rationale { get; private set; } = "";
    public string ProposerContribution { get; private set; } = "";
    public int? GapId { get; private set; }
    public int? InitiativeId { get; private set; }
    public ProposalState State { get; private set; }
    public Guid CreatedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public Guid? DecidedBy { get; private set; }
    public string? DecidedByName { get; private set; }

    /// <summary>The reason of the last refusal or request for changes.</summary>
    public string? DecisionReason { get; private set; }

    /// <summary>Concurrency token (PostgreSQL xmin): two moderators cannot both decide.</summary>
    public uint Version { get; private set; }

    public IReadOnlyCollection<ProposalTarget> Targets => _targets;

    public IEnumerable<int> TargetOrganizationIds => _targets.Select(t => t.OrganizationId);

    /// <summary>Whether every partner organization has accepted the proposal.</summary>
    public bool EveryPartnerAccepted => _targets.Count > 0 && _targets.All(t => t.Answer == PartnerAnswer.Accepted);

    public static PartnershipProposal Draft(int proposerOrganizationId, ProposalDetails details, Guid author, DateTimeOffset now)
    {
        var proposal = new PartnershipProposal
        {
            ProposerOrganizationId = proposerOrganizationId,
            State = ProposalState.Draft,
            CreatedBy = author,
            CreatedAt = now,
        };
        proposal.Write(details, now);
        return proposal;
    }

    /// <summary>Changes the text and partners; only while the proposal is a draft or sent back for changes.</summary>
    public void Edit(ProposalDetails details, DateTimeOffset now)
    {
        if (!ProposalWorkflow.IsEditable(State))
        {
            throw new DomainRuleException(UserMessages.ProposalNotEditable);
        }

        Write(details, now);
    }

    /// <summary>
    /// Takes one step of the workflow, or refuses without changing anything. Accepting and declining
    /// name the partner organization that answers (the reason is its optional message); dropping a
    /// partner names the partner dropped.
    /// </summary>
    public ProposalTransition Apply(
        ProposalAction action, Guid actorId, string actorName, string? reason, DateTimeOffset now, int? partnerOrganizationId = null)
    {
        if (RefusalOf(action, partnerOrganizationId) is { } refusal)
        {
            throw new DomainRuleException(refusal.Message, refusal.Arguments);
        }

        var step = ProposalWorkflow.Step(State, action)!;
        var why = string.IsNullOrWhiteSpace(reason) ? null : PlainText.Tidy(reason);
        if (ProposalWorkflow.RequiresReason(action) && why is null)
        {
            throw new DomainRuleException(UserMessages.ProposalReasonRequired);
        }

        var answer = action is ProposalAction.Accept or ProposalAction.Decline;
        if (answer && why is { Length: > AnswerMessageMaxLength })
        {
            throw new DomainRuleException(UserMessages.TextTooLong, [AnswerMessageMaxLength]);
        }

        if (why is { Length: > ReasonMaxLength })
        {
            throw new DomainRuleException(UserMessages.ProposalReasonTooLong);
        }

        if (!PlainText.IsAllowed(why))
        {
            throw new DomainRuleException(UserMessages.TextNotPlain);
        }

        if (action is ProposalAction.Submit or ProposalAction.Resubmit && string.IsNullOrWhiteSpace(Rationale))
        {
            throw new DomainRuleException(UserMessages.ProposalRationaleRequired);
        }

        var partner = ProposalWorkflow.NamesPartner(action) ? _targets.Single(t => t.OrganizationId == partnerOrganizationId) : null;
        switch (action)
        {
            case ProposalAction.Accept:
                partner!.Record(PartnerAnswer.Accepted, actorId, actorName, why, now);
                break;
            case ProposalAction.Decline:
                partner!.Record(PartnerAnswer.Declined, actorId, actorName, why, now);
                break;
            case ProposalAction.DropPartner:
                _targets.Remove(partner!);
                break;
        }

        var next = step.Target(EveryPartnerAccepted);
        var transition = new ProposalTransition(action, State, next, why, partner?.OrganizationId);
        State = next;
        UpdatedAt = now;
        if (action is ProposalAction.Submit or ProposalAction.Resubmit)
        {
            SubmittedAt = now;
        }

        if (step.Actor == ProposalActor.Moderator)
        {
            DecidedAt = now;
            DecidedBy = actorId;
            DecidedByName = actorName;
            DecisionReason = why;
        }

        return transition;
    }

    public bool IsFinal => ProposalWorkflow.IsFinal(State);

    /// <summary>
    /// Why <paramref name="action"/> is not possible in the current state, for the user; null when it
    /// is. A moderator who comes too late learns which moderator decided. Accepting, declining and
    /// dropping a partner name the partner organization (<paramref name="partnerOrganizationId"/>).
    /// </summary>
    public ProposalRefusal? RefusalOf(ProposalAction action, int? partnerOrganizationId = null)
    {
        if (ProposalWorkflow.Step(State, action) is { } step)
        {
            return ConsentRefusalOf(action, step, partnerOrganizationId);
        }

        var decided = State is ProposalState.Approved or ProposalState.Rejected or ProposalState.ChangesRequested;
        return State switch
        {
            ProposalState.Withdrawn => new(UserMessages.ProposalWithdrawn, []),
            _ when decided && ProposalWorkflow.ActorOf(action) == ProposalActor.Moderator && !string.IsNullOrEmpty(DecidedByName) =>
                new(UserMessages.ProposalDecidedBy, [DecidedByName]),
            ProposalState.Approved or ProposalState.Rejected => new(UserMessages.ProposalAlreadyDecided, []),
            _ when ProposalWorkflow.ActorOf(action) == ProposalActor.Partner => new(UserMessages.ProposalNotAwaitingAnswers, []),
            _ => new(UserMessages.ProposalActionNotAllowed, []),
        };
    }

    /// <summary>The partner's answer, or null when the organization is not a partner in the proposal.</summary>
    public PartnerAnswer? AnswerOf(int organizationId) => _targets.FirstOrDefault(t => t.OrganizationId == organizationId)?.Answer;

    private ProposalRefusal? ConsentRefusalOf(ProposalAction action, ProposalStep step, int? partnerOrganizationId)
    {
        if (step.NeedsEveryPartner && !EveryPartnerAccepted)
        {
            return new(UserMessages.ProposalPartnersMustAccept, []);
        }

        if (!ProposalWorkflow.NamesPartner(action))
        {
            return null;
        }

        var partner = _targets.FirstOrDefault(t => t.OrganizationId == partnerOrganizationId);
        return partner switch
        {
            null => new(UserMessages.ProposalNotAPartner, []),
            { Answer: not PartnerAnswer.Pending } when action is ProposalAction.Accept or ProposalAction.Decline =>
                new(UserMessages.ProposalAlreadyAnswered, []),
            _ when action == ProposalAction.DropPartner && _targets.Count == 1 => new(UserMessages.ProposalKeepsOnePartner, []),
            _ => null,
        };
    }

    /// <summary>Whether an organization is a party to the proposal (proposer or invited).</summary>
    public bool Involves(int organizationId) => ProposerOrganizationId == organizationId || _targets.Any(t => t.OrganizationId == organizationId);

    private void Write(ProposalDetails details, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);

        // The proposer is never its own partner, and each partner is invited once (the first mention wins).
        var partners = (details.Partners ?? [])
            .Where(p => p.OrganizationId != ProposerOrganizationId)
            .GroupBy(p => p.OrganizationId)
            .Select(g => g.First())
            .ToList();
        if (ProposalRules.Check(ProposerOrganizationId, details with { Partners = partners }, forSubmission: false) is [var error, ..])
        {
            throw new DomainRuleException(error.Message, error.Arguments);
        }

        Title = PlainText.Tidy(details.Title);
        Rationale = PlainText.Tidy(details.Rationale ?? "");
        ProposerContribution = PlainText.Tidy(details.ProposerContribution ?? "");
        GapId = details.GapId;
        InitiativeId = details.InitiativeId;
        _targets.RemoveAll(t => partners.All(p => p.OrganizationId != t.OrganizationId));
        foreach (var partner in partners)
        {
            var contribution = string.IsNullOrWhiteSpace(partner.Contribution) ? null : PlainText.Tidy(partner.Contribution);
            var existing = _targets.FirstOrDefault(t => t.OrganizationId == partner.OrganizationId);
            if (existing is null)
            {
                _targets.Add(new ProposalTarget(partner.OrganizationId, contribution));
            }
            else if (existing.Contribution != contribution)
            {
                // The partner's answer was about what it would bring: asked to bring something else, it answers again.
                existing.Contribution = contribution;
                existing.ResetAnswer();
            }
        }

        UpdatedAt = now;
    }
}

/// <summary>An organization invited by a proposal, what it would bring, and its delegates' answer.</summary>
public sealed class ProposalTarget
{
    private ProposalTarget()
    {
    }

    internal ProposalTarget(int organizationId, string? contribution)
    {
        OrganizationId = organizationId;
        Contribution = contribution;
    }

    public int ProposalId { get; private set; }
    public int OrganizationId { get; private set; }
    public string? Contribution { get; internal set; }
    public PartnerAnswer Answer { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    public Guid? AnsweredBy { get; private set; }
    public string? AnsweredByName { get; private set; }

    /// <summary>The optional message of the answer, plain text of at most <see cref="PartnershipProposal.AnswerMessageMaxLength"/> characters.</summary>
    public string? AnswerMessage { get; private set; }

    internal void Record(PartnerAnswer answer, Guid by, string byName, string? message, DateTimeOffset at)
    {
        (Answer, AnsweredBy, AnsweredByName, AnswerMessage, AnsweredAt) = (answer, by, byName, message, at);
    }

    internal void ResetAnswer()
    {
        (Answer, AnsweredBy, AnsweredByName, AnswerMessage, AnsweredAt) = (PartnerAnswer.Pending, null, null, null, null);
    }
}
