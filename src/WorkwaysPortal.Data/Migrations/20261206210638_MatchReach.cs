using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkwaysPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class MatchReach : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The capability@country pairs of candidate retrieval (see MatchReach): one small posting list per pair.
            migrationBuilder.Sql(WorkwaysPortal.Data.Matching.MatchReach.CreateFunctionSql);

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

            migrationBuilder.Sql(WorkwaysPortal.Data.Matching.MatchReach.DropFunctionSql);
        }
    }
}
