using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace WorkwaysPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class ConsultationSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "raised_in_session_id",
                table: "gaps",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "consultation_sessions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    consultation = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: false),
                    languages = table.Column<string[]>(type: "text[]", nullable: false),
                    introduction = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    agenda = table.Column<string>(type: "jsonb", nullable: false),
                    participants = table.Column<string>(type: "jsonb", nullable: false),
                    themes = table.Column<string>(type: "jsonb", nullable: false),
                    agreements = table.Column<string[]>(type: "text[]", nullable: false),
                    problem_statement = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    notes = table.Column<string>(type: "text", nullable: true),
                    gap_ids = table.Column<int[]>(type: "integer[]", nullable: false),
                    initiative_ids = table.Column<int[]>(type: "integer[]", nullable: false),
                    organization_ids = table.Column<int[]>(type: "integer[]", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consultation_sessions", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_gaps_raised_in_session_id",
                table: "gaps",
                column: "raised_in_session_id");

            migrationBuilder.CreateIndex(
                name: "ix_consultation_sessions_gap_ids",
                table: "consultation_sessions",
                column: "gap_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_consultation_sessions_held_on",
                table: "consultation_sessions",
                column: "held_on");

            migrationBuilder.CreateIndex(
                name: "ix_consultation_sessions_initiative_ids",
                table: "consultation_sessions",
                column: "initiative_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_consultation_sessions_organization_ids",
                table: "consultation_sessions",
                column: "organization_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.AddForeignKey(
                name: "fk_gaps_consultation_sessions_raised_in_session_id",
                table: "gaps",
                column: "raised_in_session_id",
                principalTable: "consultation_sessions",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_gaps_consultation_sessions_raised_in_session_id",
                table: "gaps");

            migrationBuilder.DropTable(
                name: "consultation_sessions");

            migrationBuilder.DropIndex(
                name: "ix_gaps_raised_in_session_id",
                table: "gaps");

            migrationBuilder.DropColumn(
                name: "raised_in_session_id",
                table: "gaps");
        }
    }
}
