using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace WorkwaysPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class OutputCacheVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cache_versions",
                columns: table => new
                {
                    tag = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cache_versions", x => x.tag);
                });

            migrationBuilder.InsertData(
                table: "cache_versions",
                columns: new[] { "tag", "version" },
                values: new object[,]
                {
                    { "organizations", 1L },
                    { "work", 1L }
                });

            // Any statement that changes public content raises its counter in the same transaction, whoever
            // runs it (a page, the API, the command-line tool's COPY import): cached pages keyed by the old
            // counter are never served again, on any instance.
            migrationBuilder.Sql("""
                CREATE FUNCTION raise_cache_version() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE cache_versions SET version = version + 1 WHERE tag = TG_ARGV[0];
                    RETURN NULL;
                END
                $$;
                CREATE TRIGGER organizations_raise_cache_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON organizations
                    FOR EACH STATEMENT EXECUTE FUNCTION raise_cache_version('organizations');
                CREATE TRIGGER organization_members_raise_cache_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON organization_members
                    FOR EACH STATEMENT EXECUTE FUNCTION raise_cache_version('organizations');
                CREATE TRIGGER initiatives_raise_cache_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON initiatives
                    FOR EACH STATEMENT EXECUTE FUNCTION raise_cache_version('work');
                CREATE TRIGGER gaps_raise_cache_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON gaps
                    FOR EACH STATEMENT EXECUTE FUNCTION raise_cache_version('work');
                CREATE TRIGGER partnership_proposals_raise_cache_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON partnership_proposals
                    FOR EACH STATEMENT EXECUTE FUNCTION raise_cache_version('work');
                CREATE TRIGGER proposal_targets_raise_cache_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON proposal_targets
                    FOR EACH STATEMENT EXECUTE FUNCTION raise_cache_version('work');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS organizations_raise_cache_version ON organizations;
                DROP TRIGGER IF EXISTS organization_members_raise_cache_version ON organization_members;
                DROP TRIGGER IF EXISTS initiatives_raise_cache_version ON initiatives;
                DROP TRIGGER IF EXISTS gaps_raise_cache_version ON gaps;
                DROP TRIGGER IF EXISTS partnership_proposals_raise_cache_version ON partnership_proposals;
                DROP TRIGGER IF EXISTS proposal_targets_raise_cache_version ON proposal_targets;
                DROP FUNCTION IF EXISTS raise_cache_version();
                """);

            migrationBuilder.DropTable(
                name: "cache_versions");
        }
    }
}
