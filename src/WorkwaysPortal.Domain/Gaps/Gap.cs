using WorkwaysPortal.Domain.Text;

namespace WorkwaysPortal.Domain.Gaps;

public enum GapPriority
{
    Low = 0,
    Medium = 1,
    High = 2,
}

public enum GapStatus
{
    Open = 0,
    BeingAddressed = 1,
    Closed = 2,
}

/// <summary>
/// What a delegate (or staff, from a session) says about a gap. <paramref name="TextLanguage"/> is the language its
/// title and description are written in (<see cref="TextLanguages"/>); null: detected from them.
/// <paramref name="Translations"/> are its texts in other languages; null: those it has stay as they are.
/// <paramref name="OrganizationLanguage"/> is the language of its organization's texts: the language of its own when
/// none is given and its texts tell nothing (rather than English).
/// </summary>
public sealed record GapDetails(
    string Title,
    string Description,
    IReadOnlyList<string> Requires,
    IReadOnlyList<string> Countries,
    IReadOnlyList<int> GcmObjectives,
    GapPriority Priority,
    string? TextLanguage = null,
    IReadOnlyDictionary<string, TextTranslation>? Translations = null,
    string? OrganizationLanguage = null);

/// <summary>
/// A need that an organization or a consultation session identified, e.g. "Technical and labour
/// training for migrants in agriculture and services, language, and legislation". It is open until
/// an approved partnership addresses it, and closed by its organization's delegates.
/// </summary>
public sealed class Gap
{
    public const int TitleMaxLength = WorkRules.TitleMaxLength;
    public const int DescriptionMaxLength = WorkRules.DescriptionMaxLength;

    private Gap()
    {
    }

    public int Id { get; private set; }
    public string Title { get; private set; } = "";
    public string Description { get; private set; } = "";

    /// <summary>The language its title and description are written in: one of <see cref="TextLanguages.All"/>.</summary>
    public string TextLanguage { get; private set; } = TextLanguages.English;

    /// <summary>Its title and description in other languages than <see cref="TextLanguage"/>, written by its delegates.</summary>
    public TextTranslations Translations { get; private set; } = TextTranslations.Empty;

    /// <summary>Capabilities a partner needs to help close the gap.</summary>
    public string[] Requires { get; private set; } = [];

    public string[] Countries { get; private set; } = [];
    public int[] GcmObjectives { get; private set; } = [];
    public GapPriority Priority { get; private set; }
    public GapStatus Status { get; private set; }

    /// <summary>The organization that raised it, if any (a session may raise gaps too).</summary>
    public int? RaisedByOrganizationId { get; private set; }

    /// <summary>The consultation session it came out of, if any (with or without an organization).</summary>
    public int? RaisedInSessionId { get; private set; }

    public Guid? CreatedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public uint Version { get; private set; }

    public static Gap Raise(int? organizationId, GapDetails details, Guid? createdBy, DateTimeOffset now)
    {
        var gap = new Gap { RaisedByOrganizationId = organizationId, CreatedBy = createdBy, CreatedAt = now, Status = GapStatus.Open };
        gap.Update(details, now);
        return gap;
    }

    /// <summary>A gap that came out of a consultation session, raised by one of its participants' organizations or by no one.</summary>
    public static Gap RaiseInSession(int sessionId, int? organizationId, GapDetails details, Guid? createdBy, DateTimeOffset now)
    {
        var gap = Raise(organizationId, details, createdBy, now);
        gap.RaisedInSessionId = sessionId;
        return gap;
    }

    /// <summary>Records the session a gap came out of, when nothing says so yet.</summary>
    public void AttributeToSession(int sessionId)
    {
        RaisedInSessionId ??= sessionId;
    }

    public void Update(GapDetails details, DateTimeOffset now)
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
        Requires = Codes.Normalize(details.Requires, upper: false);
        Countries = Codes.Normalize(details.Countries, upper: true);
        GcmObjectives = [.. details.GcmObjectives.Distinct().Order()];
        Priority = details.Priority;
        UpdatedAt = now;
    }

    /// <summary>An approved partnership works on the gap.</summary>
    public void MarkBeingAddressed(DateTimeOffset now) => Move(GapStatus.Open, GapStatus.BeingAddressed, now);

    public void Close(DateTimeOffset now)
    {
        Status = GapStatus.Closed;
        UpdatedAt = now;
    }

    public void Reopen(DateTimeOffset now) => Move(GapStatus.Closed, GapStatus.Open, now);

    /// <summary>Moves the gap to <paramref name="to"/> when it is in <paramref name="from"/>; otherwise nothing changes.</summary>
    private void Move(GapStatus from, GapStatus to, DateTimeOffset now)
    {
        if (Status == from)
        {
            Status = to;
            UpdatedAt = now;
        }
    }
}
