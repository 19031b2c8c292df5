using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkwaysPortal.Data.Migrations
{
    /// <summary>
    /// Organizations, gaps and initiatives record the language their texts are written in (<c>text_language</c>:
    /// en, es, fr or pt), and each is stemmed in that language only (ADR 011): its title as written ('simple') and
    /// stemmed, its body stemmed. Queries are looked up in all four languages. The language of the rows that exist
    /// is detected here by the rule of the Domain's detector (TextLanguages), in SQL: the language with the most common
    /// words in the body, else in the title, else the organization's first working language among the four (a gap's
    /// raiser's, an initiative's lead's), else English. The stored documents are computed once, after that.
    /// </summary>
    public partial class RecordTextLanguages : Migration
    {
        // From here on: the text search configuration of a language, and a document stemmed in its record's language.
        private const string SearchFunctionsSql = """
            CREATE OR REPLACE FUNCTION portal_search_config(language text) RETURNS regconfig
                LANGUAGE sql IMMUTABLE PARALLEL SAFE
                RETURN CASE language
                    WHEN 'es' THEN 'spanish'::regconfig
                    WHEN 'fr' THEN 'french'::regconfig
                    WHEN 'pt' THEN 'portuguese'::regconfig
                    ELSE 'english'::regconfig
                END;

            CREATE OR REPLACE FUNCTION portal_search_document(title text, body text, language text) RETURNS tsvector
                LANGUAGE sql IMMUTABLE PARALLEL SAFE
                RETURN setweight(to_tsvector('simple'::regconfig, portal_unaccent(coalesce(title, ''))), 'A')
                    || setweight(to_tsvector(portal_search_config(language), portal_unaccent(coalesce(title, ''))), 'A')
                    || setweight(to_tsvector(portal_search_config(language), portal_unaccent(coalesce(body, ''))), 'B');

            CREATE OR REPLACE FUNCTION portal_search_query(query text) RETURNS tsquery
                LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                RETURN websearch_to_tsquery('simple'::regconfig, portal_unaccent(query))
                    || websearch_to_tsquery('english'::regconfig, portal_unaccent(query))
                    || websearch_to_tsquery('spanish'::regconfig, portal_unaccent(query))
                    || websearch_to_tsquery('french'::regconfig, portal_unaccent(query))
                    || websearch_to_tsquery('portuguese'::regconfig, portal_unaccent(query));
            """;

        // The detector of the Domain as it was on 7 December 2026 (its common words, copied), for the rows of then.
        // Words are the runs of a–z in the lower-cased, unaccented text; a language wins when it alone has the most.
        private const string DetectorSql = """
            CREATE TEMPORARY TABLE text_language_words (word text NOT NULL, language text NOT NULL) ON COMMIT DROP;
            INSERT INTO text_language_words (word, language)
            SELECT word, language
            FROM (VALUES
                ('en', 'the and of to in for with on by from that this these those is are was were be been being has have had it its
                    their they them we our us which who whose an at as or not but into through about between across also more
                    other such than all can will would should may each both within while where there what how you your'),
                ('es', 'de la que el en y los las del al se por un una unos unas para con no su sus lo como mas pero le les o este
                    esta estos estas entre cuando muy sin sobre tambien hasta hay donde desde todo todos nos durante ni contra
                    otros otras ese esa eso esto ante ellos es son ha han fue ser mediante segun hacia'),
                ('fr', 'de la le les des du et en un une est dans pour que qui sur par au aux avec ce cette ces il elle ils elles
                    ne pas plus son sa ses leur leurs nous vous on sont ou ont ete etre entre aussi mais comme tout tous toutes
                    ni l d qu n'),
                ('pt', 'de que o os as do da dos das e em no na nos nas um uma uns umas para com nao por mais como mas ao aos seu
                    sua seus suas ou quando muito tambem pelo pela pelos pelas ate sem se entre sobre desde todos contra este
                    esta estas ser sao foi tem atraves')
            ) AS lists (language, words)
            CROSS JOIN LATERAL regexp_split_to_table(trim(words), '\s+') AS word;
            ANALYZE text_language_words;

            CREATE FUNCTION pg_temp.detect_language(value text) RETURNS text
                LANGUAGE sql STABLE
                AS $$
                SELECT min(scores.language)
                FROM (SELECT w.language, rank() OVER (ORDER BY count(*) DESC) AS place
                      FROM regexp_split_to_table(lower(portal_unaccent(coalesce(value, ''))), '[^a-z]+') AS t (word)
                      JOIN text_language_words w ON w.word = t.word
                      GROUP BY w.language) AS scores
                WHERE scores.place = 1
                HAVING count(*) = 1
                $$;

            -- The description decides; the title (or name) only when the description tells nothing.
            CREATE FUNCTION pg_temp.text_language(title text, body text, working text[]) RETURNS text
                LANGUAGE sql STABLE
                AS $$
                SELECT coalesce(
                    pg_temp.detect_language(body),
                    pg_temp.detect_language(title),
                    (SELECT l.code FROM unnest(working) WITH ORDINALITY AS l (code, n)
                     WHERE l.code IN ('en', 'es', 'fr', 'pt') ORDER BY l.n LIMIT 1),
                    'en')
                $$;
            """;

        // The documents go first (their indexes with them), so that setting the languages does not compute them once more.
        private const string UpSql = """
            ALTER TABLE organizations DROP COLUMN search_vector;
            ALTER TABLE gaps DROP COLUMN search_vector;
            ALTER TABLE initiatives DROP COLUMN search_vector;

            ALTER TABLE organizations ADD COLUMN text_language character varying(2) NOT NULL DEFAULT 'en';
            ALTER TABLE gaps ADD COLUMN text_language character varying(2) NOT NULL DEFAULT 'en';
            ALTER TABLE initiatives ADD COLUMN text_language character varying(2) NOT NULL DEFAULT 'en';

            UPDATE organizations SET text_language = pg_temp.text_language(name, description, languages);
            UPDATE gaps g SET text_language = pg_temp.text_language(g.title, g.description,
                (SELECT o.languages FROM organizations o WHERE o.id = g.raised_by_organization_id));
            UPDATE initiatives i SET text_language = pg_temp.text_language(i.title, i.description,
                (SELECT o.languages FROM organizations o WHERE o.id = i.lead_organization_id));

            ALTER TABLE organizations ALTER COLUMN text_language DROP DEFAULT;
            ALTER TABLE gaps ALTER COLUMN text_language DROP DEFAULT;
            ALTER TABLE initiatives ALTER COLUMN text_language DROP DEFAULT;

            ALTER TABLE organizations ADD COLUMN search_vector tsvector COMPRESSION lz4 GENERATED ALWAYS AS
                (portal_search_document(coalesce(name, '') || ' ' || coalesce(acronym, ''), description, text_language)) STORED;
            ALTER TABLE gaps ADD COLUMN search_vector tsvector COMPRESSION lz4 GENERATED ALWAYS AS
                (portal_search_document(title, description, text_language)) STORED;
            ALTER TABLE initiatives ADD COLUMN search_vector tsvector COMPRESSION lz4 GENERATED ALWAYS AS
                (portal_search_document(title, description, text_language)) STORED;

            CREATE INDEX ix_organizations_search_vector ON organizations USING gin (search_vector);
            CREATE INDEX ix_gaps_search_vector ON gaps USING gin (search_vector);
            CREATE INDEX ix_initiatives_search_vector ON initiatives USING gin (search_vector);

            DROP FUNCTION pg_temp.text_language(text, text, text[]);
            DROP FUNCTION pg_temp.detect_language(text);
            """;

        // Down: the documents of SearchDocumentStems again, with its query (English and Spanish). The two-argument
        // portal_search_document was left in place by Up.
        private const string DownSql = """
            ALTER TABLE organizations DROP COLUMN search_vector;
            ALTER TABLE gaps DROP COLUMN search_vector;
            ALTER TABLE initiatives DROP COLUMN search_vector;

            ALTER TABLE organizations DROP COLUMN text_language;
            ALTER TABLE gaps DROP COLUMN text_language;
            ALTER TABLE initiatives DROP COLUMN text_language;

            CREATE OR REPLACE FUNCTION portal_search_query(query text) RETURNS tsquery
                LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                RETURN websearch_to_tsquery('simple'::regconfig, portal_unaccent(query))
                    || websearch_to_tsquery('english'::regconfig, portal_unaccent(query))
                    || websearch_to_tsquery('spanish'::regconfig, portal_unaccent(query));
            DROP FUNCTION portal_search_document(text, text, text);
            DROP FUNCTION portal_search_config(text);

            ALTER TABLE organizations ADD COLUMN search_vector tsvector COMPRESSION lz4 GENERATED ALWAYS AS
                (portal_search_document(coalesce(name, '') || ' ' || coalesce(acronym, ''), description)) STORED;
            ALTER TABLE gaps ADD COLUMN search_vector tsvector COMPRESSION lz4 GENERATED ALWAYS AS
                (portal_search_document(title, description)) STORED;
            ALTER TABLE initiatives ADD COLUMN search_vector tsvector COMPRESSION lz4 GENERATED ALWAYS AS
                (portal_search_document(title, description)) STORED;

            CREATE INDEX ix_organizations_search_vector ON organizations USING gin (search_vector);
            CREATE INDEX ix_gaps_search_vector ON gaps USING gin (search_vector);
            CREATE INDEX ix_initiatives_search_vector ON initiatives USING gin (search_vector);
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SearchFunctionsSql);
            migrationBuilder.Sql(DetectorSql);
            migrationBuilder.Sql(UpSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(DownSql);
        }
    }
}
