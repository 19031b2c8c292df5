using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using WorkwaysPortal.Data.Access;
using WorkwaysPortal.Data.Listing;
using WorkwaysPortal.Data.Mail;
using WorkwaysPortal.Data.Matching;
using WorkwaysPortal.Data.Taxonomy;
using WorkwaysPortal.Data.Telemetry;
using WorkwaysPortal.Domain.Alerts;
using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Domain.Matching;
using WorkwaysPortal.Domain.Notifications;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Proposals;

namespace WorkwaysPortal.Data.Alerts;

/// <summary>What one alert run did: digests sent, organizations they reported, saved searches run.</summary>
public readonly record struct AlertRunResult(int Digests, int Organizations, int Searches);

/// <summary>
/// The alert job (issue 13). For each person and frequency whose saved searches are due
/// (<see cref="SavedSearch.IsDue(DateTimeOffset, bool)"/>), it asks the matcher of Find partners which of the
/// organizations verified or updated since the search's last run, and never reported by it, the search finds
/// (<see cref="PartnerMatcher.SearchAmongAsync"/>: the same tiers, scores and reasons, among those organizations
/// only), keeps those that fit (<see cref="MatchFit"/>) and writes one digest: an in-app notification and an
/// email in the outbox, in the reader's language. A gaps search (<see cref="SavedSearchKind.Gaps"/>) is told of the
/// public open gaps raised (or made public by their organization's verification) since its last run that the gaps
/// list finds with its filter (<see cref="GapQuery.Matching"/>), in the same digest.
/// <para>
/// Safe with several portal instances and restarts: a person's searches of one frequency are claimed with a
/// transaction-scoped advisory lock (another runner skips them) and their rows locked; the digest row (unique
/// per person and period), the notification, the email and the searches' new last run and reported
/// organizations are written in that one transaction. A crash before the commit writes nothing and the next
/// run does it all again; after it, the searches are no longer due and their organizations are marked sent.
/// </para>
/// </summary>
public sealed partial class AlertRunner(
    PortalDbContext db,
    PartnerMatcher matcher,
    TaxonomyCatalog catalog,
    AlertUnsubscribeTokens tokens,
    IOptions<MailOptions> mail,
    IOptions<AlertOptions> options,
    TimeProvider clock,
    ILogger<AlertRunner> logger)
{
    /// <summary>An organization verified or edited lately: when, and what the searches it may fit look at first.</summary>
    private sealed record Changed(int Id, DateTimeOffset At, string[] Offers, string[] Countries, string Sector);

    /// <summary>The organizations verified or edited lately, by id and by what they offer.</summary>
    private sealed class Changes(List<Changed> all)
    {
        private readonly ILookup<string, Changed> _byOffer = all.SelectMany(o => o.Offers.Select(code => (code, o))).ToLookup(p => p.code, p => p.o);

        public List<Changed> All => all;

        /// <summary>Those that offer one of these capabilities; all of them when none is named.</summary>
        public IEnumerable<Changed> Offering(IReadOnlyCollection<string> seeks) =>
            seeks.Count == 0 ? all : seeks.SelectMany(code => _byOffer[code]).Distinct();
    }

    /// <summary>
    /// Above this many organizations new to a search, it is run over the whole directory (bounded work, its best
    /// <see cref="PartnerMatcher.MaxTop"/>) instead of among them: after a bulk import, say.
    /// </summary>
    private const int AskAmongAtMost = 500;

    /// <summary>A public open gap raised or made public lately: when, and what a gaps search looks at first.</summary>
    private sealed record ChangedGap(int Id, DateTimeOffset At, string[] Requires, string[] Countries);

    private sealed record Found(SavedSearch Search, List<AlertItem> Items);

    /// <param name="ignoreSchedule">Run every active search now, whatever its frequency (the CLI's <c>--now</c>).</param>
    public async Task<AlertRunResult> RunAsync(bool ignoreSchedule, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var overlap = TimeSpan.FromSeconds(Math.Max(0, options.Value.OverlapSeconds));
        var active = await db.SavedSearches.AsNoTracking()
            .Where(s => s.Active)
            .Select(s => new { s.Id, s.UserId, s.Kind, s.Frequency, s.LastRunAt, s.CreatedAt })
            .ToListAsync(ct);
        var due = active.Where(s => SavedSearch.IsDue(s.Frequency, s.LastRunAt, now, ignoreSchedule)).ToList();
        if (due.Count == 0)
        {
            return default;
        }

        // The organizations (and gaps) that changed in the window of the oldest due search of their kind: none, and
        // no search of that kind needs running.
        var partnerSearches = due.Where(s => s.Kind == SavedSearchKind.Partners).ToList();
        var gapSearches = due.Where(s => s.Kind == SavedSearchKind.Gaps).ToList();
        var changed = new Changes(partnerSearches.Count == 0 ? [] : await ChangedOrganizationsAsync(partnerSearches.Min(s => Since(s.LastRunAt, s.CreatedAt, overlap)), ct));
        var gaps = gapSearches.Count == 0 ? [] : await ChangedGapsAsync(gapSearches.Min(s => Since(s.LastRunAt, s.CreatedAt, overlap)), ct);
        var latestOrganization = changed.All.Count == 0 ? DateTimeOffset.MinValue : changed.All.Max(o => o.At);
        var latestGap = gaps.Count == 0 ? DateTimeOffset.MinValue : gaps.Max(g => g.At);
        var total = default(AlertRunResult);
        var quiet = new List<(int Id, DateTimeOffset LastRunAt)>();
        foreach (var group in due
                     .Where(s => (s.Kind == SavedSearchKind.Gaps ? latestGap : latestOrganization) > Since(s.LastRunAt, s.CreatedAt, overlap))
                     .GroupBy(s => (s.UserId, s.Frequency))
                     .OrderBy(g => g.Key.UserId)
                     .ThenBy(g => g.Key.Frequency))
        {
            ct.ThrowIfCancellationRequested();
            var result = await RunGroupAsync(group.Key.UserId, group.Key.Frequency, [.. group.Select(s => s.Id)], changed, gaps, now, overlap, ignoreSchedule, quiet, ct);
            total = new AlertRunResult(total.Digests + result.Digests, total.Organizations + result.Organizations, total.Searches + result.Searches);
        }

        await RecordQuietRunsAsync(quiet, now, ct);
        LogRun(total.Digests, total.Organizations, total.Searches);
        return total;
    }

    /// <summary>
    /// Moves the last run of the searches that found nothing new, in one statement per few thousand (no digest, no
    /// lock, no transaction of their own). A search another runner ran meanwhile (its last run moved) keeps what
    /// that runner wrote; one turned off meanwhile is left as it is.
    /// </summary>
    private async Task RecordQuietRunsAsync(List<(int Id, DateTimeOffset LastRunAt)> quiet, DateTimeOffset now, CancellationToken ct)
    {
        foreach (var chunk in quiet.Chunk(5000))
        {
            int[] ids = [.. chunk.Select(q => q.Id)];
            DateTimeOffset[] runs = [.. chunk.Select(q => q.LastRunAt.ToUniversalTime())];
            await db.Database.ExecuteSqlAsync(
                $"UPDATE saved_searches AS s SET last_run_at = {now.ToUniversalTime()} FROM unnest({ids}, {runs}) AS q(id, last_run_at) WHERE s.id = q.id AND s.last_run_at = q.last_run_at AND s.active",
                ct);
        }
    }

    private async Task<List<Changed>> ChangedOrganizationsAsync(DateTimeOffset since, CancellationToken ct) =>
        [
            .. (await db.Organizations.AsNoTracking()
                    .Where(o => o.Status == VerificationStatus.Verified && (o.UpdatedAt > since || o.DecidedAt > since))
                    .Select(o => new { o.Id, o.UpdatedAt, o.DecidedAt, o.Offers, o.Countries, o.Sector })
                    .ToListAsync(ct))
                .Select(o => new Changed(o.Id, o.DecidedAt is { } decided && decided > o.UpdatedAt ? decided : o.UpdatedAt, o.Offers, o.Countries, o.Sector)),
        ];

    /// <summary>The public open gaps raised since, or whose organization was verified since (they became public then).</summary>
    private async Task<List<ChangedGap>> ChangedGapsAsync(DateTimeOffset since, CancellationToken ct) =>
        [
            .. (await Visibility.Gaps(db, Viewer.Anonymous).AsNoTracking()
                    .Where(g => g.Status == GapStatus.Open)
                    .Select(g => new
                    {
                        g.Id,
                        g.CreatedAt,
                        g.Requires,
                        g.Countries,
                        Verified = db.Organizations.Where(o => o.Id == g.RaisedByOrganizationId).Select(o => o.DecidedAt).FirstOrDefault(),
                    })
                    .Where(g => g.CreatedAt > since || g.Verified > since)
                    .ToListAsync(ct))
                .Select(g => new ChangedGap(g.Id, g.Verified is { } verified && verified > g.CreatedAt ? verified : g.CreatedAt, g.Requires, g.Countries)),
        ];

    /// <summary>
    /// The gaps new to a gaps search that the gaps list finds with its filter (the same text search, capability and
    /// place filters), among the candidates only.
    /// </summary>
    private async Task<List<AlertItem>> FindGapsAsync(
        SavedSearch saved, List<ChangedGap> gaps, DateTimeOffset since, Domain.Taxonomy.TaxonomySnapshot taxonomy, CancellationToken ct)
    {
        var criteria = saved.Criteria;
        List<int> fresh =
        [
            .. gaps.Where(g => g.At > since && !saved.SentGapIds.Contains(g.Id)
                               && (criteria.Seeks.Count == 0 || criteria.Seeks.Any(g.Requires.Contains))
                               && (criteria.Countries.Count == 0 || criteria.Countries.Any(g.Countries.Contains)))
                .Select(g => g.Id),
        ];
        if (fresh.Count == 0)
        {
            return [];
        }

        var filter = new GapFilter(
            new ListFilter(criteria.Text, First(criteria.Countries), First(criteria.SubRegions), First(criteria.Seeks)),
            Status: GapStatus.Open);
        var found = await GapQuery.Matching(db, taxonomy, filter).AsNoTracking()
            .Where(g => fresh.Contains(g.Id))
            .Select(g => new { g.Id, g.Title, g.Requires, g.Countries })
            .ToListAsync(ct);
        return [.. found.Select(g => new AlertItem(g.Id, g.Title, [], AlertItemKind.Gap, g.Requires, g.Countries))];
    }

    private async Task<AlertRunResult> RunGroupAsync(
        Guid userId, AlertFrequency frequency, int[] ids, Changes changed, List<ChangedGap> gaps, DateTimeOffset now, TimeSpan overlap,
        bool ignoreSchedule, List<(int Id, DateTimeOffset LastRunAt)> quiet, CancellationToken ct)
    {
        // The searches run outside the transaction: it only locks, checks and writes.
        db.ChangeTracker.Clear();
        var searches = await db.SavedSearches.AsNoTracking().Where(s => ids.Contains(s.Id)).OrderBy(s => s.Id).ToListAsync(ct);
        var taxonomy = await catalog.GetAsync(ct);
        var geography = MatchGeography.From(taxonomy);
        var found = new List<Found>();
        foreach (var saved in searches)
        {
            if (saved.Kind == SavedSearchKind.Gaps)
            {
                found.Add(new Found(saved, await FindGapsAsync(saved, gaps, Since(saved.LastRunAt, saved.CreatedAt, overlap), taxonomy, ct)));
                continue;
            }

            // Only the organizations new to the search that could fit it are asked about, but all of those,
            // through the matcher (its score and reasons), however many others rank higher in the directory.
            var search = ToSearch(saved.Criteria);
            var places = geography.Chosen(search.Countries, search.SubRegions, search.Groups, search.Corridors);
            var since = Since(saved.LastRunAt, saved.CreatedAt, overlap);
            HashSet<int> fresh =
            [
                .. changed.Offering(search.Seeks)
                    .Where(o => o.At > since && !saved.SentOrganizationIds.Contains(o.Id)
                                && (search.Sectors.Count == 0 || search.Sectors.Contains(o.Sector))
                                && MatchFit.Fits(search, places, o.Offers, o.Countries))
                    .Select(o => o.Id),
            ];
            var partners = fresh.Count switch
            {
                0 => [],
                > AskAmongAtMost => await matcher.SearchAsync(search, PartnerMatcher.MaxTop, ct),
                _ => await matcher.SearchAmongAsync(search, fresh, ct),
            };
            found.Add(new Found(
                saved,
                [.. partners.Where(p => fresh.Contains(p.Id) && MatchFit.Fits(search, places, p)).Select(p => new AlertItem(p.Id, p.Name, p.Reasons))]));
        }

        if (found.All(f => f.Items.Count == 0))
        {
            // Nothing new for this person (most of a run): their searches' last run moves with the others' at the end.
            quiet.AddRange(found.Select(f => (f.Search.Id, f.Search.LastRunAt)));
            return new AlertRunResult(0, 0, found.Count);
        }

        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.Email, u.PreferredLanguage }).SingleOrDefaultAsync(ct);
        if (user is null)
        {
            return default;
        }

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var key = $"{userId}:{frequency}";
            var claimed = await db.Database
                .SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock(hashtext('workways.alerts'), hashtext({key})) AS \"Value\"")
                .SingleAsync(ct);
            if (!claimed)
            {
                return default;
            }

            var locked = await db.SavedSearches
                .FromSql($"SELECT * FROM saved_searches WHERE id = ANY({ids}) FOR UPDATE")
                .ToListAsync(ct);
            var sections = new List<(SavedSearch Search, List<AlertItem> Items)>();
            foreach (var search in locked.OrderBy(s => s.Id))
            {
                var before = found.FirstOrDefault(f => f.Search.Id == search.Id);

                // Another runner ran it meanwhile, or its owner turned it off: nothing to do here.
                if (before is null || search.LastRunAt != before.Search.LastRunAt || !search.IsDue(now, ignoreSchedule))
                {
                    continue;
                }

                var items = before.Items.Where(i => !search.Sent.Contains(i.Id)).ToList();
                search.RecordRun(now, items.Select(i => i.Id));
                sections.Add((search, items));
            }

            var withItems = sections.Where(s => s.Items.Count > 0).ToList();
            if (withItems.Count > 0)
            {
                var period = ignoreSchedule
                    ? "now:" + SavedSearch.Period(AlertFrequency.Instant, now)["instant:".Length..] + ":" + frequency.ToString().ToLowerInvariant()
                    : SavedSearch.Period(frequency, now);
                Write(userId, user.Email, user.PreferredLanguage, period, withItems, taxonomy, now);
            }

            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                // Another runner sent this person's digest of this period: this one writes nothing.
                LogAlreadySent(userId, frequency);
                db.ChangeTracker.Clear();
                return default;
            }

            await transaction.CommitAsync(ct);
            var organizations = withItems.SelectMany(s => s.Items).DistinctBy(i => (i.Kind, i.Id)).Count();
            return new AlertRunResult(withItems.Count > 0 ? 1 : 0, organizations, sections.Count);
        });
    }

    private void Write(
        Guid userId, string? email, string? language, string period, List<(SavedSearch Search, List<AlertItem> Items)> sections,
        Domain.Taxonomy.TaxonomySnapshot taxonomy, DateTimeOffset now)
    {
        var organizationIds = sections.SelectMany(s => s.Items).Where(i => i.Kind == AlertItemKind.Organization).Select(i => i.Id).Distinct().ToList();
        db.AlertDigests.Add(AlertDigest.For(userId, period, now, sections.Select(s => s.Search.Id), organizationIds));

        var subject = Shorten(string.Join(", ", sections.Select(s => s.Search.Name)), 300);
        var names = Shorten(string.Join(", ", sections.SelectMany(s => s.Items).DistinctBy(i => (i.Kind, i.Id)).Select(i => i.Name)), PartnershipProposal.ReasonMaxLength);
        // A digest of gaps alone says so (and leads to the gaps list); one with organizations leads to the one, or to the alerts.
        var kind = organizationIds.Count == 0 ? NotificationKinds.GapAlertDigest : NotificationKinds.AlertDigest;
        db.Notifications.Add(Notification.For(
            userId, kind, subject, now, names, organizationId: organizationIds.Count == 1 ? organizationIds[0] : null));
        PortalMetrics.NotificationsAdded.Add(1, new KeyValuePair<string, object?>("kind", kind));
        if (!string.IsNullOrWhiteSpace(email))
        {
            var content = AlertDigestEmail.Compose(
                [
                    .. sections.Select(s => new AlertSection(
                        s.Search.Id,
                        s.Search.Name,
                        s.Items,
                        mail.Value.Link(AlertLinks.Unsubscribe(tokens.For(s.Search.Id))))),
                ],
                taxonomy,
                mail.Value.Link,
                language);
            db.OutboxEmails.Add(OutboxEmail.Create(email, content.Subject, content.Body, now));
        }
    }

    /// <summary>The search a saved search's criteria make, as Find partners makes it from its query.</summary>
    public static MatchSearch ToSearch(SavedCriteria criteria)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        return new MatchSearch(
            criteria.Seeks,
            criteria.Countries,
            criteria.SubRegions,
            criteria.Groups,
            [.. criteria.Corridors.Select(c => CorridorKey.TryParse(c, out var k) ? k : (CorridorKey?)null).OfType<CorridorKey>()],
            criteria.Sectors,
            criteria.Text);
    }

    /// <summary>
    /// Changes after this are new to a search: those since its last run less the overlap (a change committed while
    /// the run was reading is not missed), but never one from before it was saved (what fitted then, its owner saw).
    /// </summary>
    private static DateTimeOffset Since(DateTimeOffset lastRunAt, DateTimeOffset createdAt, TimeSpan overlap) =>
        lastRunAt - overlap > createdAt ? lastRunAt - overlap : createdAt;

    private static string? First(IReadOnlyList<string> values) => values.Count > 0 ? values[0] : null;

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    [LoggerMessage(EventId = 9101, Level = LogLevel.Information, Message = "Alert run: {Digests} digests with {Organizations} organizations, {Searches} saved searches run")]
    private partial void LogRun(int digests, int organizations, int searches);

    [LoggerMessage(EventId = 9102, Level = LogLevel.Warning, Message = "Alert digest of {UserId} ({Frequency}) was already sent for this period; skipped")]
    private partial void LogAlreadySent(Guid userId, AlertFrequency frequency);
}

/// <summary>Registers the alert job's services (the portal and the <c>workways</c> command both use them).</summary>
public static class AlertServices
{
    public static IServiceCollection AddPortalAlerts(this IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        services.AddOptions<AlertOptions>().Bind(configuration.GetSection(AlertOptions.Section));
        services.AddScoped<AlertRunner>();
        services.AddSingleton<AlertUnsubscribeTokens>();
        return services;
    }

    /// <summary>
    /// The Data Protection key ring kept in PostgreSQL under one application name, the same on every portal
    /// instance and in the command-line tool: what one signs (a cookie, an unsubscribe link), any other reads.
    /// </summary>
    public static IServiceCollection AddPortalDataProtection(this IServiceCollection services, string applicationName)
    {
        services.AddDataProtection()
            .SetApplicationName(applicationName)
            .PersistKeysToDbContext<PortalDbContext>();
        return services;
    }
}
