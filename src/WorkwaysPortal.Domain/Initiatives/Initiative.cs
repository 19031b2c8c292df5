using WorkwaysPortal.Domain.Text;

namespace WorkwaysPortal.Domain.Initiatives;

/// <summary>
/// Something an organization runs or plans, e.g. "Regularized work-visa processing through labour
/// ministries in El Salvador, Honduras and Guatemala". Its lead organization's delegates maintain it.
/// Other organizations take part only once their own delegates accept the lead's invitation
/// (<see cref="InitiativeParticipant"/>, issue 13).
/// </summary>
public sealed class Initiative
{
    public const int TitleMaxLength = WorkRules.TitleMaxLength;
    public const int DescriptionMaxLength = WorkRules.DescriptionMaxLength;

    private readonly List<InitiativeParticipant> _participants = [];

    private Initiative()
    {
    }

    public int Id { get; private set; }
    public int LeadOrganizationId { get; private set; }
    public string Title { get; private set; } = "";
    public string Description { get; private set; } = "";

    /// <summary>The language its title and description are written in: one of <see cref="TextLanguages.All"/>.</summary>
    public string TextLanguage { get; private set; } = TextLanguages.English;

    /// <summary>Its title and description in other languages than <see cref="TextLanguage"/>, written by its delegates.</summary>
    public TextTranslations Translations { get; private set; } = TextTranslations.Empty;
    public string[] Countries { get; private set; } = [];
    public string[] Capabilities { get; private set; } = [];
    public int[] GcmObjectives { get; private set; } = [];

    public InitiativeStatus Status { get; private set; }
    public DateOnly? StartsOn { get; private set; }
    public DateOnly? EndsOn { get; private set; }
    public Guid? CreatedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public uint Version { get; private set; }

    /// <summary>Every organization invited, whatever its answer (pending, accepted or declined).</summary>
    public IReadOnlyCollection<InitiativeParticipant> Participants => _participants;

    /// <summary>The organizations that take part: their delegates accepted the invitation.</summary>
    public IEnumerable<int> AcceptedParticipantIds =>
        _participants.Where(p => p.State == ParticipationState.Accepted).Select(p => p.OrganizationId);

    /// <summary>Records a new initiative; every participant it names is invited by <paramref name="createdBy"/>.</summary>
    public static Initiative Record(int leadOrganizationId, InitiativeDetails details, Guid? createdBy, DateTimeOffset now)
    {
        var initiative = new Initiative { LeadOrganizationId = leadOrganizationId, CreatedBy = createdBy, CreatedAt = now };
        initiative.Update(details, now, createdBy);
        return initiative;
    }

    /// <summary>
    /// Changes what the lead says about the initiative. <see cref="InitiativeDetails.ParticipantOrganizationIds"/>
    /// is the whole list of organizations the lead wants: a new one is invited (by <paramref name="by"/>),
    /// one left out has its invitation withdrawn (whatever its answer), and the others keep theirs.
    /// The lead is never its own participant.
    /// </summary>
    public ParticipantChanges Update(InitiativeDetails details, DateTimeOffset now, Guid? by = null)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (string.IsNullOrWhiteSpace(details.Title))
        {
            throw new DomainRuleException(UserMessages.TitleRequired);
        }

        Title = PlainText.Tidy(details.Title);
        Description = PlainText.Tidy(details.Description ?? "");
        TextLanguage = TextLanguages.Choose(details.TextLanguage, Title, Description, details.OrganizationLanguage is { } fallback ? [fallback] : null);
        Translations = (details.Translations is { } translations ? new TextTranslations(translations) : Translations).Without(TextLanguage);
        Countries = Codes.Normalize(details.Countries, upper: true);
        Capabilities = Codes.Normalize(details.Capabilities, upper: false);
        GcmObjectives = [.. details.GcmObjectives.Distinct().Order()];
        Status = details.Status;
        StartsOn = details.StartsOn;
        EndsOn = details.EndsOn;
        UpdatedAt = now;

        var wanted = (details.ParticipantOrganizationIds ?? []).Where(id => id != LeadOrganizationId).Distinct().Order().ToList();
        var withdrawn = _participants.Where(p => !wanted.Contains(p.OrganizationId)).Select(p => p.OrganizationId).Order().ToList();
        _participants.RemoveAll(p => withdrawn.Contains(p.OrganizationId));
        var invited = wanted.Where(id => _participants.All(p => p.OrganizationId != id)).ToList();
        _participants.AddRange(invited.Select(id => new InitiativeParticipant(id, by, now)));
        return new ParticipantChanges(invited, withdrawn);
    }

    /// <summary>Where an organization stands in the initiative, or null when it is not invited.</summary>
    public ParticipationState? StateOf(int organizationId) => _participants.FirstOrDefault(p => p.OrganizationId == organizationId)?.State;

    /// <summary>
    /// Why an organization may not answer now, for the user (an English message); null when it may: it
    /// must be invited and not have answered yet.
    /// </summary>
    public string? RefusalOfAnswer(int organizationId) => StateOf(organizationId) switch
    {
        null => UserMessages.InitiativeNotInvited,
        ParticipationState.Invited => null,
        _ => UserMessages.InitiativeAlreadyAnswered,
    };

    /// <summary>
    /// The invited organization's answer, given once by one of its delegates, with an optional message
    /// for the lead (plain text of at most <see cref="InitiativeParticipant.AnswerMessageMaxLength"/> characters).
    /// </summary>
    public InitiativeParticipant Answer(int organizationId, bool accept, Guid? by, string byName, string? message, DateTimeOffset now)
    {
        if (RefusalOfAnswer(organizationId) is { } refusal)
        {
            throw new DomainRuleException(refusal);
        }

        if (!PlainText.IsAllowed(message))
        {
            throw new DomainRuleException(UserMessages.TextNotPlain);
        }

        var text = string.IsNullOrWhiteSpace(message) ? null : PlainText.Tidy(message);

        if (text is { Length: > InitiativeParticipant.AnswerMessageMaxLength })
        {
            throw new DomainRuleException(UserMessages.TextTooLong, [InitiativeParticipant.AnswerMessageMaxLength]);
        }

        var participant = _participants.Single(p => p.OrganizationId == organizationId);
        participant.Record(accept ? ParticipationState.Accepted : ParticipationState.Declined, by, byName, text, now);
        return participant;
    }

    /// <summary>Whether an organization leads this initiative or takes part in it (accepted its invitation).</summary>
    public bool Involves(int organizationId) =>
        LeadOrganizationId == organizationId || StateOf(organizationId) == ParticipationState.Accepted;
}
