using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkwaysPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class SignInThrottles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Wrong passwords per account and client address (Web/Features/Account/SignInThrottle.cs): the
            // account is a hash of the normalized email, known or not. Logged, unlike the rate-limit windows:
            // a crash must not give a guesser a fresh start.
            migrationBuilder.Sql("""
                CREATE TABLE sign_in_throttles (
                    account_key text NOT NULL,
                    address text NOT NULL,
                    failures integer NOT NULL,
                    last_failure_at timestamp with time zone NOT NULL,
                    held_until timestamp with time zone,
                    notified_at timestamp with time zone,
                    CONSTRAINT pk_sign_in_throttles PRIMARY KEY (account_key, address)
                );
                CREATE INDEX ix_sign_in_throttles_last_failure_at ON sign_in_throttles (last_failure_at);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE sign_in_throttles;");
        }
    }
}
