using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkwaysPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class AuditPseudonyms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Audit events stay append-only, with one exception: inside the transaction that deletes an
            // account, which first sets workways.pseudonym (SET LOCAL), that account's name and address may
            // become the pseudonym. Nothing else of an event may change, and none may be deleted.
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION portal_refuse_audit_change() RETURNS trigger
                    LANGUAGE plpgsql AS $$
                DECLARE
                    pseudonym text := nullif(current_setting('workways.pseudonym', true), '');
                BEGIN
                    IF TG_OP = 'UPDATE' AND pseudonym IS NOT NULL
                        AND NEW.id = OLD.id
                        AND NEW.occurred_at = OLD.occurred_at
                        AND NEW.actor_id IS NOT DISTINCT FROM OLD.actor_id
                        AND NEW.action = OLD.action
                        AND NEW.subject_type = OLD.subject_type
                        AND NEW.subject_id = OLD.subject_id
                        AND NEW.reason IS NOT DISTINCT FROM OLD.reason
                        AND (NEW.actor_name = OLD.actor_name OR NEW.actor_name = pseudonym)
                        AND (NEW.details IS NOT DISTINCT FROM OLD.details OR strpos(NEW.details::text, pseudonym) > 0)
                    THEN
                        RETURN NEW;
                    END IF;
                    RAISE EXCEPTION 'audit events are append-only' USING ERRCODE = 'insufficient_privilege';
                END;
                $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION portal_refuse_audit_change() RETURNS trigger
                    LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'audit events are append-only' USING ERRCODE = 'insufficient_privilege';
                END;
                $$;
                """);
        }
    }
}
