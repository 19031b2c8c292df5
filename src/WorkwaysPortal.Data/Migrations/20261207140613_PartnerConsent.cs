using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkwaysPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class PartnerConsent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "answer",
                table: "proposal_targets",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Pending");

            migrationBuilder.AddColumn<string>(
                name: "answer_message",
                table: "proposal_targets",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "answered_at",
                table: "proposal_targets",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "answered_by",
                table: "proposal_targets",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "answered_by_name",
                table: "proposal_targets",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            // Partners now consent before moderation. Every existing answer is pending (the column's
            // default): a proposal waiting for a moderator goes back to its partners, and an approved one
            // keeps its state, shown on the proposer's page and on no partner's page until its delegates accept.
            migrationBuilder.Sql("""
                UPDATE partnership_proposals SET state = 'AwaitingPartners' WHERE state = 'Submitted';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE partnership_proposals SET state = 'Submitted' WHERE state = 'AwaitingPartners';
                """);

            migrationBuilder.DropColumn(
                name: "answer",
                table: "proposal_targets");

            migrationBuilder.DropColumn(
                name: "answer_message",
                table: "proposal_targets");

            migrationBuilder.DropColumn(
                name: "answered_at",
                table: "proposal_targets");

            migrationBuilder.DropColumn(
                name: "answered_by",
                table: "proposal_targets");

            migrationBuilder.DropColumn(
                name: "answered_by_name",
                table: "proposal_targets");
        }
    }
}
