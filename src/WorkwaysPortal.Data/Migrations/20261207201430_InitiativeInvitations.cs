using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkwaysPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitiativeInvitations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "initiative_id",
                table: "notifications",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "initiative_participants",
                columns: table => new
                {
                    initiative_id = table.Column<int>(type: "integer", nullable: false),
                    organization_id = table.Column<int>(type: "integer", nullable: false),
                    state = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    invited_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    invited_by = table.Column<Guid>(type: "uuid", nullable: true),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    answered_by = table.Column<Guid>(type: "uuid", nullable: true),
                    answered_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    answer_message = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_initiative_participants", x => new { x.initiative_id, x.organization_id });
                    table.ForeignKey(
                        name: "fk_initiative_participants_initiatives_initiative_id",
                        column: x => x.initiative_id,
                        principalTable: "initiatives",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_initiative_participants_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_initiative_participants_organization_id_state",
                table: "initiative_participants",
                columns: new[] { "organization_id", "state" });

            // Participants become invitations (issue 13). Nobody at the organizations listed so far was
            // asked: each becomes an invitation awaiting its delegates' answer, sent by the initiative's
            // author when it was last saved, and the initiative no longer shows on their page until they
            // accept. An id of an organization deleted since is dropped. Nobody is notified by the migration.
            migrationBuilder.Sql("""
                INSERT INTO initiative_participants (initiative_id, organization_id, state, invited_at, invited_by)
                SELECT DISTINCT i.id, p.organization_id, 'Invited', i.updated_at, i.created_by
                FROM initiatives i
                CROSS JOIN LATERAL unnest(i.participant_organization_ids) AS p(organization_id)
                WHERE p.organization_id <> i.lead_organization_id
                  AND EXISTS (SELECT 1 FROM organizations o WHERE o.id = p.organization_id);
                """);

            // An answer changes what an organization's cached public page lists (its initiatives).
            migrationBuilder.Sql("""
                CREATE TRIGGER initiative_participants_raise_cache_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON initiative_participants
                    FOR EACH STATEMENT EXECUTE FUNCTION raise_cache_version('work');
                """);

            migrationBuilder.DropIndex(
                name: "ix_initiatives_participant_organization_ids",
                table: "initiatives");

            migrationBuilder.DropColumn(
                name: "participant_organization_ids",
                table: "initiatives");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int[]>(
                name: "participant_organization_ids",
                table: "initiatives",
                type: "integer[]",
                nullable: false,
                defaultValue: new int[0]);

            // Back to one list: every organization still invited, whatever its answer.
            migrationBuilder.Sql("""
                UPDATE initiatives i
                SET participant_organization_ids = p.ids
                FROM (SELECT initiative_id, array_agg(organization_id ORDER BY organization_id) AS ids
                      FROM initiative_participants GROUP BY initiative_id) p
                WHERE p.initiative_id = i.id;
                """);

            migrationBuilder.CreateIndex(
                name: "ix_initiatives_participant_organization_ids",
                table: "initiatives",
                column: "participant_organization_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS initiative_participants_raise_cache_version ON initiative_participants;
                """);

            migrationBuilder.DropTable(
                name: "initiative_participants");

            migrationBuilder.DropColumn(
                name: "initiative_id",
                table: "notifications");
        }
    }
}
