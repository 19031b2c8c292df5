using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkwaysPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class OrganizationRegisteredBy : Migration
    {
        private const string BackfillSql = """
            UPDATE organizations AS o
            SET registered_by = m.user_id
            FROM organization_members AS m
            WHERE m.organization_id = o.id AND m.since = o.created_at AND o.registered_by IS NULL;
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "registered_by",
                table: "organizations",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_organizations_registered_by",
                table: "organizations",
                column: "registered_by");

            migrationBuilder.AddForeignKey(
                name: "fk_organizations_users_registered_by",
                table: "organizations",
                column: "registered_by",
                principalTable: "users",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            // Organizations registered before: their registrant is the member who joined when it was created.
            migrationBuilder.Sql(BackfillSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_organizations_users_registered_by",
                table: "organizations");

            migrationBuilder.DropIndex(
                name: "ix_organizations_registered_by",
                table: "organizations");

            migrationBuilder.DropColumn(
                name: "registered_by",
                table: "organizations");
        }
    }
}
