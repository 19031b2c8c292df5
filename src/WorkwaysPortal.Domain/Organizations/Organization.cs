using WorkwaysPortal.Domain.Text;

namespace WorkwaysPortal.Domain.Organizations;

/// <summary>
/// An organization of the directory. It is public only once a moderator has verified it; until
/// then only its delegates (members) see it.
/// </summary>
public sealed class Organization
{
    public const int NameMaxLength = 200;
    public const int AcronymMaxLength = 30;
    public const int DescriptionMaxLength = 4000;
    public const int WebsiteMaxLength = 300;
    public const int ReasonMaxLength = 1000;

    private readonly List<OrganizationMember> _members = [];

    private Organization()
    {
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public string NameKey { get; private set; } = "";
    public string? Acronym { get; private set; }
    public string Sector { get; private set; } = "";
    public string[] Countries { get; private set; } = [];
    public string[] Offers { get; private set; } = [];
    public string[] Seeks { get; private set; } = [];
    public string[] Languages { get; private set; } = [];
    public string? Website { get; private set; }
    public string Description { get; private set; } = "";

    /// <summary>The language its name and description are written in: one of <see cref="TextLanguages.All"/>.</summary>
    public string TextLanguage { get; private set; } = TextLanguages.English;

    /// <summary>Its name and description in other languages than <see cref="TextLanguage"/>, written by its delegates.</summary>
    public TextTranslations Translations { get; private set; } = TextTranslations.Empty;

    public string? ContactName { get; private set; }
    public string? ContactEmail { get; private set; }
    public string? ContactPhone { get; private set; }
    public VerificationStatus Status { get; private set; }
    public string? StatusReason { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public Guid? DecidedBy { get; private set; }

    /// <summary>The account that registered it (null for imported organizations, or once that account is gone).</summary>
    public Guid? RegisteredBy { get; private set; }

    /// <summary>
    /// When its delegates last changed. Every change to the team writes it, so the row's version guards
    /// the team too: of two delegates removing each other at once, one change wins and the other is refused.
    /// </summary>
    public DateTimeOffset? TeamChangedAt { get; private set; }

    /// <summary>Concurrency token (PostgreSQL xmin): two decisions on the same row cannot both win.</summary>
    public uint Version { get; private set; }

    public IReadOnlyCollection<OrganizationMember> Members => _members;

    /// <summary>A delegate registers an organization; it waits for a moderator.</summary>
    public static Organization Register(OrganizationProfile profile, Guid delegateId, DateTimeOffset now)
    {
        var organization = new Organization { Status = VerificationStatus.Pending, CreatedAt = now, RegisteredBy = delegateId };
        organization.Apply(profile, now);
        organization._members.Add(new OrganizationMember(delegateId, now));
        return organization;
    }

    /// <summary>An organization brought in by a bulk import or the demo data: verified at once.</summary>
    public static Organization Imported(OrganizationProfile profile, DateTimeOffset now)
    {
        var organization = new Organization { Status = VerificationStatus.Verified, CreatedAt = now, DecidedAt = now };
        organization.Apply(profile, now);
        return organization;
    }

    public bool IsMember(Guid userId) => _members.Any(m => m.UserId == userId);

    /// <summary>Whether anyone acts for it; an organization without delegates (imported, or its last delegate's account is gone) is orphaned.</summary>
    public bool HasDelegates => _members.Count > 0;

    /// <summary>Makes someone a delegate if they are not one yet (imports, demo data, tests).</summary>
    public void AddMember(Guid userId, DateTimeOffset now)
    {
        if (!IsMember(userId))
        {
            _members.Add(new OrganizationMember(userId, now));
        }
    }

    /// <summary>Someone joins its delegates: they accepted an invitation, or a delegate accepted their request to join.</summary>
    public void Admit(Guid userId, DateTimeOffset now)
    {
        if (IsMember(userId))
        {
            throw new DomainRuleException(UserMessages.AlreadyADelegate);
        }

        _members.Add(new OrganizationMember(userId, now));
        TeamChangedAt = now;
    }

    /// <summary>A moderator gives an orphaned organization its first delegate; one that has delegates chooses its own.</summary>
    public void AssignDelegate(Guid userId, DateTimeOffset now)
    {
        if (HasDelegates)
        {
            throw new DomainRuleException(UserMessages.OrganizationHasDelegates);
        }

        Admit(userId, now);
    }

    /// <summary>
    /// A delegate leaves, or a fellow delegate removes them. An organization always keeps at least one
    /// delegate: the last one can neither leave nor be removed.
    /// </summary>
    public void RemoveMember(Guid userId, DateTimeOffset now)
    {
        var member = _members.FirstOrDefault(m => m.UserId == userId) ?? throw new DomainRuleException(UserMessages.NotADelegate);
        if (_members.Count == 1)
        {
            throw new DomainRuleException(UserMessages.LastDelegate);
        }

        _members.Remove(member);
        TeamChangedAt = now;
    }

    /// <summary>
    /// Replaces the profile. A rejected organization that its delegate corrects goes back to the
    /// moderators' queue.
    /// </summary>
    public void UpdateProfile(OrganizationProfile profile, DateTimeOffset now)
    {
        Apply(profile, now);
        if (Status == VerificationStatus.Rejected)
        {
            Status = VerificationStatus.Pending;
            DecidedAt = null;
            DecidedBy = null;
        }
    }

    /// <summary>An import of the same organization refreshes what the file says, keeping its contact.</summary>
    public void RefreshFromImport(OrganizationProfile profile, DateTimeOffset now)
    {
        var contact = new OrganizationContact(ContactName, ContactEmail, ContactPhone);
        Apply(profile with { Contact = profile.Contact == OrganizationContact.None ? contact : profile.Contact }, now);
    }

    public void Verify(Guid moderatorId, DateTimeOffset now)
    {
        EnsureReviewableBy(moderatorId);
        Status = VerificationStatus.Verified;
        StatusReason = null;
        DecidedAt = now;
        DecidedBy = moderatorId;
    }

    public void Reject(Guid moderatorId, string reason, DateTimeOffset now)
    {
        EnsureReviewableBy(moderatorId);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException(UserMessages.RejectionReasonRequired);
        }

        Status = VerificationStatus.Rejected;
        StatusReason = reason.Trim();
        DecidedAt = now;
        DecidedBy = moderatorId;
    }

    /// <summary>
    /// A moderator asks the delegates of a pending organization for more information before deciding;
    /// nothing changes but what they are told. Returns the message to send them.
    /// </summary>
    public string RequestInformation(Guid moderatorId, string message)
    {
        EnsureReviewableBy(moderatorId);
        var text = message?.Trim() ?? "";
        if (text.Length == 0)
        {
            throw new DomainRuleException(UserMessages.InformationMessageRequired);
        }

        if (text.Length > ReasonMaxLength)
        {
            throw new DomainRuleException(UserMessages.InformationMessageTooLong, [ReasonMaxLength]);
        }

        if (!PlainText.IsAllowed(text))
        {
            throw new DomainRuleException(UserMessages.TextNotPlain);
        }

        return text;
    }

    /// <summary>
    /// Only a pending organization is reviewed, and never by one of its own delegates (the conflict of
    /// interest rule proposals have): another moderator must decide.
    /// </summary>
    private void EnsureReviewableBy(Guid moderatorId)
    {
        if (IsMember(moderatorId))
        {
            throw new DomainRuleException(UserMessages.OrganizationConflictOfInterest);
        }

        if (Status != VerificationStatus.Pending)
        {
            throw new DomainRuleException(UserMessages.AlreadyReviewed);
        }
    }

    private void Apply(OrganizationProfile profile, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(profile.Name))
        {
            throw new DomainRuleException(UserMessages.NameRequired);
        }

        if (string.IsNullOrWhiteSpace(profile.Sector))
        {
            throw new DomainRuleException(UserMessages.SectorRequired);
        }

        // Shown as a link on the organization's page: only http(s), whatever path the profile came by (ASVS 1.2.2).
        if (!string.IsNullOrWhiteSpace(profile.Website) && !OrganizationProfileRules.IsHttpUrl(profile.Website.Trim()))
        {
            throw new DomainRuleException(UserMessages.WebsiteNotHttp);
        }

        Name = PlainText.Tidy(profile.Name);
        NameKey = Text.NameKey.For(Name);
        Acronym = Blank(profile.Acronym);
        Sector = profile.Sector;
        Countries = Codes.Normalize(profile.Countries, upper: true);
        Offers = Codes.Normalize(profile.Offers, upper: false);
        Seeks = Codes.Normalize(profile.Seeks, upper: false);
        Languages = Codes.Normalize(profile.Languages, upper: false);
        Website = Blank(profile.Website);
        Description = PlainText.Tidy(profile.Description ?? "");
        TextLanguage = TextLanguages.Choose(profile.TextLanguage, Name, Description, Languages);
        Translations = (profile.Translations is { } translations ? new TextTranslations(translations) : Translations).Without(TextLanguage);
        ContactName = Blank(profile.Contact.Name);
        ContactEmail = Blank(profile.Contact.Email);
        ContactPhone = Blank(profile.Contact.Phone);
        UpdatedAt = now;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : PlainText.Tidy(value);
}
