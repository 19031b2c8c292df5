using System.Globalization;
using System.Text;
using Npgsql;
using NpgsqlTypes;
using WorkwaysPortal.Domain.Matching;

namespace WorkwaysPortal.Data.Matching;

/// <summary>What candidate retrieval needs to know about a target, as plain arrays for PostgreSQL.</summary>
public sealed record CandidateRequest(
    int ExcludedOrganizationId,
    string[] Needs,
    string[] Here,
    string[] Near,
    string[] Region,
    string[] TargetOffers,
    string[] Complements,
    string[] Languages,
    string[] Sectors,
    IReadOnlyList<string> Keywords,
    string SelfTitle,
    string SelfBody);

/// <summary>A verified organization retrieved for scoring, with its text similarity to the target.</summary>
public sealed record CandidateRow(int Id, string Name, string? Acronym, MatchCandidate Candidate);

/// <summary>
/// Candidate retrieval in one SQL statement. Several tiers each take at most
/// <see cref="MatchingOptions.ExaminePerTier"/> verified organizations through the GIN indexes
/// (<c>&amp;&amp;</c> on the offers, seeks and countries arrays, <c>@@</c> on the full-text column): those
/// that offer what is needed where the target works, nearby, in its sub-region or anywhere; those that
/// seek what the target offers where it works; those of a complementary sector where it works; those
/// whose description uses the target's key words. The union is ordered by a cheap pre-score (the
/// score's own weights over array overlaps, without text) and the best
/// <see cref="MatchingOptions.CandidatePoolSize"/> get their text similarity (<c>ts_rank</c> of the
/// target's key words, divided by the rank of the target's own text) and go to the scorer.
/// The organization itself and its partners (parties of approved proposals) are excluded in every tier,
/// so they never take a place; the cost is bounded by the tier limits, whatever the directory's size.
/// </summary>
public static class CandidateQuery
{
    private const string Candidate = """
        SELECT o.id, o.name, o.acronym, o.sector, o.countries, o.offers, o.seeks, o.languages
        FROM organizations o
        WHERE o.status = 'Verified' AND o.id <> @self AND o.id NOT IN (SELECT id FROM partners)
        """;

    public static string Sql(CandidateRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var tiers = new List<string>();
        var sector = request.Sectors.Length > 0 ? " AND o.sector = ANY(@sectors)" : "";

        void Tier(string condition) => tiers.Add($"({Candidate}{sector}\n      AND {condition}\n    LIMIT @examine)");

        if (request.Needs.Length > 0)
        {
            if (request.Here.Length > 0)
            {
                Tier("o.offers && @needs AND o.countries && @here");
            }

            if (request.Near.Length > 0)
            {
                Tier("o.offers && @needs AND o.countries && @near");
            }

            if (request.Region.Length > 0)
            {
                Tier("o.offers && @needs AND o.countries && @region");
            }

            Tier("o.offers && @needs");
        }

        if (request.TargetOffers.Length > 0 && request.Here.Length > 0)
        {
            Tier("o.seeks && @offers AND o.countries && @here");
        }

        if (request.Complements.Length > 0 && request.Here.Length > 0)
        {
            Tier("o.countries && @here AND o.sector = ANY(@complements)");
        }

        if (request.Keywords.Count > 0)
        {
            Tier("o.search_vector @@ portal_search_query(@query)");
        }

        if (tiers.Count == 0)
        {
            // Only places (a search for a sub-region, say) or only sectors.
            var places = new[] { ("@here", request.Here), ("@near", request.Near), ("@region", request.Region) }
                .Where(p => p.Item2.Length > 0).Select(p => $"o.countries && {p.Item1}").ToList();
            if (places.Count > 0)
            {
                Tier(string.Join(" OR ", places));
            }
            else if (request.Sectors.Length > 0)
            {
                Tier("TRUE");
            }
        }

        if (tiers.Count == 0)
        {
            tiers.Add($"({Candidate}\n      AND FALSE)");
        }

        var text = request.Keywords.Count > 0
            ? "COALESCE(LEAST(1, ts_rank(o.search_vector, portal_search_query(@query)) / NULLIF(ts_rank(portal_search_document(@selftitle, @selfbody), portal_search_query(@query)), 0)), 0)::float8"
            : "0::float8";
        var sql = new StringBuilder();
        sql.Append("""
            WITH partners AS (
                SELECT t.organization_id AS id
                FROM partnership_proposals p JOIN proposal_targets t ON t.proposal_id = p.id
                WHERE p.state = 'Approved'
                  AND (p.proposer_organization_id = @self
                       OR EXISTS (SELECT 1 FROM proposal_targets s WHERE s.proposal_id = p.id AND s.organization_id = @self))
                UNION
                SELECT p.proposer_organization_id
                FROM partnership_proposals p JOIN proposal_targets t ON t.proposal_id = p.id
                WHERE p.state = 'Approved' AND t.organization_id = @self
            ),
            examined AS (
            """);
        sql.Append('\n').AppendJoin("\n    UNION ALL\n    ", tiers).Append('\n');
        sql.Append(CultureInfo.InvariantCulture, $$"""
            ),
            pool AS (
                SELECT e.*,
                    @wcap * (CASE WHEN cardinality(@needs) = 0 THEN 0
                                  ELSE (SELECT count(*) FROM unnest(e.offers) x WHERE x = ANY(@needs))::float8 / cardinality(@needs) END)
                  + @wgeo * (CASE WHEN e.countries && @here THEN 1 WHEN e.countries && @near THEN @lnear WHEN e.countries && @region THEN @lregion ELSE 0 END)
                  + @wsector * (CASE WHEN e.sector = ANY(@complements) THEN 1 ELSE 0 END)
                  + @wback * (CASE WHEN e.seeks && @offers THEN 1 ELSE 0 END)
                  + @wlang * (CASE WHEN e.languages && @languages THEN 1 ELSE 0 END) AS prescore
                FROM (SELECT DISTINCT ON (id) * FROM examined ORDER BY id) e
                ORDER BY prescore DESC, e.id
                LIMIT @pool
            )
            SELECT p.id, p.name, p.acronym, p.sector, p.countries, p.offers, p.seeks, p.languages, {{text}} AS text
            FROM pool p JOIN organizations o ON o.id = p.id
            ORDER BY p.prescore DESC, p.id
            """);
        return sql.ToString();
    }

    public static NpgsqlCommand Command(NpgsqlConnection connection, CandidateRequest request, MatchingOptions options)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        var command = new NpgsqlCommand(Sql(request), connection);
        var p = command.Parameters;
        p.Add(new NpgsqlParameter<int>("self", request.ExcludedOrganizationId));
        p.Add(Codes("needs", request.Needs));
        p.Add(Codes("here", request.Here));
        p.Add(Codes("near", request.Near));
        p.Add(Codes("region", request.Region));
        p.Add(Codes("offers", request.TargetOffers));
        p.Add(Codes("complements", request.Complements));
        p.Add(Codes("languages", request.Languages));
        p.Add(Codes("sectors", request.Sectors));
        p.Add(new NpgsqlParameter<string>("query", NpgsqlDbType.Text) { TypedValue = MatchKeywords.AsQuery(request.Keywords) });
        p.Add(new NpgsqlParameter<string>("selftitle", NpgsqlDbType.Text) { TypedValue = request.SelfTitle });
        p.Add(new NpgsqlParameter<string>("selfbody", NpgsqlDbType.Text) { TypedValue = request.SelfBody });
        p.Add(new NpgsqlParameter<int>("examine", options.ExaminePerTier));
        p.Add(new NpgsqlParameter<int>("pool", options.CandidatePoolSize));
        var w = options.Weights;
        p.Add(new NpgsqlParameter<double>("wcap", w.CapabilityFit));
        p.Add(new NpgsqlParameter<double>("wgeo", w.Geography));
        p.Add(new NpgsqlParameter<double>("wsector", w.SectorComplementarity));
        p.Add(new NpgsqlParameter<double>("wback", request.TargetOffers.Length > 0 ? w.GivesBack : 0));
        p.Add(new NpgsqlParameter<double>("wlang", w.SharedLanguage));
        p.Add(new NpgsqlParameter<double>("lnear", options.GroupOrCorridorLevel));
        p.Add(new NpgsqlParameter<double>("lregion", options.SubRegionLevel));
        return command;
    }

    public static async Task<List<CandidateRow>> ReadAsync(NpgsqlConnection connection, CandidateRequest request, MatchingOptions options, CancellationToken ct)
    {
        await using var command = Command(connection, request, options);
        await using var reader = await command.ExecuteReaderAsync(ct);
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
