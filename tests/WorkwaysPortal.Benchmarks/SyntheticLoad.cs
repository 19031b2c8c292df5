using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using WorkwaysPortal.Data.Import;
using WorkwaysPortal.Data.Synthetic;

namespace WorkwaysPortal.Benchmarks;

/// <summary>
/// Fills the harness's database the way an operator would: organizations from the portal's own
/// generator (<see cref="SyntheticOrganizations"/>, what <c>generate organizations</c> writes), imported
/// through <see cref="OrganizationImporter"/> (binary COPY, verified); then, derived from them in SQL,
/// the gaps and partnerships a real directory has: one organization in 25 raises an open gap for what
/// it seeks, in its first two countries, and one in 100 has an approved partnership with the next one
/// (so the exclusion of partners is exercised).
/// </summary>
internal static class SyntheticLoad
{
    /// <summary>Adds organizations number <paramref name="filled"/> + 1 to <paramref name="size"/> of the generator's sequence.</summary>
    public static async Task AddAsync(IServiceProvider provider, NpgsqlConnection connection, int filled, int size, int seed)
    {
        // The generator is a deterministic sequence: the first 10,000 of 100,000 are the 10,000 of the first step.
        var rows = new List<OrganizationImportRow>(size - filled);
        foreach (var profile in SyntheticOrganizations.Generate(size, seed).Skip(filled))
        {
            rows.Add(new OrganizationImportRow(rows.Count + 1, profile));
        }

        var firstNew = await MaxIdAsync(connection, "organizations") + 1;
        await using (var scope = provider.CreateAsyncScope())
        {
            var source = string.Create(CultureInfo.InvariantCulture, $"generate organizations {size} --seed {seed} (from {filled + 1})");
            await scope.ServiceProvider.GetRequiredService<OrganizationImporter>()
                .ImportAsync(source, rows, new AuditActor(null, "benchmark"));
        }

        await DeriveWorkAsync(connection, firstNew);
    }

    /// <summary>
    /// The gaps and approved partnerships of the organizations from <paramref name="firstOrganizationId"/> on,
    /// unless they have some already; then VACUUM (ANALYZE).
    /// </summary>
    public static async Task DeriveWorkAsync(NpgsqlConnection connection, int firstOrganizationId)
    {
        var sql = """
            INSERT INTO gaps (title, description, requires, countries, gcm_objectives, priority, status, raised_by_organization_id, created_at, updated_at)
            SELECT CASE WHEN o.languages[1] = 'es' THEN 'Buscamos aliados: ' ELSE 'Looking for partners: ' END
                       || array_to_string(o.seeks[1:2], ', '),
                   o.description, o.seeks[1:2], o.countries[1:2], '{}',
                   (ARRAY['Low','Medium','Medium','High'])[1 + o.id % 4], 'Open', o.id, now(), now()
            FROM organizations o
            WHERE o.id >= @first AND o.id % 25 = 0 AND cardinality(o.seeks) > 0
              AND NOT EXISTS (SELECT 1 FROM gaps g WHERE g.raised_by_organization_id >= @first);

            WITH p AS (
                INSERT INTO partnership_proposals (proposer_organization_id, title, rationale, proposer_contribution, state, created_by, created_at, updated_at)
                SELECT o.id, 'Alianza', '', '', 'Approved', '00000000-0000-0000-0000-000000000001', now(), now()
                FROM organizations o
                WHERE o.id >= @first AND o.id % 100 = 7 AND EXISTS (SELECT 1 FROM organizations n WHERE n.id = o.id + 1)
                  AND NOT EXISTS (SELECT 1 FROM partnership_proposals x WHERE x.proposer_organization_id >= @first)
                RETURNING id, proposer_organization_id)
            INSERT INTO proposal_targets (proposal_id, organization_id) SELECT p.id, p.proposer_organization_id + 1 FROM p;
            """;
        await using (var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 3600 })
        {
            command.Parameters.AddWithValue("first", firstOrganizationId);
            await command.ExecuteNonQueryAsync();
        }

        // As autovacuum would after a bulk load: moves the GIN indexes' pending entries into the trees and updates statistics.
        foreach (var table in new[] { "organizations", "gaps", "partnership_proposals", "proposal_targets" })
        {
            await using var vacuum = new NpgsqlCommand($"VACUUM (ANALYZE) {table}", connection) { CommandTimeout = 3600 };
            await vacuum.ExecuteNonQueryAsync();
        }
    }

    private static async Task<int> MaxIdAsync(NpgsqlConnection connection, string table)
    {
        await using var command = new NpgsqlCommand($"SELECT COALESCE(max(id), 0) FROM {table}", connection);
        return (int)(await command.ExecuteScalarAsync())!;
    }
}
