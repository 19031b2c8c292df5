using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using WorkwaysPortal.Data.Taxonomy;
using WorkwaysPortal.Data.Telemetry;
using WorkwaysPortal.Domain.Matching;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Text;

namespace WorkwaysPortal.Data.Matching;

/// <summary>A suggested partner: a verified organization, its score (0–1) and the reasons for it.</summary>
public sealed record SuggestedPartner(
    int Id, string Name, string? Acronym, string Sector, string[] Countries, double Score, IReadOnlyList<MatchReason> Reasons)
{
    /// <summary>What the organization offers (capability codes): what it lacks is read against it.</summary>
    public string[] Offers { get; init; } = [];

    /// <summary>The language its name is written in, and its translations: pages show the reader's (ADR 012).</summary>
    public string TextLanguage { get; init; } = TextLanguages.English;

    public TextTranslations Translations { get; init; } = TextTranslations.Empty;
}

/// <summary>
/// What someone looks for on the "Find partners" page or through <c>POST /api/v1/matches/search</c>.
/// Codes are taxonomy codes, already checked. Sectors restrict the candidates; the rest ranks them.
/// </summary>
public sealed record MatchSearch(
    IReadOnlyList<string> Seeks,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> SubRegions,
    IReadOnlyList<string> Groups,
    IReadOnlyList<CorridorKey> Corridors,
    IReadOnlyList<string> Sectors,
    string? Text)
{
    public const int MaxTextLength = 200;

    public bool IsEmpty =>
        Seeks.Count == 0 && Countries.Count == 0 && SubRegions.Count == 0 && Groups.Count == 0 && Corridors.Count == 0
        && Sectors.Count == 0 && string.IsNullOrWhiteSpace(Text);
}

/// <summary>A target for the scorer and what candidate retrieval is asked for it.</summary>
public sealed record PreparedTarget(MatchTarget Target, CandidateRequest Request);

/// <summary>
/// Suggested partners for an organization, a gap or a search: candidates are retrieved in PostgreSQL
/// (<see cref="CandidateQuery"/>) and scored by the Domain's <see cref="MatchScorer"/>. Callers decide who
/// may see the target; candidates are always verified organizations other than the target's
/// organization and its partners. It reads through <see cref="PortalReads"/>: from the standby when one is
/// configured.
/// </summary>
public sealed class PartnerMatcher(PortalReads reads, TaxonomyCatalog catalog, IOptions<MatchingOptions> options, MatchScorer scorer)
{
    public const int MaxTop = 50;

    private MatchingOptions Options => options.Value;

    private PortalDbContext Db => reads.Context;

    /// <summary>The best partners for an organization, or null when there is no such organization.</summary>
    public async Task<IReadOnlyList<SuggestedPartner>?> ForOrganizationAsync(int organizationId, int top, CancellationToken ct) =>
        await OrganizationTargetAsync(organizationId, ct) is { } prepared ? await RankAsync(prepared, top, ct) : null;

    /// <summary>The best partners for a gap, or null when there is no such gap.</summary>
    public async Task<IReadOnlyList<SuggestedPartner>?> ForGapAsync(int gapId, int top, CancellationToken ct) =>
        await GapTargetAsync(gapId, ct) is { } prepared ? await RankAsync(prepared, top, ct) : null;

    /// <summary>An organization as a target, with what candidate retrieval is asked; null when there is no such organization.</summary>
    public async Task<PreparedTarget?> OrganizationTargetAsync(int organizationId, CancellationToken ct)
    {
        var o = await Db.Organizations.AsNoTracking()
            .Where(x => x.Id == organizationId)
            .Select(x => new { x.Id, x.Sector, x.Countries, x.Offers, x.Seeks, x.Languages, x.Description, x.TextLanguage })
            .FirstOrDefaultAsync(ct);
        if (o is null)
        {
            return null;
        }

        var geography = MatchGeography.From(await catalog.GetAsync(ct));
        var keywords = MatchKeywords.From(Options.MaxKeywords, o.Description);
        var target = MatchTarget.ForOrganization(o.Seeks, o.Offers, geography.Around(o.Countries), o.Sector, o.Languages, keywords.Count > 0);
        return new PreparedTarget(target, Request(target, o.Id, [], keywords, "", o.Description, o.TextLanguage));
    }

    /// <summary>A gap as a target (with its organization's sector and languages); null when there is no such gap.</summary>
    public async Task<PreparedTarget?> GapTargetAsync(int gapId, CancellationToken ct)
    {
        // A left join by primary key (a FirstOrDefault in the projection becomes a window over every organization).
        var gap = await (
                from g in Db.Gaps.AsNoTracking()
                where g.Id == gapId
                join o in Db.Organizations.AsNoTracking() on g.RaisedByOrganizationId equals o.Id into raisers
                from o in raisers.DefaultIfEmpty()
                select new
                {
                    g.Title,
                    g.Description,
                    g.TextLanguage,
                    g.Requires,
                    g.Countries,
                    g.RaisedByOrganizationId,
                    Sector = o == null ? null : o.Sector,
                    Languages = o == null ? null : o.Languages,
                })
            .FirstOrDefaultAsync(ct);
        if (gap is null)
        {
            return null;
        }

        var geography = MatchGeography.From(await catalog.GetAsync(ct));
        var keywords = MatchKeywords.From(Options.MaxKeywords, gap.Title, gap.Description);
        var target = MatchTarget.ForGap(
            gap.Requires, geography.Around(gap.Countries), gap.Sector, gap.Languages ?? [], keywords.Count > 0);
        return new PreparedTarget(target, Request(target, gap.RaisedByOrganizationId ?? 0, [], keywords, gap.Title, gap.Description, gap.TextLanguage));
    }

    /// <summary>The best partners for what someone is looking for.</summary>
    public async Task<IReadOnlyList<SuggestedPartner>> SearchAsync(MatchSearch search, int top, CancellationToken ct) =>
        search is { IsEmpty: false } ? await RankAsync(await SearchTargetAsync(search, ct), top, ct) : [];

    /// <summary>
    /// The search run as <see cref="SearchAsync"/> runs it, among the given organizations only: every one of them
    /// the search would find, ranked (the alert job asks it about the organizations verified or edited since a
    /// search last ran).
    /// </summary>
    public async Task<IReadOnlyList<SuggestedPartner>> SearchAmongAsync(MatchSearch search, IReadOnlyCollection<int> among, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(among);
        if (search is not { IsEmpty: false } || among.Count == 0)
        {
            return [];
        }

        var (target, request) = await SearchTargetAsync(search, ct);
        return await RankAsync(new PreparedTarget(target, request with { Among = among }), among.Count, ct);
    }

    private async Task<PreparedTarget> SearchTargetAsync(MatchSearch search, CancellationToken ct)
    {
        var geography = MatchGeography.From(await catalog.GetAsync(ct));
        var keywords = MatchKeywords.From(Options.MaxKeywords, search.Text);
        var places = geography.Chosen(search.Countries, search.SubRegions, search.Groups, search.Corridors);
        var target = MatchTarget.ForSearch([.. search.Seeks.Distinct(StringComparer.Ordinal)], places, keywords.Count > 0);
        return new PreparedTarget(target, Request(
            target, 0, [.. search.Sectors.Distinct(StringComparer.Ordinal)], keywords, "", search.Text ?? "",
            TextLanguages.Detect(search.Text) ?? TextLanguages.English));
    }

    /// <summary>What <see cref="CandidateQuery"/> is asked for a target (the benchmarks show its plan).</summary>
    private CandidateRequest Request(
        MatchTarget target, int excludedOrganizationId, string[] sectors, IReadOnlyList<string> keywords, string selfTitle, string selfBody,
        string selfLanguage)
    {
        // The scorer's own table (from the options), so that retrieval and pre-score count sectors as the score does.
        var complements = target.Sector is null ? [] : scorer.Sectors.Complements(target.Sector);
        return new CandidateRequest(
            excludedOrganizationId,
            [.. target.Needs],
            [.. target.Places.Countries],
            [.. target.Places.NearCountries],
            [.. target.Places.SubRegionCountries],
            [.. target.Places.RegionWideCountries],
            [.. target.Offers],
            [.. complements.Select(c => c.Sector)],
            [.. complements.Select(c => c.Value)],
            [.. target.Languages],
            sectors,
            keywords,
            selfTitle,
            selfBody,
            selfLanguage);
    }

    private async Task<IReadOnlyList<SuggestedPartner>> RankAsync(PreparedTarget prepared, int top, CancellationToken ct)
    {
        var (target, request) = prepared;
        var kind = new KeyValuePair<string, object?>("target", target.Kind.ToString().ToLowerInvariant());
        using var activity = PortalMetrics.ActivitySource.StartActivity("match " + kind.Value);
        var started = Stopwatch.GetTimestamp();
        var connection = (NpgsqlConnection)Db.Database.GetDbConnection();
        await Db.Database.OpenConnectionAsync(ct);
        List<CandidateRow> rows;
        try
        {
            rows = await CandidateQuery.ReadAsync(connection, request, Options, ct);
        }
        finally
        {
            await Db.Database.CloseConnectionAsync();
        }

        var byId = rows.ToDictionary(r => r.Id);
        IReadOnlyList<SuggestedPartner> partners =
        [
            .. scorer.Rank(target, [.. rows.Select(r => r.Candidate)], Math.Clamp(top, 1, Math.Max(MaxTop, request.Among?.Count ?? 0)))
                .Select(m =>
                {
                    var row = byId[m.Candidate.Id];
                    return new SuggestedPartner(row.Id, row.Name, row.Acronym, m.Candidate.Sector, m.Candidate.Countries, m.Score, m.Reasons)
                    {
                        Offers = m.Candidate.Offers,
                    };
                }),
        ];
        // The translations of the few suggested, not of every candidate: the candidate query stays as it was.
        var ids = partners.Select(p => p.Id).ToList();
        var texts = await Db.Organizations.AsNoTracking()
            .Where(o => ids.Contains(o.Id))
            .Select(o => new { o.Id, o.TextLanguage, o.Translations })
            .ToDictionaryAsync(o => o.Id, ct);
        partners = [.. partners.Select(p => texts.TryGetValue(p.Id, out var t) ? p with { TextLanguage = t.TextLanguage, Translations = t.Translations } : p)];
        activity?.SetTag("workways.candidates", rows.Count);
        PortalMetrics.MatchesServed.Add(1, kind);
        PortalMetrics.MatchDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, kind);
        return partners;
    }
}
