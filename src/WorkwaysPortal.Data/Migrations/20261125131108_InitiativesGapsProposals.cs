using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using NpgsqlTypes;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace WorkwaysPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitiativesGapsProposals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Audit events are append-only: the database itself refuses to change or delete one.
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION portal_refuse_audit_change() RETURNS trigger
                    LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'audit events are append-only' USING ERRCODE = 'insufficient_privilege';
                END;
                $$;
                CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
                    FOR EACH ROW EXECUTE FUNCTION portal_refuse_audit_change();
                """);

            migrationBuilder.CreateTable(
                name: "gaps",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    requires = table.Column<string[]>(type: "text[]", nullable: false),
                    countries = table.Column<string[]>(type: "text[]", nullable: false),
                    gcm_objectives = table.Column<int[]>(type: "integer[]", nullable: false),
                    priority = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    raised_by_organization_id = table.Column<int>(type: "integer", nullable: true),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    search_vector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: true, computedColumnSql: "portal_search_document(title, description)", stored: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_gaps", x => x.id);
                    table.ForeignKey(
                        name: "fk_gaps_organizations_raised_by_organization_id",
                        column: x => x.raised_by_organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "gcm_objectives",
                columns: table => new
                {
                    number = table.Column<int>(type: "integer", nullable: false),
                    name_en = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    name_es = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_gcm_objectives", x => x.number);
                });

            migrationBuilder.CreateTable(
                name: "initiatives",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    lead_organization_id = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    countries = table.Column<string[]>(type: "text[]", nullable: false),
                    capabilities = table.Column<string[]>(type: "text[]", nullable: false),
                    gcm_objectives = table.Column<int[]>(type: "integer[]", nullable: false),
                    participant_organization_ids = table.Column<int[]>(type: "integer[]", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: true),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: true),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    search_vector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: true, computedColumnSql: "portal_search_document(title, description)", stored: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_initiatives", x => x.id);
                    table.ForeignKey(
                        name: "fk_initiatives_organizations_lead_organization_id",
                        column: x => x.lead_organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    proposal_id = table.Column<int>(type: "integer", nullable: true),
                    organization_id = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    read_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notifications", x => x.id);
                    table.ForeignKey(
                        name: "fk_notifications_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "outbox_emails",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    to = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    body = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_emails", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "partnership_proposals",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    proposer_organization_id = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    rationale = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    proposer_contribution = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    gap_id = table.Column<int>(type: "integer", nullable: true),
                    initiative_id = table.Column<int>(type: "integer", nullable: true),
                    state = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_by = table.Column<Guid>(type: "uuid", nullable: true),
                    decided_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    decision_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_partnership_proposals", x => x.id);
                    table.ForeignKey(
                        name: "fk_partnership_proposals_gaps_gap_id",
                        column: x => x.gap_id,
                        principalTable: "gaps",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_partnership_proposals_initiatives_initiative_id",
                        column: x => x.initiative_id,
                        principalTable: "initiatives",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_partnership_proposals_organizations_proposer_organization_id",
                        column: x => x.proposer_organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "proposal_targets",
                columns: table => new
                {
                    proposal_id = table.Column<int>(type: "integer", nullable: false),
                    organization_id = table.Column<int>(type: "integer", nullable: false),
                    contribution = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_proposal_targets", x => new { x.proposal_id, x.organization_id });
                    table.ForeignKey(
                        name: "fk_proposal_targets_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_proposal_targets_partnership_proposals_proposal_id",
                        column: x => x.proposal_id,
                        principalTable: "partnership_proposals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "gcm_objectives",
                columns: new[] { "number", "name_en", "name_es" },
                values: new object[,]
                {
                    { 1, "Collect and utilize accurate and disaggregated data as a basis for evidence-based policies", "Recopilar y utilizar datos exactos y desglosados para formular políticas con base empírica" },
                    { 2, "Minimize the adverse drivers and structural factors that compel people to leave their country of origin", "Minimizar los factores adversos y estructurales que obligan a las personas a abandonar su país de origen" },
                    { 3, "Provide accurate and timely information at all stages of migration", "Proporcionar información exacta y oportuna en todas las etapas de la migración" },
                    { 4, "Ensure that all migrants have proof of legal identity and adequate documentation", "Velar por que todos los migrantes tengan pruebas de su identidad jurídica y documentación adecuada" },
                    { 5, "Enhance availability and flexibility of pathways for regular migration", "Aumentar la disponibilidad y flexibilidad de las vías de migración regular" },
                    { 6, "Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work", "Facilitar la contratación equitativa y ética y salvaguardar las condiciones que garantizan el trabajo decente" },
                    { 7, "Address and reduce vulnerabilities in migration", "Abordar y reducir las vulnerabilidades en la migración" },
                    { 8, "Save lives and establish coordinated international efforts on missing migrants", "Salvar vidas y emprender iniciativas internacionales coordinadas sobre los migrantes desaparecidos" },
                    { 9, "Strengthen the transnational response to smuggling of migrants", "Reforzar la respuesta transnacional al tráfico ilícito de migrantes" },
                    { 10, "Prevent, combat and eradicate trafficking in persons in the context of international migration", "Prevenir, combatir y erradicar la trata de personas en el contexto de la migración internacional" },
                    { 11, "Manage borders in an integrated, secure and coordinated manner", "Gestionar las fronteras de manera integrada, segura y coordinada" },
                    { 12, "Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral", "Aumentar la certidumbre y previsibilidad de los procedimientos migratorios para la adecuada verificación de antecedentes, evaluación y derivación" },
                    { 13, "Use migration detention only as a measure of last resort and work towards alternatives", "Utilizar la detención de migrantes solo como último recurso y buscar otras alternativas" },
                    { 14, "Enhance consular protection, assistance and cooperation throughout the migration cycle", "Mejorar la protección, asistencia y cooperación consulares a lo largo de todo el ciclo migratorio" },
                    { 15, "Provide access to basic services for migrants", "Proporcionar a los migrantes acceso a los servicios básicos" },
                    { 16, "Empower migrants and societies to realize full inclusion and social cohesion", "Empoderar a los migrantes y las sociedades para lograr la plena inclusión y la cohesión social" },
                    { 17, "Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration", "Eliminar todas las formas de discriminación y promover un discurso público con base empírica para modificar las percepciones de la migración" },
                    { 18, "Invest in skills development and facilitate mutual recognition of skills, qualifications and competences", "Invertir en el desarrollo de aptitudes y facilitar el reconocimiento mutuo de aptitudes, cualificaciones y competencias" },
                    { 19, "Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries", "Crear las condiciones necesarias para que los migrantes y las diásporas puedan contribuir plenamente al desarrollo sostenible en todos los países" },
                    { 20, "Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants", "Promover transferencias de remesas más rápidas, seguras y económicas y fomentar la inclusión financiera de los migrantes" },
                    { 21, "Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration", "Colaborar para facilitar el regreso y la readmisión en condiciones de seguridad y dignidad, así como la reintegración sostenible" },
                    { 22, "Establish mechanisms for the portability of social security entitlements and earned benefits", "Establecer mecanismos para la portabilidad de la seguridad social y las prestaciones adquiridas" },
                    { 23, "Strengthen international cooperation and global partnerships for safe, orderly and regular migration", "Fortalecer la cooperación internacional y las alianzas mundiales para la migración segura, ordenada y regular" }
                });

            migrationBuilder.CreateIndex(
                name: "ix_gaps_countries",
                table: "gaps",
                column: "countries")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_gaps_gcm_objectives",
                table: "gaps",
                column: "gcm_objectives")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_gaps_raised_by_organization_id",
                table: "gaps",
                column: "raised_by_organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_gaps_requires",
                table: "gaps",
                column: "requires")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_gaps_search_vector",
                table: "gaps",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_gaps_status_created_at",
                table: "gaps",
                columns: new[] { "status", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_initiatives_capabilities",
                table: "initiatives",
                column: "capabilities")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_initiatives_countries",
                table: "initiatives",
                column: "countries")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_initiatives_gcm_objectives",
                table: "initiatives",
                column: "gcm_objectives")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_initiatives_lead_organization_id",
                table: "initiatives",
                column: "lead_organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_initiatives_participant_organization_ids",
                table: "initiatives",
                column: "participant_organization_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_initiatives_search_vector",
                table: "initiatives",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_notifications_user_id_read_at_created_at",
                table: "notifications",
                columns: new[] { "user_id", "read_at", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_emails_created_at",
                table: "outbox_emails",
                column: "created_at",
                filter: "sent_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_partnership_proposals_gap_id",
                table: "partnership_proposals",
                column: "gap_id");

            migrationBuilder.CreateIndex(
                name: "ix_partnership_proposals_initiative_id",
                table: "partnership_proposals",
                column: "initiative_id");

            migrationBuilder.CreateIndex(
                name: "ix_partnership_proposals_proposer_organization_id",
                table: "partnership_proposals",
                column: "proposer_organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_partnership_proposals_state_submitted_at",
                table: "partnership_proposals",
                columns: new[] { "state", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_proposal_targets_organization_id",
                table: "proposal_targets",
                column: "organization_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS audit_events_append_only ON audit_events;
                DROP FUNCTION IF EXISTS portal_refuse_audit_change();
                """);

            migrationBuilder.DropTable(
                name: "gcm_objectives");

            migrationBuilder.DropTable(
                name: "notifications");

            migrationBuilder.DropTable(
                name: "outbox_emails");

            migrationBuilder.DropTable(
                name: "proposal_targets");

            migrationBuilder.DropTable(
                name: "partnership_proposals");

            migrationBuilder.DropTable(
                name: "gaps");

            migrationBuilder.DropTable(
                name: "initiatives");
        }
    }
}
