using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace WorkwaysPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class Conversations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "conversation_id",
                table: "notifications",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "conversations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    initiator_organization_id = table.Column<int>(type: "integer", nullable: false),
                    recipient_organization_id = table.Column<int>(type: "integer", nullable: false),
                    started_by = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_message_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recipient_replied_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_conversations", x => x.id);
                    table.ForeignKey(
                        name: "fk_conversations_organizations_initiator_organization_id",
                        column: x => x.initiator_organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_conversations_organizations_recipient_organization_id",
                        column: x => x.recipient_organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_conversations_users_started_by",
                        column: x => x.started_by,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "organization_blocks",
                columns: table => new
                {
                    blocker_organization_id = table.Column<int>(type: "integer", nullable: false),
                    blocked_organization_id = table.Column<int>(type: "integer", nullable: false),
                    blocked_by = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organization_blocks", x => new { x.blocker_organization_id, x.blocked_organization_id });
                    table.ForeignKey(
                        name: "fk_organization_blocks_organizations_blocked_organization_id",
                        column: x => x.blocked_organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_organization_blocks_organizations_blocker_organization_id",
                        column: x => x.blocker_organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_organization_blocks_users_blocked_by",
                        column: x => x.blocked_by,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "conversation_messages",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    conversation_id = table.Column<int>(type: "integer", nullable: false),
                    organization_id = table.Column<int>(type: "integer", nullable: false),
                    author_id = table.Column<Guid>(type: "uuid", nullable: true),
                    author_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    body = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reported_by = table.Column<Guid>(type: "uuid", nullable: true),
                    report_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    report_dismissed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    report_dismissed_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_conversation_messages", x => x.id);
                    table.ForeignKey(
                        name: "fk_conversation_messages_conversations_conversation_id",
                        column: x => x.conversation_id,
                        principalTable: "conversations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_conversation_messages_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_conversation_messages_users_author_id",
                        column: x => x.author_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_conversation_messages_users_report_dismissed_by",
                        column: x => x.report_dismissed_by,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_conversation_messages_users_reported_by",
                        column: x => x.reported_by,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "conversation_reads",
                columns: table => new
                {
                    conversation_id = table.Column<int>(type: "integer", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    last_read_message_id = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_conversation_reads", x => new { x.conversation_id, x.user_id });
                    table.ForeignKey(
                        name: "fk_conversation_reads_conversations_conversation_id",
                        column: x => x.conversation_id,
                        principalTable: "conversations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_conversation_reads_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_conversation_messages_author_id_sent_at",
                table: "conversation_messages",
                columns: new[] { "author_id", "sent_at" });

            migrationBuilder.CreateIndex(
                name: "ix_conversation_messages_conversation_id_id",
                table: "conversation_messages",
                columns: new[] { "conversation_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_conversation_messages_organization_id_sent_at",
                table: "conversation_messages",
                columns: new[] { "organization_id", "sent_at" });

            migrationBuilder.CreateIndex(
                name: "ix_conversation_messages_report_dismissed_by",
                table: "conversation_messages",
                column: "report_dismissed_by");

            migrationBuilder.CreateIndex(
                name: "ix_conversation_messages_reported_at",
                table: "conversation_messages",
                column: "reported_at",
                filter: "reported_at IS NOT NULL AND report_dismissed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_conversation_messages_reported_by",
                table: "conversation_messages",
                column: "reported_by");

            migrationBuilder.CreateIndex(
                name: "ix_conversation_reads_user_id",
                table: "conversation_reads",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_conversations_initiator_organization_id_recipient_organizat",
                table: "conversations",
                columns: new[] { "initiator_organization_id", "recipient_organization_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_conversations_recipient_organization_id",
                table: "conversations",
                column: "recipient_organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_conversations_started_by",
                table: "conversations",
                column: "started_by");

            migrationBuilder.CreateIndex(
                name: "ix_organization_blocks_blocked_by",
                table: "organization_blocks",
                column: "blocked_by");

            migrationBuilder.CreateIndex(
                name: "ix_organization_blocks_blocked_organization_id",
                table: "organization_blocks",
                column: "blocked_organization_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "conversation_messages");

            migrationBuilder.DropTable(
                name: "conversation_reads");

            migrationBuilder.DropTable(
                name: "organization_blocks");

            migrationBuilder.DropTable(
                name: "conversations");

            migrationBuilder.DropColumn(
                name: "conversation_id",
                table: "notifications");
        }
    }
}
