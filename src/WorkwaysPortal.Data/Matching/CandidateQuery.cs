using System.Globalization;
using System.Text;
using Npgsql;
using NpgsqlTypes;
using WorkwaysPortal.Domain.Matching;
using WorkwaysPortal.Domain.Text;

namespace WorkwaysPortal.Data.Matching;

/// <summary>
/// What candidate retrieval needs to know about a target, as plain arrays for PostgreSQL. <paramref name="Complements"/>
/// are the sectors that complement the target's at all and <paramref name="Complementarity"/> how much, in the same order.
/// </summary>
public sealed record CandidateRequest(
    int ExcludedOrganizationId,
    string[] Needs,
    string[] Here,
    string[] Near,
    string[] SubRegion,
    string[] Region,
    string[] TargetOffers,
    string[] Complements,
    double[] Complementarity,
    string[] Languages,
    string[] Sectors,
    IReadOnlyList<string> Keywords,
    string SelfTitle,
    string SelfBody,
    string SelfLanguage)
{
    /// <summary>
    /// Only these organizations may be candidates (the alert job's newly verified or edited ones), each taken
    /// by the same tiers as from the whole directory, none left out by the examination budget or the pool; null: any.
    /// </summary>
    public IReadOnlyCollection<int>? Among { get; init; }
}

/// <summary>A verified organization retrieved for scoring, with its text similarity to the target.</summary>
public sealed record CandidateRow(int Id, string Name, string? Acronym, MatchCandidate Candidate);

/// <summary>
/// Candidate retrieval in one SQL statement. Tiers of verified organizations are taken through the GIN
/// indexes (<c>&amp;&amp;</c> on the capability@country pairs of <see cref="MatchReach"/>, on the offers and
/// countries arrays; <c>@@</c> on the full-text column when only words are given), most valuable first: those that offer what is needed where the target works
/// (at most <see cref="MatchingOptions.ExaminePerTier"/> rows); then, a third of that each, those that seek
/// what the target offers there, those that offer what is needed in nearby countries (shared group, corridor
/// end, sub-region), then in the rest of the region, those that offer it anywhere, and those of a complementary sector there. Once
/// <see cref="MatchingOptions.ExamineInAll"/> rows are examined the remaining tiers are not run at all, so
/// the work is bounded whatever the directory's size. The examined rows are ordered by a cheap pre-score (the
/// scorer's own factors and weights, without text: see <see cref="PreScoreFactors"/>) and the best
/// <see cref="MatchingOptions.CandidatePoolSize"/> get their text similarity (<c>ts_rank</c> of the target's
/// key words, divided by the rank of the target's own text: stemmed in its language, and for a candidate written in
/// another language in that one too) and go to the scorer. The organization itself
/// and its partners (parties of approved proposals) are excluded in every tier, so they never take a place.
/// </summary>
public static class CandidateQuery
{
    private static string Candidate(string verified) => $"""
        SELECT o.id, o.name, o.acronym, o.sector, o.countries, o.offers, o.seeks, o.languages, o.search_vector, o.text_language
        FROM organizations o
        WHERE {verified} AND o.id <> @self AND o.id NOT IN (SELECT id FROM partners)
        """;

    // The tiers test the status (and the sector) in a form that no B-tree index can serve, so that the GIN
    // indexes drive them: an index scan on (status, sector) that filters on the arrays stops early when matches
    // are dense, and the planner, pro-rating its cost by the LIMIT, prefers it; but it reads most of the table
    // when they are rare (seen at 100,000 organizations: 6,600 pages read for 100 rows).
    private const string VerifiedNotIndexed = "(o.status || '') = 'Verified'";

    // Only for the tier that has nothing but sectors to go on: there the (status, sector, …) index is the right one.
    private const string Verified = "o.status = 'Verified'";

    /// <summary>
    /// The measures the pre-score's factors are made of, per examined row: the share of the needs the candidate
    /// offers, the share of what it seeks that the target offers, the geography value down to the sub-region
    /// (<c>nearness</c>, which the capability fit uses) and that of the region (<c>regional</c>).
    /// </summary>
    private const string Measures = """
        CASE WHEN cardinality(@needs) = 0 THEN 0
             ELSE (SELECT count(*) FROM unnest(@needs) x WHERE x = ANY(e.offers))::float8 / cardinality(@needs) END AS offered,
        CASE WHEN cardinality(e.seeks) = 0 THEN 0
             ELSE (SELECT count(*) FROM unnest(e.seeks) x WHERE x = ANY(@offers))::float8 / cardinality(e.seeks) END AS givesback,
        CASE WHEN e.countries && @here
                 THEN @lnear + (1 - @lnear) * LEAST(1, (SELECT count(*) FROM unnest(e.countries) x WHERE x = ANY(@here))::float8 / cardinality(@here))
             WHEN e.countries && @near THEN @lnear WHEN e.countries && @subregion THEN @lsubregion ELSE 0 END AS nearness,
        CASE WHEN e.countries && @region THEN @lregion ELSE 0 END AS regional,
        CASE WHEN e.countries && @here THEN 4 WHEN e.countries && @near THEN 3 WHEN e.countries && @subregion THEN 2
             WHEN e.countries && @region THEN 1 ELSE 0 END AS level
        """;

    /// <summary>
    /// The pre-score's factors: the values of <see cref="MatchScorer.Measure"/> computed over the arrays, each times
    /// its weight from the options (parameter <c>@w_</c> and the factor). The pre-score is thus the scorer's score
    /// without its text term, up to the scorer's division by the weights that apply to the target (the same for
    /// every candidate): a factor the target has no data for is 0 for every candidate. Text similarity is left out
    /// because it is what the pool is kept for. QualitySetTests checks the order against the scorer's.
    /// </summary>
    private static readonly (MatchFactor Factor, string Value)[] PreScoreFactors =
    [
        (MatchFactor.CapabilityFit, CapabilityFit),
        (MatchFactor.GivesBack, "m.givesback"),
        // The region's value is below every other level's (MatchingOptions.Problems), so the greatest is the level's.
        (MatchFactor.Geography, "GREATEST(m.nearness, m.regional)"),
        (MatchFactor.SectorComplementarity, "COALESCE(@complementarity[array_position(@complements, e.sector::text)], 0)"),
        (MatchFactor.SharedLanguage, "CASE WHEN e.languages && @languages THEN 1 ELSE 0 END"),
    ];

    /// <summary>
    /// The capability fit: the share offered, counted less the farther away (<see cref="MatchingOptions.ReachElsewhere"/>;
    /// the region alone is as far as elsewhere).
    /// </summary>
    private const string CapabilityFit = "m.offered * (CASE WHEN @placed THEN @reach + (1 - @reach) * m.nearness ELSE 1 END)";

    // The weighted sum, scaled as MatchScorer.Score scales a candidate that neither offers what is needed nor seeks what is offered.
    private static readonly string PreScore =
        "(" + string.Join("\n      + ", PreScoreFactors.Select(f => $"@{WeightParameter(f.Factor)} * ({f.Value})")) + ")\n"
        + $"      * CASE WHEN @sayswhat AND {CapabilityFit} <= 0 AND m.givesback <= 0 THEN @unrelated ELSE 1 END";

    private static string WeightParameter(MatchFactor factor) => "w_" + factor.ToString().ToLowerInvariant();

    public static string Sql(CandidateRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var tiers = new List<string>();
        var sector = request.Sectors.Length > 0 ? " AND (o.sector || '') = ANY(@sectors)" : "";
        var nearby = request.Near.Length + request.SubRegion.Length > 0;

        var among = request.Among is null ? "" : " AND o.id = ANY(@among)";

        void Tier(string condition, string limit = "@examinerest") =>
            tiers.Add($"({Candidate(VerifiedNotIndexed)}{sector}{among}\n      AND {condition}\n    LIMIT {limit})");

        // Most valuable first: once @budget rows are examined, the later tiers are not run at all.
        if (request.Needs.Length > 0 && request.Here.Length > 0)
        {
            Tier("o.offer_reach && @needshere", "@examine");
        }

        if (request.TargetOffers.Length > 0 && request.Here.Length > 0)
        {
            Tier("o.seek_reach && @offershere");
        }

        if (request.Needs.Length > 0 && nearby)
        {
            Tier("o.offer_reach && @needsnearby");
        }

        // The rest of the region after the nearby countries, so that these are not crowded out.
        if (request.Needs.Length > 0 && request.Region.Length > 0)
        {
            Tier("o.offer_reach && @needsregion");
        }

        if (request.Needs.Length > 0)
        {
            Tier("o.offers && @needs");
        }

        // Last: organizations there of a complementary sector that may neither offer nor seek anything in common
        // (the score scales those down). Its country bitmap is the largest of all, so it runs only when the
        // tiers before it leave part of the budget unused.
        if (request.Complements.Length > 0 && request.Here.Length > 0)
        {
            Tier("o.countries && @here AND (o.sector || '') = ANY(@complements)");
        }

        if (request.Needs.Length == 0)
        {
            // Nothing sought: candidates come from the places, the words, or only the sectors chosen.
            if (request.Here.Length > 0 || nearby)
            {
                Tier("o.countries && @places", "@examine");
            }


            if (request.Keywords.Count > 0)
            {
                Tier("o.search_vector @@ (SELECT query FROM q)", "@examine");
            }

            if (tiers.Count == 0 && request.Sectors.Length > 0)
            {
                tiers.Add($"({Candidate(Verified)} AND o.sector = ANY(@sectors){among}\n    LIMIT @examine)");
            }
        }

        if (tiers.Count == 0)
        {
            tiers.Add($"({Candidate(VerifiedNotIndexed)}\n      AND FALSE)");
        }

        // The target's query and the rank of its own text are computed once (a generic plan would compute them per row).
        var text = request.Keywords.Count > 0
            ? "COALESCE(LEAST(1, ts_rank(p.search_vector, q.query) / NULLIF(r.selfrank, 0)), 0)::float8"
            : "0::float8";
        var sql = new StringBuilder();
        sql.Append("""
            WITH q AS MATERIALIZED (
                SELECT portal_search_query(@query) AS query
            ),
            -- The rank of the target's own text, the most a candidate could reach: its text stemmed in its language and
            -- in a second one (English, or Spanish for an English text), the scale the weights were tuned on (ADR 011).
            selfrank AS MATERIALIZED (
                SELECT ts_rank(
                    portal_search_document(@selftitle, @selfbody, @selflanguage)
                        || setweight(to_tsvector(portal_search_config(@secondlanguage), portal_unaccent(@selftitle)), 'A')
                        || setweight(to_tsvector(portal_search_config(@secondlanguage), portal_unaccent(@selfbody)), 'B'),
                    q.query) AS selfrank
                FROM q
            ),
            -- Parties of approved proposals with the organization: its proposals, and those it is a target of.
            own AS MATERIALIZED (
                SELECT p.id FROM partnership_proposals p WHERE p.proposer_organization_id = @self AND p.state = 'Approved'
                UNION
                SELECT p.id FROM proposal_targets t JOIN partnership_proposals p ON p.id = t.proposal_id
                WHERE t.organization_id = @self AND p.state = 'Approved'
            ),
            partners AS MATERIALIZED (
                SELECT t.organization_id AS id FROM proposal_targets t WHERE t.proposal_id IN (SELECT id FROM own)
                UNION
                SELECT p.proposer_organization_id FROM partnership_proposals p WHERE p.id IN (SELECT id FROM own)
            ),
            examined AS (
                SELECT * FROM (
            """);
        sql.Append('\n').AppendJoin("\n    UNION ALL\n    ", tiers).Append('\n');
        sql.Append("    ) tiers\n    LIMIT @budget\n");
        sql.Append(CultureInfo.InvariantCulture, $$"""
            ),
            pool AS (
                SELECT e.*, m.level,
                    {{PreScore}} AS prescore
                FROM (SELECT DISTINCT ON (id) * FROM examined ORDER BY id) e
                -- OFFSET 0 keeps the measures a subquery, computed once per row (inlined, each use would recompute them).
                CROSS JOIN LATERAL (SELECT
            {{Measures}}
                    OFFSET 0) m
                ORDER BY prescore DESC, m.level DESC, e.id
                LIMIT @pool
            )
            SELECT p.id, p.name, p.acronym, p.sector, p.countries, p.offers, p.seeks, p.languages, {{text}} AS text
            FROM pool p CROSS JOIN q CROSS JOIN selfrank r
            ORDER BY p.prescore DESC, p.level DESC, p.id
            """);
        return sql.ToString();
    }

    /// <summary>
    /// The statements run for a request, in one round trip and one implicit transaction: the planner is told
    /// to use the indexes (a sequential scan that stops at a tier's LIMIT looks cheap to it but reads the whole
    /// table when the tier has few rows) and not to JIT-compile, then the query.
    /// </summary>
    public static NpgsqlBatch Batch(NpgsqlConnection connection, CandidateRequest request, MatchingOptions options, bool explain = false)
    {
        var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(new NpgsqlBatchCommand("SET LOCAL enable_seqscan = off"));
        batch.BatchCommands.Add(new NpgsqlBatchCommand("SET LOCAL jit = off"));
        var query = new NpgsqlBatchCommand((explain ? "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " : "") + Sql(request));
        AddParameters(query.Parameters, request, options);
        batch.BatchCommands.Add(query);
        return batch;
    }

    private static void AddParameters(NpgsqlParameterCollection p, CandidateRequest request, MatchingOptions options)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        p.Add(new NpgsqlParameter<int>("self", request.ExcludedOrganizationId));
        p.Add(Codes("needs", request.Needs));
        p.Add(Codes("here", request.Here));
        p.Add(Codes("near", request.Near));
        p.Add(Codes("subregion", request.SubRegion));
        p.Add(Codes("region", request.Region));
        p.Add(Codes("nearby", [.. request.Near, .. request.SubRegion]));
        p.Add(Codes("places", [.. request.Here, .. request.Near, .. request.SubRegion]));
        p.Add(Codes("needshere", MatchReach.Pairs(request.Needs, request.Here)));
        p.Add(Codes("needsnearby", MatchReach.Pairs(request.Needs, [.. request.Near, .. request.SubRegion])));
        p.Add(Codes("needsregion", MatchReach.Pairs(request.Needs, request.Region)));
        p.Add(Codes("offershere", MatchReach.Pairs(request.TargetOffers, request.Here)));
        p.Add(Codes("offers", request.TargetOffers));
        p.Add(Codes("complements", request.Complements));
        p.Add(new NpgsqlParameter<double[]>("complementarity", NpgsqlDbType.Array | NpgsqlDbType.Double) { TypedValue = request.Complementarity });
        p.Add(Codes("languages", request.Languages));
        p.Add(Codes("sectors", request.Sectors));
        p.Add(new NpgsqlParameter<string>("query", NpgsqlDbType.Text) { TypedValue = MatchKeywords.AsQuery(request.Keywords) });
        p.Add(new NpgsqlParameter<string>("selftitle", NpgsqlDbType.Text) { TypedValue = request.SelfTitle });
        p.Add(new NpgsqlParameter<string>("selfbody", NpgsqlDbType.Text) { TypedValue = request.SelfBody });
        p.Add(new NpgsqlParameter<string>("selflanguage", NpgsqlDbType.Text) { TypedValue = request.SelfLanguage });
        p.Add(new NpgsqlParameter<string>("secondlanguage", NpgsqlDbType.Text)
        {
            TypedValue = request.SelfLanguage == TextLanguages.English ? TextLanguages.Spanish : TextLanguages.English,
        });
        // Among a few given organizations, every one that a tier takes is examined and scored.
        var all = request.Among is { } among ? Math.Max(1, among.Count) : (int?)null;
        p.Add(new NpgsqlParameter<int[]>("among", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = [.. request.Among ?? []] });
        p.Add(new NpgsqlParameter<int>("examine", all ?? options.ExaminePerTier));
        p.Add(new NpgsqlParameter<int>("examinerest", all ?? Math.Max(1, options.ExaminePerTier / 3)));
        p.Add(new NpgsqlParameter<int>("budget", all ?? options.ExamineInAll));
        p.Add(new NpgsqlParameter<int>("pool", all ?? options.CandidatePoolSize));
        foreach (var (factor, _) in PreScoreFactors)
        {
            p.Add(new NpgsqlParameter<double>(WeightParameter(factor), options.Weights[factor]));
        }

        p.Add(new NpgsqlParameter<double>("lnear", options.GroupOrCorridorLevel));
        p.Add(new NpgsqlParameter<double>("lsubregion", options.SubRegionLevel));
        p.Add(new NpgsqlParameter<double>("lregion", options.RegionLevel));
        p.Add(new NpgsqlParameter<double>("reach", options.ReachElsewhere));
        p.Add(new NpgsqlParameter<double>("unrelated", options.UnrelatedScale));
        p.Add(new NpgsqlParameter<bool>("placed", request.Here.Length + request.Near.Length + request.SubRegion.Length + request.Region.Length > 0));
        p.Add(new NpgsqlParameter<bool>("sayswhat", request.Needs.Length > 0 || request.TargetOffers.Length > 0));
    }

    public static async Task<List<CandidateRow>> ReadAsync(NpgsqlConnection connection, CandidateRequest request, MatchingOptions options, CancellationToken ct)
    {
        await using var batch = Batch(connection, request, options);

        // Prepared once per connection and shape of query (which tiers it has): planning the statement costs
        // as much as running it, and the plans are index scans whatever the parameters (see Batch).
        await batch.PrepareAsync(ct);
        await using var reader = await batch.ExecuteReaderAsync(ct);
        var rows = new List<CandidateRow>(options.CandidatePoolSize);
        while (await reader.ReadAsync(ct))
        {
            var id = reader.GetInt32(0);
            rows.Add(new CandidateRow(
                id,
                reader.GetString(1),
                await reader.IsDBNullAsync(2, ct) ? null : reader.GetString(2),
                new MatchCandidate(
                    id,
                    reader.GetString(3),
                    reader.GetFieldValue<string[]>(4),
                    reader.GetFieldValue<string[]>(5),
                    reader.GetFieldValue<string[]>(6),
                    reader.GetFieldValue<string[]>(7),
                    reader.GetDouble(8))));
        }

        return rows;
    }

    private static NpgsqlParameter<string[]> Codes(string name, string[] values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = values };
}
