using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkwaysPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class GapAlerts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "kind",
                table: "saved_searches",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Partners");

            migrationBuilder.AddColumn<int[]>(
                name: "sent_gap_ids",
                table: "saved_searches",
                type: "integer[]",
                nullable: false,
                defaultValue: new int[0]);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "kind",
                table: "saved_searches");

            migrationBuilder.DropColumn(
                name: "sent_gap_ids",
                table: "saved_searches");
        }
    }
}
