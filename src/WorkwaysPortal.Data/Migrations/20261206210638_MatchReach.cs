using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkwaysPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class MatchReach : Migration
    {
        // Every pair of one of the capabilities with one of the countries; immutable, as generated columns require.
        private const string CreatePairsFunctionSql = """
            CREATE OR REPLACE FUNCTION portal_pairs(capabilities text[], countries text[]) RETURNS text[]
                LANGUAGE sql IMMUTABLE PARALLEL SAFE
                RETURN ARRAY(SELECT c || '@' || k FROM unnest(capabilities) c CROSS JOIN unnest(countries) k);
            """;

        private const string DropPairsFunctionSql = "DROP FUNCTION IF EXISTS portal_pairs(text[], text[]);";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The capability@country pairs of candidate retrieval (see MatchReach): one small posting list per pair.
            migrationBuilder.Sql(CreatePairsFunctionSql);

            migrationBuilder.AddColumn<string[]>(
                name: "offer_reach",
                table: "organizations",
                type: "text[]",
                nullable: true,
                computedColumnSql: "portal_pairs(offers, countries)",
                stored: true);

            migrationBuilder.AddColumn<string[]>(
                name: "seek_reach",
                table: "organizations",
                type: "text[]",
                nullable: true,
                computedColumnSql: "portal_pairs(seeks, countries)",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_organizations_offer_reach",
                table: "organizations",
                column: "offer_reach")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_organizations_seek_reach",
                table: "organizations",
                column: "seek_reach")
                .Annotation("Npgsql:IndexMethod", "gin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_organizations_offer_reach",
                table: "organizations");

            migrationBuilder.DropIndex(
                name: "ix_organizations_seek_reach",
                table: "organizations");

            migrationBuilder.DropColumn(
                name: "offer_reach",
                table: "organizations");

            migrationBuilder.DropColumn(
                name: "seek_reach",
                table: "organizations");

            migrationBuilder.Sql(DropPairsFunctionSql);
        }
    }
}
