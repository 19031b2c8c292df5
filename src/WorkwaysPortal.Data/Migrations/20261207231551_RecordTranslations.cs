using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkwaysPortal.Data.Migrations
{
    /// <summary>
    /// Organizations, gaps and initiatives carry translations of their texts (ADR 012): a jsonb object
    /// <c>translations</c> by language (<c>{"fr": {"title": "…", "description": "…"}}</c>), empty for every row
    /// that exists. The stored search document adds each translation stemmed in its own language, as the record's own
    /// texts are in theirs (ADR 011); a record without translations gets the document it had. The documents are
    /// computed once: the columns are dropped and added back.
    /// </summary>
    public partial class RecordTranslations : Migration
    {
        private const string FunctionsSql = """
            CREATE OR REPLACE FUNCTION portal_search_translation(translation jsonb, language text) RETURNS tsvector
                LANGUAGE sql IMMUTABLE PARALLEL SAFE
                RETURN CASE WHEN translation IS NULL THEN ''::tsvector
                    ELSE portal_search_document(translation ->> 'title', translation ->> 'description', language) END;

            CREATE OR REPLACE FUNCTION portal_search_document(title text, body text, language text, translations jsonb) RETURNS tsvector
                LANGUAGE sql IMMUTABLE PARALLEL SAFE
                RETURN portal_search_document(title, body, language)
                    || portal_search_translation(translations -> 'en', 'en')
                    || portal_search_translation(translations -> 'es', 'es')
                    || portal_search_translation(translations -> 'fr', 'fr')
                    || portal_search_translation(translations -> 'pt', 'pt');
            """;

        // The stored documents with the translations (added back, so that each row is computed once).
        private const string DocumentsUpSql = """
            ALTER TABLE organizations DROP COLUMN search_vector;
            ALTER TABLE gaps DROP COLUMN search_vector;
            ALTER TABLE initiatives DROP COLUMN search_vector;

            ALTER TABLE organizations ADD COLUMN search_vector tsvector COMPRESSION lz4 GENERATED ALWAYS AS
                (portal_search_document(coalesce(name, '') || ' ' || coalesce(acronym, ''), description, text_language, translations)) STORED;
            ALTER TABLE gaps ADD COLUMN search_vector tsvector COMPRESSION lz4 GENERATED ALWAYS AS
                (portal_search_document(title, description, text_language, translations)) STORED;
            ALTER TABLE initiatives ADD COLUMN search_vector tsvector COMPRESSION lz4 GENERATED ALWAYS AS
                (portal_search_document(title, description, text_language, translations)) STORED;

            CREATE INDEX ix_organizations_search_vector ON organizations USING gin (search_vector);
            CREATE INDEX ix_gaps_search_vector ON gaps USING gin (search_vector);
            CREATE INDEX ix_initiatives_search_vector ON initiatives USING gin (search_vector);
            """;

        // The stored documents as RecordTextLanguages made them.
        private const string DocumentsDownSql = """
            ALTER TABLE organizations DROP COLUMN search_vector;
            ALTER TABLE gaps DROP COLUMN search_vector;
            ALTER TABLE initiatives DROP COLUMN search_vector;

            ALTER TABLE organizations ADD COLUMN search_vector tsvector COMPRESSION lz4 GENERATED ALWAYS AS
                (portal_search_document(coalesce(name, '') || ' ' || coalesce(acronym, ''), description, text_language)) STORED;
            ALTER TABLE gaps ADD COLUMN search_vector tsvector COMPRESSION lz4 GENERATED ALWAYS AS
                (portal_search_document(title, description, text_language)) STORED;
            ALTER TABLE initiatives ADD COLUMN search_vector tsvector COMPRESSION lz4 GENERATED ALWAYS AS
                (portal_search_document(title, description, text_language)) STORED;

            CREATE INDEX ix_organizations_search_vector ON organizations USING gin (search_vector);
            CREATE INDEX ix_gaps_search_vector ON gaps USING gin (search_vector);
            CREATE INDEX ix_initiatives_search_vector ON initiatives USING gin (search_vector);
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var table in new[] { "organizations", "gaps", "initiatives" })
            {
                migrationBuilder.AddColumn<string>(
                    name: "translations",
                    table: table,
                    type: "jsonb",
                    nullable: false,
                    defaultValueSql: "'{}'::jsonb");
            }

            migrationBuilder.Sql(FunctionsSql);
            migrationBuilder.Sql(DocumentsUpSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(DocumentsDownSql);
            migrationBuilder.Sql("""
                DROP FUNCTION portal_search_document(text, text, text, jsonb);
                DROP FUNCTION portal_search_translation(jsonb, text);
                """);
            foreach (var table in new[] { "organizations", "gaps", "initiatives" })
            {
                migrationBuilder.DropColumn(name: "translations", table: table);
            }
        }
    }
}
