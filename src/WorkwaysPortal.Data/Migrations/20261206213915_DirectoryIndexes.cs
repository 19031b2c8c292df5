using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkwaysPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class DirectoryIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_organizations_status_sector",
                table: "organizations");

            migrationBuilder.CreateIndex(
                name: "ix_organizations_status_name_id",
                table: "organizations",
                columns: new[] { "status", "name", "id" })
                .Annotation("Npgsql:IndexInclude", new[] { "sector", "countries", "offers" });

            migrationBuilder.CreateIndex(
                name: "ix_organizations_status_sector_name_id",
                table: "organizations",
                columns: new[] { "status", "sector", "name", "id" })
                .Annotation("Npgsql:IndexInclude", new[] { "countries", "offers" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_organizations_status_name_id",
                table: "organizations");

            migrationBuilder.DropIndex(
                name: "ix_organizations_status_sector_name_id",
                table: "organizations");

            migrationBuilder.CreateIndex(
                name: "ix_organizations_status_sector",
                table: "organizations",
                columns: new[] { "status", "sector" });
        }
    }
}
