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

/// <summary>What one transition changed, for the audit trail and the notifications.</summary>
public sealed record ProposalTransition(ProposalAction Action, ProposalState From, ProposalState To, string? Reason);

/// <summary>
/// A proposal from one organization to one or more others, optionally about a gap or an initiative.
/// Its state changes only through <see cref="Apply"/>, which follows <see cref="ProposalWorkflow"/>.
/// Once approved it is a partnership shown on every party's page.
/// </summary>
public sealed class PartnershipProposal
{
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 4000;
    public const int ReasonMaxLength = 2000;
    public const int MaxPartners = 10;

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

    /// <summary>Takes one step of the workflow, or refuses without changing anything.</summary>
    public ProposalTransition Apply(ProposalAction action, Guid actorId, string actorName, string? reason, DateTimeOffset now)
    {
        if (RefusalOf(action) is { } refusal)
        {
            throw new DomainRuleException(refusal.Message, refusal.Arguments);
        }

        var next = ProposalWorkflow.Next(State, action)!.Value;
        var why = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (ProposalWorkflow.RequiresReason(action) && why is null)
        {
            throw new DomainRuleException(UserMessages.ProposalReasonRequired);
        }

        if (why is { Length: > ReasonMaxLength })
        {
            throw new DomainRuleException(UserMessages.ProposalReasonTooLong);
        }

        if (action is ProposalAction.Submit or ProposalAction.Resubmit && string.IsNullOrWhiteSpace(Rationale))
        {
            throw new DomainRuleException(UserMessages.ProposalRationaleRequired);
        }

        var transition = new ProposalTransition(action, State, next, why);
        State = next;
        UpdatedAt = now;
        if (action is ProposalAction.Submit or ProposalAction.Resubmit)
        {
            SubmittedAt = now;
        }

        if (ProposalWorkflow.ActorOf(action) == ProposalActor.Moderator)
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
    /// is. A moderator who comes too late learns which moderator decided.
    /// </summary>
    public ProposalRefusal? RefusalOf(ProposalAction action)
    {
        if (ProposalWorkflow.Next(State, action) is not null)
        {
            return null;
        }

        var decided = State is ProposalState.Approved or ProposalState.Rejected or ProposalState.ChangesRequested;
        return State switch
        {
            ProposalState.Withdrawn => new(UserMessages.ProposalWithdrawn, []),
            _ when decided && ProposalWorkflow.ActorOf(action) == ProposalActor.Moderator && !string.IsNullOrEmpty(DecidedByName) =>
                new(UserMessages.ProposalDecidedBy, [DecidedByName]),
            ProposalState.Approved or ProposalState.Rejected => new(UserMessages.ProposalAlreadyDecided, []),
            _ => new(UserMessages.ProposalActionNotAllowed, []),
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
            else
            {
                existing.Contribution = contribution;
            }
        }

        UpdatedAt = now;
    }
}

/// <summary>An organization invited by a proposal, and what it would bring.</summary>
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
}
