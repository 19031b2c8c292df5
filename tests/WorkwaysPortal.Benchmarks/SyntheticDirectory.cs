using Npgsql;

namespace WorkwaysPortal.Benchmarks;

/// <summary>
/// Fills a throwaway database with deterministic synthetic organizations, gaps and approved
/// partnerships in plain SQL (<c>INSERT … SELECT generate_series</c>): realistic countries, sectors and
/// capabilities with skewed frequencies, Spanish and English descriptions. The same ids always get the
/// same rows (pseudo-random values come from <c>hashint8extended(id, stream)</c>), so runs are comparable.
/// </summary>
internal static class SyntheticDirectory
{
    // Weighted pools: a code repeated k times is k times as likely.
    private const string Sectors = """
        ARRAY['civil-society','civil-society','civil-society','civil-society','civil-society','civil-society',
              'migrant-organization','migrant-organization','government','government','government',
              'international-organization','private-sector','private-sector','employers-organization',
              'trade-union','trade-union','academia','academia','legal-professional','faith-based','donor']
        """;

    private const string Countries = """
        ARRAY['MX','MX','MX','MX','MX','MX','MX','MX','GT','GT','GT','GT','GT','GT','GT','HN','HN','HN','HN','HN','HN',
              'SV','SV','SV','SV','SV','SV','US','US','US','US','US','US','US','CO','CO','CO','CO','CO','CO',
              'PE','PE','PE','PE','PE','VE','VE','VE','VE','EC','EC','EC','EC','CL','CL','CL','CL','CA','CA','CA','CA',
              'CR','CR','CR','NI','NI','PA','PA','HT','HT','HT','DO','DO','DO','CU','AR','AR','AR','BR','BR','BR',
              'BO','PY','UY','JM','TT','BZ','GY','SY']
        """;

    private const string Offers = """
        ARRAY['job-placement','job-placement','job-placement','job-placement','job-placement','job-placement',
              'skills-assessment','skills-assessment','skills-assessment','skills-assessment',
              'vocational-training','vocational-training','vocational-training','vocational-training','vocational-training','vocational-training',
              'language-training','language-training','language-training',
              'legal-aid','legal-aid','legal-aid','legal-aid','legal-aid','legal-aid','legal-aid',
              'visa-processing','visa-processing','visa-processing','refugee-reception','refugee-reception','refugee-reception','refugee-reception',
              'reintegration','reintegration','reintegration',
              'humanitarian-assistance','humanitarian-assistance','humanitarian-assistance','humanitarian-assistance','humanitarian-assistance','humanitarian-assistance',
              'health-services','health-services','health-services','health-services','data-collection','data-collection','data-collection','data-collection',
              'research','research','research','research','policy-advocacy','policy-advocacy','policy-advocacy','policy-advocacy','policy-advocacy','policy-advocacy',
              'capacity-building','capacity-building','capacity-building','capacity-building','capacity-building','consular-protection',
              'entrepreneurship','entrepreneurship','entrepreneurship','entrepreneurship','employer-engagement','employer-engagement','employer-engagement',
              'worker-representation','worker-representation','funding','funding','coordination-platform','coordination-platform']
        """;

    private const string Seeks = """
        ARRAY['funding','funding','funding','funding','funding','funding','funding','funding',
              'job-placement','job-placement','job-placement','job-placement','job-placement',
              'data-collection','data-collection','data-collection','data-collection','data-collection',
              'employer-engagement','employer-engagement','employer-engagement','employer-engagement','employer-engagement',
              'skills-assessment','skills-assessment','skills-assessment','skills-assessment','legal-aid','legal-aid','legal-aid',
              'vocational-training','vocational-training','vocational-training','vocational-training','language-training','language-training',
              'research','research','coordination-platform','coordination-platform','coordination-platform','capacity-building','capacity-building',
              'health-services','health-services','visa-processing','visa-processing','policy-advocacy','consular-protection','reintegration','entrepreneurship']
        """;

    private const string SpanishSubjects = """
        ARRAY['Organización comunitaria que acompaña a personas migrantes y refugiadas',
              'Red de asociaciones que trabaja con familias migrantes y retornadas',
              'Institución pública responsable de la migración laboral regular',
              'Fundación que apoya a trabajadores temporales y sus comunidades',
              'Colectivo de mujeres migrantes y jóvenes emprendedores',
              'Centro de estudios sobre movilidad humana y mercados laborales',
              'Gremio empresarial que recluta trabajadores para la agricultura y los servicios',
              'Sindicato que defiende los derechos laborales de jornaleros y trabajadoras del hogar']
        """;

    private const string SpanishActivities = """
        ARRAY['ofrece formación técnica y laboral en agricultura, construcción y turismo',
              'brinda asesoría jurídica gratuita para la regularización y el asilo',
              'gestiona visas de trabajo temporal y programas de movilidad laboral',
              'recolecta datos y elabora estudios de línea de base sobre competencias',
              'facilita la inserción laboral y la vinculación con empleadores',
              'presta asistencia humanitaria, albergue y alimentación en tránsito',
              'acompaña la reintegración de personas retornadas con proyectos de vida',
              'imparte cursos de idiomas y certifica competencias profesionales',
              'ofrece atención de salud y apoyo psicosocial',
              'coordina plataformas interinstitucionales y fortalece capacidades de funcionarios']
        """;

    private const string SpanishPlaces = """
        ARRAY['en zonas fronterizas y rurales.', 'en las principales ciudades del país.', 'a lo largo de los corredores migratorios hacia el norte.',
              'con énfasis en mujeres, niñez y juventud.', 'junto con gobiernos locales y sector privado.', 'en comunidades de origen y de destino.']
        """;

    private const string EnglishSubjects = """
        ARRAY['Community organization serving migrants and refugees',
              'Network of diaspora associations and returnee groups',
              'Public agency in charge of regular labour migration',
              'Foundation supporting seasonal workers and their families',
              'Research centre on human mobility and labour markets',
              'Employers association recruiting workers for farms, care and hospitality',
              'Union defending the labour rights of farmworkers and domestic workers']
        """;

    private const string EnglishActivities = """
        ARRAY['provides technical and vocational training in agriculture, construction and tourism',
              'offers free legal aid on regularization and asylum',
              'processes temporary work visas and labour mobility schemes',
              'collects data and produces baseline studies on skills',
              'connects jobseekers with employers and job placement services',
              'delivers humanitarian assistance, shelter and food in transit',
              'supports the reintegration of returnees with livelihood projects',
              'teaches languages and certifies professional skills',
              'provides health care and psychosocial support',
              'runs coordination platforms and trains public officials']
        """;

    private const string EnglishPlaces = """
        ARRAY['in border and rural areas.', 'in the main cities.', 'along the migration corridors to the north.',
              'with a focus on women, children and youth.', 'with local governments and the private sector.', 'in communities of origin and destination.']
        """;

    /// <summary>Adds organizations with ids <paramref name="from"/> to <paramref name="to"/> (names are unique per id).</summary>
    public static async Task AddOrganizationsAsync(NpgsqlConnection connection, int from, int to)
    {
        var sql = $$"""
            INSERT INTO organizations (id, name, name_key, sector, countries, offers, seeks, languages, description, status, created_at, updated_at, decided_at)
            OVERRIDING SYSTEM VALUE
            SELECT i,
                   'Synthetic organization ' || i,
                   'synthetic organization ' || i,
                   (s.sectors)[1 + abs(hashint8extended(i, 1)) % cardinality(s.sectors)],
                   ARRAY(SELECT DISTINCT (s.countries)[1 + abs(hashint8extended(i, 100 + k)) % cardinality(s.countries)]
                         FROM generate_series(1, 1 + (abs(hashint8extended(i, 2)) % 10 / 6)::int + (abs(hashint8extended(i, 3)) % 10 / 8)::int) k),
                   ARRAY(SELECT DISTINCT (s.offers)[1 + abs(hashint8extended(i, 200 + k)) % cardinality(s.offers)]
                         FROM generate_series(1, 2 + (abs(hashint8extended(i, 4)) % 4)::int) k),
                   ARRAY(SELECT DISTINCT (s.seeks)[1 + abs(hashint8extended(i, 300 + k)) % cardinality(s.seeks)]
                         FROM generate_series(1, 1 + (abs(hashint8extended(i, 5)) % 3)::int) k),
                   CASE WHEN l < 10 THEN ARRAY['es'] WHEN l < 13 THEN ARRAY['es','en'] WHEN l < 17 THEN ARRAY['en'] WHEN l < 18 THEN ARRAY['en','es']
                        WHEN l < 19 THEN ARRAY['fr','ht'] ELSE ARRAY['pt','es'] END,
                   CASE WHEN l BETWEEN 13 AND 17
                        THEN (s.en_subjects)[1 + abs(hashint8extended(i, 7)) % cardinality(s.en_subjects)] || ' that '
                             || (s.en_activities)[1 + abs(hashint8extended(i, 8)) % cardinality(s.en_activities)] || ' and '
                             || (s.en_activities)[1 + abs(hashint8extended(i, 9)) % cardinality(s.en_activities)] || ' '
                             || (s.en_places)[1 + abs(hashint8extended(i, 10)) % cardinality(s.en_places)]
                        ELSE (s.es_subjects)[1 + abs(hashint8extended(i, 7)) % cardinality(s.es_subjects)] || ' que '
                             || (s.es_activities)[1 + abs(hashint8extended(i, 8)) % cardinality(s.es_activities)] || ' y '
                             || (s.es_activities)[1 + abs(hashint8extended(i, 9)) % cardinality(s.es_activities)] || ' '
                             || (s.es_places)[1 + abs(hashint8extended(i, 10)) % cardinality(s.es_places)] END,
                   'Verified', now(), now(), now()
            FROM generate_series({{from}}::bigint, {{to}}::bigint) i
            CROSS JOIN LATERAL (SELECT (abs(hashint8extended(i, 6)) % 20)::int AS l) lang
            CROSS JOIN (SELECT {{Sectors}} AS sectors, {{Countries}} AS countries, {{Offers}} AS offers, {{Seeks}} AS seeks,
                               {{SpanishSubjects}} AS es_subjects, {{SpanishActivities}} AS es_activities, {{SpanishPlaces}} AS es_places,
                               {{EnglishSubjects}} AS en_subjects, {{EnglishActivities}} AS en_activities, {{EnglishPlaces}} AS en_places) s;

            -- One organization in 25 raises a gap; one in 100 has an approved partnership with the next one.
            INSERT INTO gaps (title, description, requires, countries, gcm_objectives, priority, status, raised_by_organization_id, created_at, updated_at)
            SELECT 'Necesidad de ' || (s.es_activities)[1 + abs(hashint8extended(o.id, 11)) % cardinality(s.es_activities)],
                   o.description,
                   ARRAY(SELECT DISTINCT (s.seeks)[1 + abs(hashint8extended(o.id, 400 + k)) % cardinality(s.seeks)]
                         FROM generate_series(1, 1 + (abs(hashint8extended(o.id, 12)) % 3)::int) k),
                   o.countries, '{}', 'Medium', 'Open', o.id, now(), now()
            FROM organizations o
            CROSS JOIN (SELECT {{Seeks}} AS seeks, {{SpanishActivities}} AS es_activities) s
            WHERE o.id BETWEEN {{from}} AND {{to}} AND o.id % 25 = 0;

            WITH p AS (
                INSERT INTO partnership_proposals (proposer_organization_id, title, rationale, proposer_contribution, state, created_by, created_at, updated_at)
                SELECT o.id, 'Alianza', '', '', 'Approved', '00000000-0000-0000-0000-000000000001', now(), now()
                FROM organizations o WHERE o.id BETWEEN {{from}} AND {{to}} - 1 AND o.id % 100 = 7
                RETURNING id, proposer_organization_id)
            INSERT INTO proposal_targets (proposal_id, organization_id) SELECT p.id, p.proposer_organization_id + 1 FROM p;

            SELECT setval(pg_get_serial_sequence('organizations', 'id'), (SELECT max(id) FROM organizations));
            """;
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 3600 };
        await command.ExecuteNonQueryAsync();

        // As autovacuum would after a bulk load: moves the GIN indexes' pending entries into the trees and updates statistics.
        foreach (var table in new[] { "organizations", "gaps", "partnership_proposals", "proposal_targets" })
        {
            await using var vacuum = new NpgsqlCommand($"VACUUM (ANALYZE) {table}", connection) { CommandTimeout = 3600 };
            await vacuum.ExecuteNonQueryAsync();
        }
    }
}
