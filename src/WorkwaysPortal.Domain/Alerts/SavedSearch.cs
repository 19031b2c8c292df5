using System.Globalization;

namespace WorkwaysPortal.Domain.Alerts;

/// <summary>How often a saved search's alerts are sent: as soon as the alert job finds something, or in a daily or weekly digest.</summary>
public enum AlertFrequency
{
    Instant,
    Daily,
    Weekly,
}

/// <summary>What a saved search watches: organizations that fit it as partners (Find partners, the directory, a gap's
/// suggested partners), or gaps raised that match a filter of the gaps list.</summary>
public enum SavedSearchKind
{
    Partners,
    Gaps,
}

/// <summary>
/// A Find-partners search, a directory filter or a gaps filter that someone saved (issue 13): its normalized criteria (taxonomy codes, already
/// checked when it was saved), a name, how often to be told of organizations that newly fit it, when the
/// alert job last ran it and which organizations it already reported (each is reported once).
/// </summary>
public sealed class SavedSearch
{
    public const int NameMaxLength = 100;

    /// <summary>How many saved searches one account may keep.</summary>
    public const int MaxPerUser = 50;

    private SavedSearch()
    {
    }

    public int Id { get; private set; }
    public Guid UserId { get; private set; }

    /// <summary>Partners: <see cref="Seeks"/> are the capabilities sought. Gaps: <see cref="Seeks"/> are the capabilities a gap requires.</summary>
    public SavedSearchKind Kind { get; private set; }

    public string Name { get; private set; } = "";
    public AlertFrequency Frequency { get; private set; }
    public string[] Seeks { get; private set; } = [];
    public string[] Countries { get; private set; } = [];
    public string[] SubRegions { get; private set; } = [];
    public string[] Groups { get; private set; } = [];

    /// <summary>Migration corridors, written <c>GT-US</c>.</summary>
    public string[] Corridors { get; private set; } = [];

    public string[] Sectors { get; private set; } = [];
    public string? Text { get; private set; }

    /// <summary>False once unsubscribed: the search is kept (and can be turned on again) but sends nothing.</summary>
    public bool Active { get; private set; } = true;

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the alert job last ran it (its creation at first: only organizations that change afterwards are new).</summary>
    public DateTimeOffset LastRunAt { get; private set; }

    /// <summary>The organizations already reported by this search.</summary>
    public int[] SentOrganizationIds { get; private set; } = [];

    /// <summary>The gaps already reported by this search (a gaps search).</summary>
    public int[] SentGapIds { get; private set; } = [];

    public static SavedSearch Create(
        Guid userId, string name, AlertFrequency frequency, SavedCriteria criteria, DateTimeOffset now,
        SavedSearchKind kind = SavedSearchKind.Partners)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var search = new SavedSearch
        {
            UserId = userId,
            Kind = kind,
            Frequency = frequency,
            Seeks = [.. criteria.Seeks],
            Countries = [.. criteria.Countries],
            SubRegions = [.. criteria.SubRegions],
            Groups = [.. criteria.Groups],
            Corridors = [.. criteria.Corridors],
            Sectors = [.. criteria.Sectors],
            Text = string.IsNullOrWhiteSpace(criteria.Text) ? null : criteria.Text.Trim(),
            CreatedAt = now,
            LastRunAt = now,
        };
        search.Rename(name);
        return search;
    }

    public SavedCriteria Criteria => new(Seeks, Countries, SubRegions, Groups, Corridors, Sectors, Text);

    public void Rename(string name)
    {
        var trimmed = (name ?? "").Trim();
        if (trimmed.Length == 0)
        {
            throw new DomainRuleException(UserMessages.SavedSearchNameRequired);
        }

        if (trimmed.Length > NameMaxLength)
        {
            throw new DomainRuleException(UserMessages.SavedSearchNameTooLong);
        }

        Name = trimmed;
    }

    public void ChangeFrequency(AlertFrequency frequency) => Frequency = frequency;

    public void TurnOff() => Active = false;

    public void TurnOn() => Active = true;

    /// <summary>
    /// Whether the alert job runs it now: an instant search whenever the job runs, a daily one once per
    /// calendar day (UTC), a weekly one once per ISO week; <paramref name="ignoreSchedule"/> (the CLI's
    /// <c>--now</c>) runs every active search.
    /// </summary>
    public bool IsDue(DateTimeOffset now, bool ignoreSchedule = false) => Active && IsDue(Frequency, LastRunAt, now, ignoreSchedule);

    /// <summary>The same rule, for a search read as its frequency and last run.</summary>
    public static bool IsDue(AlertFrequency frequency, DateTimeOffset lastRunAt, DateTimeOffset now, bool ignoreSchedule) =>
        ignoreSchedule || frequency == AlertFrequency.Instant || Period(frequency, lastRunAt) != Period(frequency, now);

    /// <summary>The digest period that <paramref name="at"/> falls in: <c>daily:2026-12-07</c>, <c>weekly:2026-W49</c>, or the instant itself.</summary>
    public static string Period(AlertFrequency frequency, DateTimeOffset at)
    {
        var utc = at.UtcDateTime;
        return frequency switch
        {
            AlertFrequency.Daily => string.Create(CultureInfo.InvariantCulture, $"daily:{utc:yyyy-MM-dd}"),
            AlertFrequency.Weekly => string.Create(CultureInfo.InvariantCulture, $"weekly:{ISOWeek.GetYear(utc)}-W{ISOWeek.GetWeekOfYear(utc):00}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"instant:{utc:yyyy-MM-ddTHH:mm:ss.fffffff}"),
        };
    }

    /// <summary>The job ran it at <paramref name="now"/> and reported <paramref name="sent"/> (organizations, or gaps for a gaps search).</summary>
    public void RecordRun(DateTimeOffset now, IEnumerable<int> sent)
    {
        ArgumentNullException.ThrowIfNull(sent);
        LastRunAt = now;
        if (Kind == SavedSearchKind.Gaps)
        {
            SentGapIds = [.. SentGapIds.Concat(sent).Distinct().Order()];
        }
        else
        {
            SentOrganizationIds = [.. SentOrganizationIds.Concat(sent).Distinct().Order()];
        }
    }

    /// <summary>What this search already reported: organizations, or gaps for a gaps search.</summary>
    public IReadOnlyCollection<int> Sent => Kind == SavedSearchKind.Gaps ? SentGapIds : SentOrganizationIds;
}

/// <summary>What a saved search looks for, as the Find partners page's query has it (codes already checked).</summary>
public sealed record SavedCriteria(
    IReadOnlyList<string> Seeks,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> SubRegions,
    IReadOnlyList<string> Groups,
    IReadOnlyList<string> Corridors,
    IReadOnlyList<string> Sectors,
    string? Text)
{
    public bool IsEmpty =>
        Seeks.Count == 0 && Countries.Count == 0 && SubRegions.Count == 0 && Groups.Count == 0 && Corridors.Count == 0
        && Sectors.Count == 0 && string.IsNullOrWhiteSpace(Text);
}

/// <summary>
/// One digest sent to one person for one period (<see cref="SavedSearch.Period"/>): the unique key on
/// (user, period) is written in the transaction that adds the notification and the email and moves the
/// searches' <see cref="SavedSearch.LastRunAt"/>, so two alert jobs can never send the same digest twice.
/// </summary>
public sealed class AlertDigest
{
    private AlertDigest()
    {
    }

    public long Id { get; private set; }
    public Guid UserId { get; private set; }
    public string Period { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public int[] SavedSearchIds { get; private set; } = [];
    public int[] OrganizationIds { get; private set; } = [];

    public static AlertDigest For(Guid userId, string period, DateTimeOffset now, IEnumerable<int> savedSearchIds, IEnumerable<int> organizationIds) =>
        new()
        {
            UserId = userId,
            Period = period,
            CreatedAt = now,
            SavedSearchIds = [.. savedSearchIds],
            OrganizationIds = [.. organizationIds.Distinct()],
        };
}
