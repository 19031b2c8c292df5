using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace WorkwaysPortal.Data.Migrations
{
    /// <summary>
    /// Bodies are indexed stemmed in English and Spanish only, no longer also as written (ADR 003): the same
    /// searches match, and writing a row costs a third less. The stored documents are recomputed.
    /// </summary>
    public partial class SearchDocumentStems : Migration
    {
        // Every stored generated column is computed again when its row is updated.
        private const string RecomputeSql = """
            UPDATE organizations SET description = description;
            UPDATE initiatives SET description = description;
            UPDATE gaps SET description = description;
            """;

        // The search functions from here on: the body is no longer indexed as written ('simple').
        private const string SearchFunctionsSql = """
            CREATE OR REPLACE FUNCTION portal_unaccent(value text) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                RETURN public.unaccent('public.unaccent'::regdictionary, value);

            CREATE OR REPLACE FUNCTION portal_search_document(title text, body text) RETURNS tsvector
                LANGUAGE sql IMMUTABLE PARALLEL SAFE
                RETURN setweight(to_tsvector('simple'::regconfig, portal_unaccent(coalesce(title, ''))), 'A')
                    || setweight(to_tsvector('english'::regconfig, portal_unaccent(coalesce(title, ''))), 'A')
                    || setweight(to_tsvector('spanish'::regconfig, portal_unaccent(coalesce(title, ''))), 'A')
                    || setweight(to_tsvector('english'::regconfig, portal_unaccent(coalesce(body, ''))), 'B')
                    || setweight(to_tsvector('spanish'::regconfig, portal_unaccent(coalesce(body, ''))), 'B');

            CREATE OR REPLACE FUNCTION portal_search_query(query text) RETURNS tsquery
                LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                RETURN websearch_to_tsquery('simple'::regconfig, portal_unaccent(query))
                    || websearch_to_tsquery('english'::regconfig, portal_unaccent(query))
                    || websearch_to_tsquery('spanish'::regconfig, portal_unaccent(query));
            """;

        // The document as Initial created it, for Down.
        private const string PreviousDocumentSql = """
            CREATE OR REPLACE FUNCTION portal_search_document(title text, body text) RETURNS tsvector
                LANGUAGE sql IMMUTABLE PARALLEL SAFE
                RETURN setweight(to_tsvector('simple'::regconfig, portal_unaccent(coalesce(title, ''))), 'A')
                    || setweight(to_tsvector('english'::regconfig, portal_unaccent(coalesce(title, ''))), 'A')
                    || setweight(to_tsvector('spanish'::regconfig, portal_unaccent(coalesce(title, ''))), 'A')
                    || setweight(to_tsvector('simple'::regconfig, portal_unaccent(coalesce(body, ''))), 'B')
                    || setweight(to_tsvector('english'::regconfig, portal_unaccent(coalesce(body, ''))), 'B')
                    || setweight(to_tsvector('spanish'::regconfig, portal_unaccent(coalesce(body, ''))), 'B');
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "organizations",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "portal_search_document(coalesce(name, '') || ' ' || coalesce(acronym, ''), description)",
                stored: true,
                oldClrType: typeof(NpgsqlTsVector),
                oldType: "tsvector",
                oldNullable: true,
                oldComputedColumnSql: "portal_search_document(coalesce(name, '') || ' ' || coalesce(acronym, ''), description)",
                oldStored: true)
                .Annotation("Npgsql:Compression:", "lz4");

            migrationBuilder.AlterColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "initiatives",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "portal_search_document(title, description)",
                stored: true,
                oldClrType: typeof(NpgsqlTsVector),
                oldType: "tsvector",
                oldNullable: true,
                oldComputedColumnSql: "portal_search_document(title, description)",
                oldStored: true)
                .Annotation("Npgsql:Compression:", "lz4");

            migrationBuilder.AlterColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "gaps",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "portal_search_document(title, description)",
                stored: true,
                oldClrType: typeof(NpgsqlTsVector),
                oldType: "tsvector",
                oldNullable: true,
                oldComputedColumnSql: "portal_search_document(title, description)",
                oldStored: true)
                .Annotation("Npgsql:Compression:", "lz4");

            // New documents from here on, then every stored one again (written lz4-compressed).
            migrationBuilder.Sql(SearchFunctionsSql);
            migrationBuilder.Sql(RecomputeSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "organizations",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "portal_search_document(coalesce(name, '') || ' ' || coalesce(acronym, ''), description)",
                stored: true,
                oldClrType: typeof(NpgsqlTsVector),
                oldType: "tsvector",
                oldNullable: true,
                oldComputedColumnSql: "portal_search_document(coalesce(name, '') || ' ' || coalesce(acronym, ''), description)",
                oldStored: true)
                .OldAnnotation("Npgsql:Compression:", "lz4");

            migrationBuilder.AlterColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "initiatives",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "portal_search_document(title, description)",
                stored: true,
                oldClrType: typeof(NpgsqlTsVector),
                oldType: "tsvector",
                oldNullable: true,
                oldComputedColumnSql: "portal_search_document(title, description)",
                oldStored: true)
                .OldAnnotation("Npgsql:Compression:", "lz4");

            migrationBuilder.AlterColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "gaps",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "portal_search_document(title, description)",
                stored: true,
                oldClrType: typeof(NpgsqlTsVector),
                oldType: "tsvector",
                oldNullable: true,
                oldComputedColumnSql: "portal_search_document(title, description)",
                oldStored: true)
                .OldAnnotation("Npgsql:Compression:", "lz4");

            migrationBuilder.Sql(PreviousDocumentSql);
            migrationBuilder.Sql(RecomputeSql);
        }
    }
}
