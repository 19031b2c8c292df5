using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkwaysPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class RateLimitWindows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The rate limits every instance shares (Infrastructure/SharedWindowLimiter.cs): one row per
            // policy, partition and window. Unlogged: a crash forgets the counts, and nothing else is lost.
            migrationBuilder.Sql("""
                CREATE UNLOGGED TABLE rate_limit_windows (
                    key text NOT NULL,
                    window_start timestamp with time zone NOT NULL,
                    hits integer NOT NULL,
                    CONSTRAINT pk_rate_limit_windows PRIMARY KEY (key, window_start)
                );
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE rate_limit_windows;");
        }
    }
}
