using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkwaysPortal.Data.Migrations
{
    /// <summary>
    /// Country groups and corridors become staff's to edit (Admin/Taxonomy): the model no longer seeds them,
    /// and the rows the first migration loaded stay as they are (this migration deletes none of them).
    /// Every change to a taxonomy table raises the <c>taxonomy</c> counter in its own transaction, so the
    /// cached taxonomy and the cached public pages of every instance follow an edit at once.
    /// </summary>
    public partial class EditableTaxonomy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.InsertData(
                table: "cache_versions",
                columns: new[] { "tag", "version" },
                values: new object[] { "taxonomy", 1L });

            migrationBuilder.Sql("""
                CREATE TRIGGER sectors_raise_cache_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON sectors
                    FOR EACH STATEMENT EXECUTE FUNCTION raise_cache_version('taxonomy');
                CREATE TRIGGER capabilities_raise_cache_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON capabilities
                    FOR EACH STATEMENT EXECUTE FUNCTION raise_cache_version('taxonomy');
                CREATE TRIGGER sub_regions_raise_cache_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON sub_regions
                    FOR EACH STATEMENT EXECUTE FUNCTION raise_cache_version('taxonomy');
                CREATE TRIGGER countries_raise_cache_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON countries
                    FOR EACH STATEMENT EXECUTE FUNCTION raise_cache_version('taxonomy');
                CREATE TRIGGER country_groups_raise_cache_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON country_groups
                    FOR EACH STATEMENT EXECUTE FUNCTION raise_cache_version('taxonomy');
                CREATE TRIGGER corridors_raise_cache_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON corridors
                    FOR EACH STATEMENT EXECUTE FUNCTION raise_cache_version('taxonomy');
                CREATE TRIGGER working_languages_raise_cache_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON working_languages
                    FOR EACH STATEMENT EXECUTE FUNCTION raise_cache_version('taxonomy');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS sectors_raise_cache_version ON sectors;
                DROP TRIGGER IF EXISTS capabilities_raise_cache_version ON capabilities;
                DROP TRIGGER IF EXISTS sub_regions_raise_cache_version ON sub_regions;
                DROP TRIGGER IF EXISTS countries_raise_cache_version ON countries;
                DROP TRIGGER IF EXISTS country_groups_raise_cache_version ON country_groups;
                DROP TRIGGER IF EXISTS corridors_raise_cache_version ON corridors;
                DROP TRIGGER IF EXISTS working_languages_raise_cache_version ON working_languages;
                """);

            migrationBuilder.DeleteData(
                table: "cache_versions",
                keyColumn: "tag",
                keyValue: "taxonomy");
        }
    }
}
