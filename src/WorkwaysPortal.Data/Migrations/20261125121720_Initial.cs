using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using NpgsqlTypes;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace WorkwaysPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        // The search functions as this migration first created them; SearchDocumentStems replaces the document.
        private const string SearchFunctionsSql = """
        CREATE OR REPLACE FUNCTION portal_unaccent(value text) RETURNS text
            LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
            RETURN public.unaccent('public.unaccent'::regdictionary, value);

        CREATE OR REPLACE FUNCTION portal_search_document(title text, body text) RETURNS tsvector
            LANGUAGE sql IMMUTABLE PARALLEL SAFE
            RETURN setweight(to_tsvector('simple'::regconfig, portal_unaccent(coalesce(title, ''))), 'A')
                || setweight(to_tsvector('english'::regconfig, portal_unaccent(coalesce(title, ''))), 'A')
                || setweight(to_tsvector('spanish'::regconfig, portal_unaccent(coalesce(title, ''))), 'A')
                || setweight(to_tsvector('simple'::regconfig, portal_unaccent(coalesce(body, ''))), 'B')
                || setweight(to_tsvector('english'::regconfig, portal_unaccent(coalesce(body, ''))), 'B')
                || setweight(to_tsvector('spanish'::regconfig, portal_unaccent(coalesce(body, ''))), 'B');

        CREATE OR REPLACE FUNCTION portal_search_query(query text) RETURNS tsquery
            LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
            RETURN websearch_to_tsquery('simple'::regconfig, portal_unaccent(query))
                || websearch_to_tsquery('english'::regconfig, portal_unaccent(query))
                || websearch_to_tsquery('spanish'::regconfig, portal_unaccent(query));
        """;

        private const string DropSearchFunctionsSql = """
        DROP FUNCTION IF EXISTS portal_search_query(text);
        DROP FUNCTION IF EXISTS portal_search_document(text, text);
        DROP FUNCTION IF EXISTS portal_unaccent(text);
        """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .Annotation("Npgsql:PostgresExtension:unaccent", ",,");

            migrationBuilder.Sql(SearchFunctionsSql);

            migrationBuilder.CreateTable(
                name: "audit_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    actor_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    action = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    subject_type = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    subject_id = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    details = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "capabilities",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_es = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_capabilities", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "country_groups",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    country_codes = table.Column<string[]>(type: "text[]", nullable: false),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_es = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_country_groups", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "roles",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_roles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sectors",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_es = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sectors", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "sub_regions",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_es = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sub_regions", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    display_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    password_hash = table.Column<string>(type: "text", nullable: true),
                    security_stamp = table.Column<string>(type: "text", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true),
                    phone_number = table.Column<string>(type: "text", nullable: true),
                    phone_number_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    two_factor_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    lockout_end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    lockout_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    access_failed_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_users", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "working_languages",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_es = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_working_languages", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "role_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    role_id = table.Column<Guid>(type: "uuid", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_role_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_role_claims_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "organizations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    acronym = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    sector = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    countries = table.Column<string[]>(type: "text[]", nullable: false),
                    offers = table.Column<string[]>(type: "text[]", nullable: false),
                    seeks = table.Column<string[]>(type: "text[]", nullable: false),
                    languages = table.Column<string[]>(type: "text[]", nullable: false),
                    website = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    contact_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    contact_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    contact_phone = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    status_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_by = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    search_vector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: true, computedColumnSql: "portal_search_document(coalesce(name, '') || ' ' || coalesce(acronym, ''), description)", stored: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organizations", x => x.id);
                    table.ForeignKey(
                        name: "fk_organizations_sectors_sector",
                        column: x => x.sector,
                        principalTable: "sectors",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "countries",
                columns: table => new
                {
                    code = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: false),
                    sub_region_code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_es = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_countries", x => x.code);
                    table.ForeignKey(
                        name: "fk_countries_sub_regions_sub_region_code",
                        column: x => x.sub_region_code,
                        principalTable: "sub_regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "user_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_user_claims_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_logins",
                columns: table => new
                {
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    provider_key = table.Column<string>(type: "text", nullable: false),
                    provider_display_name = table.Column<string>(type: "text", nullable: true),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_logins", x => new { x.login_provider, x.provider_key });
                    table.ForeignKey(
                        name: "fk_user_logins_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_roles",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_roles", x => new { x.user_id, x.role_id });
                    table.ForeignKey(
                        name: "fk_user_roles_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_user_roles_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_tokens",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_tokens", x => new { x.user_id, x.login_provider, x.name });
                    table.ForeignKey(
                        name: "fk_user_tokens_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "organization_members",
                columns: table => new
                {
                    organization_id = table.Column<int>(type: "integer", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organization_members", x => new { x.organization_id, x.user_id });
                    table.ForeignKey(
                        name: "fk_organization_members_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_organization_members_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "corridors",
                columns: table => new
                {
                    origin_code = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: false),
                    destination_code = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_corridors", x => new { x.origin_code, x.destination_code });
                    table.ForeignKey(
                        name: "fk_corridors_countries_destination_code",
                        column: x => x.destination_code,
                        principalTable: "countries",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_corridors_countries_origin_code",
                        column: x => x.origin_code,
                        principalTable: "countries",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "capabilities",
                columns: new[] { "code", "name_en", "name_es", "sort_order" },
                values: new object[,]
                {
                    { "capacity-building", "Capacity building", "Fortalecimiento de capacidades", 14 },
                    { "consular-protection", "Consular protection", "Protección consular", 15 },
                    { "coordination-platform", "Coordination platform", "Plataforma de coordinación", 20 },
                    { "data-collection", "Data collection and monitoring", "Recolección de datos y monitoreo", 11 },
                    { "employer-engagement", "Employer engagement and recruitment", "Vinculación con empleadores y reclutamiento", 17 },
                    { "entrepreneurship", "Entrepreneurship and livelihoods", "Emprendimiento y medios de vida", 16 },
                    { "funding", "Funding", "Financiamiento", 19 },
                    { "health-services", "Health services", "Servicios de salud", 10 },
                    { "humanitarian-assistance", "Humanitarian assistance", "Asistencia humanitaria", 9 },
                    { "job-placement", "Job placement", "Inserción laboral", 1 },
                    { "language-training", "Language training", "Enseñanza de idiomas", 4 },
                    { "legal-aid", "Legal aid and regularization advice", "Asistencia jurídica y asesoría para la regularización", 5 },
                    { "policy-advocacy", "Policy advocacy", "Incidencia política", 13 },
                    { "refugee-reception", "Refugee reception and integration", "Acogida e integración de personas refugiadas", 7 },
                    { "reintegration", "Reintegration of returned migrants", "Reintegración de personas migrantes retornadas", 8 },
                    { "research", "Research and baseline studies", "Investigación y estudios de línea de base", 12 },
                    { "skills-assessment", "Skills assessment and recognition of qualifications", "Evaluación de competencias y reconocimiento de títulos", 2 },
                    { "visa-processing", "Work visas and labour-migration pathways", "Visas de trabajo y vías de migración laboral", 6 },
                    { "vocational-training", "Vocational (technical and labour) training", "Formación técnica y laboral", 3 },
                    { "worker-representation", "Worker representation and labour rights", "Representación de trabajadores y derechos laborales", 18 }
                });

            migrationBuilder.InsertData(
                table: "country_groups",
                columns: new[] { "code", "country_codes", "name_en", "name_es" },
                values: new object[] { "northern-triangle", new[] { "GT", "HN", "SV" }, "Northern Triangle of Central America", "Triángulo Norte de Centroamérica" });

            migrationBuilder.InsertData(
                table: "roles",
                columns: new[] { "id", "concurrency_stamp", "name", "normalized_name" },
                values: new object[,]
                {
                    { new Guid("00000000-0000-0000-0000-000000000001"), "delegate", "delegate", "DELEGATE" },
                    { new Guid("00000000-0000-0000-0000-000000000002"), "moderator", "moderator", "MODERATOR" },
                    { new Guid("00000000-0000-0000-0000-000000000003"), "staff", "staff", "STAFF" },
                    { new Guid("00000000-0000-0000-0000-000000000004"), "admin", "admin", "ADMIN" }
                });

            migrationBuilder.InsertData(
                table: "sectors",
                columns: new[] { "code", "name_en", "name_es", "sort_order" },
                values: new object[,]
                {
                    { "academia", "Academia", "Academia", 8 },
                    { "civil-society", "Civil society", "Sociedad civil", 1 },
                    { "donor", "Donor", "Donante", 11 },
                    { "employers-organization", "Employers' organization", "Organización de empleadores", 6 },
                    { "faith-based", "Faith-based organization", "Organización basada en la fe", 10 },
                    { "government", "Government", "Gobierno", 3 },
                    { "international-organization", "International organization", "Organismo internacional", 4 },
                    { "legal-professional", "Legal profession", "Profesión jurídica", 9 },
                    { "migrant-organization", "Migrant organization", "Organización de personas migrantes", 2 },
                    { "private-sector", "Private sector", "Sector privado", 5 },
                    { "trade-union", "Trade union", "Sindicato", 7 }
                });

            migrationBuilder.InsertData(
                table: "sub_regions",
                columns: new[] { "code", "name_en", "name_es", "sort_order" },
                values: new object[,]
                {
                    { "caribbean", "Caribbean", "Caribe", 3 },
                    { "central-america", "Central America", "Centroamérica", 2 },
                    { "northern-america", "Northern America", "América del Norte", 1 },
                    { "south-america", "South America", "América del Sur", 4 },
                    { "western-asia", "Western Asia", "Asia Occidental", 5 }
                });

            migrationBuilder.InsertData(
                table: "working_languages",
                columns: new[] { "code", "name_en", "name_es", "sort_order" },
                values: new object[,]
                {
                    { "en", "English", "Inglés", 2 },
                    { "es", "Spanish", "Español", 1 },
                    { "fr", "French", "Francés", 3 },
                    { "ht", "Haitian Creole", "Criollo haitiano", 5 },
                    { "nl", "Dutch", "Neerlandés", 6 },
                    { "pt", "Portuguese", "Portugués", 4 }
                });

            migrationBuilder.InsertData(
                table: "countries",
                columns: new[] { "code", "name_en", "name_es", "sub_region_code" },
                values: new object[,]
                {
                    { "AG", "Antigua and Barbuda", "Antigua y Barbuda", "caribbean" },
                    { "AI", "Anguilla", "Anguila", "caribbean" },
                    { "AR", "Argentina", "Argentina", "south-america" },
                    { "AW", "Aruba", "Aruba", "caribbean" },
                    { "BB", "Barbados", "Barbados", "caribbean" },
                    { "BL", "Saint Barthélemy", "San Bartolomé", "caribbean" },
                    { "BM", "Bermuda", "Bermudas", "northern-america" },
                    { "BO", "Bolivia", "Bolivia", "south-america" },
                    { "BQ", "Bonaire, Sint Eustatius and Saba", "Bonaire, San Eustaquio y Saba", "caribbean" },
                    { "BR", "Brazil", "Brasil", "south-america" },
                    { "BS", "Bahamas", "Bahamas", "caribbean" },
                    { "BZ", "Belize", "Belice", "central-america" },
                    { "CA", "Canada", "Canadá", "northern-america" },
                    { "CL", "Chile", "Chile", "south-america" },
                    { "CO", "Colombia", "Colombia", "south-america" },
                    { "CR", "Costa Rica", "Costa Rica", "central-america" },
                    { "CU", "Cuba", "Cuba", "caribbean" },
                    { "CW", "Curaçao", "Curazao", "caribbean" },
                    { "DM", "Dominica", "Dominica", "caribbean" },
                    { "DO", "Dominican Republic", "República Dominicana", "caribbean" },
                    { "EC", "Ecuador", "Ecuador", "south-america" },
                    { "FK", "Falkland Islands (Malvinas)", "Islas Malvinas (Falkland)", "south-america" },
                    { "GD", "Grenada", "Granada", "caribbean" },
                    { "GF", "French Guiana", "Guayana Francesa", "south-america" },
                    { "GL", "Greenland", "Groenlandia", "northern-america" },
                    { "GP", "Guadeloupe", "Guadalupe", "caribbean" },
                    { "GT", "Guatemala", "Guatemala", "central-america" },
                    { "GY", "Guyana", "Guyana", "south-america" },
                    { "HN", "Honduras", "Honduras", "central-america" },
                    { "HT", "Haiti", "Haití", "caribbean" },
                    { "JM", "Jamaica", "Jamaica", "caribbean" },
                    { "KN", "Saint Kitts and Nevis", "San Cristóbal y Nieves", "caribbean" },
                    { "KY", "Cayman Islands", "Islas Caimán", "caribbean" },
                    { "LC", "Saint Lucia", "Santa Lucía", "caribbean" },
                    { "MF", "Saint Martin (French part)", "San Martín (parte francesa)", "caribbean" },
                    { "MQ", "Martinique", "Martinica", "caribbean" },
                    { "MS", "Montserrat", "Montserrat", "caribbean" },
                    { "MX", "Mexico", "México", "central-america" },
                    { "NI", "Nicaragua", "Nicaragua", "central-america" },
                    { "PA", "Panama", "Panamá", "central-america" },
                    { "PE", "Peru", "Perú", "south-america" },
                    { "PM", "Saint Pierre and Miquelon", "San Pedro y Miquelón", "northern-america" },
                    { "PR", "Puerto Rico", "Puerto Rico", "caribbean" },
                    { "PY", "Paraguay", "Paraguay", "south-america" },
                    { "SR", "Suriname", "Surinam", "south-america" },
                    { "SV", "El Salvador", "El Salvador", "central-america" },
                    { "SX", "Sint Maarten (Dutch part)", "San Martín (parte neerlandesa)", "caribbean" },
                    { "SY", "Syria", "Siria", "western-asia" },
                    { "TC", "Turks and Caicos Islands", "Islas Turcas y Caicos", "caribbean" },
                    { "TT", "Trinidad and Tobago", "Trinidad y Tobago", "caribbean" },
                    { "US", "United States", "Estados Unidos", "northern-america" },
                    { "UY", "Uruguay", "Uruguay", "south-america" },
                    { "VC", "Saint Vincent and the Grenadines", "San Vicente y las Granadinas", "caribbean" },
                    { "VE", "Venezuela", "Venezuela", "south-america" },
                    { "VG", "British Virgin Islands", "Islas Vírgenes Británicas", "caribbean" },
                    { "VI", "United States Virgin Islands", "Islas Vírgenes de los Estados Unidos", "caribbean" }
                });

            migrationBuilder.InsertData(
                table: "corridors",
                columns: new[] { "destination_code", "origin_code" },
                values: new object[,]
                {
                    { "US", "CU" },
                    { "BZ", "GT" },
                    { "CA", "GT" },
                    { "MX", "GT" },
                    { "US", "GT" },
                    { "MX", "HN" },
                    { "US", "HN" },
                    { "CL", "HT" },
                    { "DO", "HT" },
                    { "CA", "MX" },
                    { "US", "MX" },
                    { "CR", "NI" },
                    { "MX", "SV" },
                    { "US", "SV" },
                    { "CA", "SY" },
                    { "US", "SY" },
                    { "CL", "VE" },
                    { "CO", "VE" },
                    { "EC", "VE" },
                    { "PE", "VE" }
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_events_occurred_at",
                table: "audit_events",
                column: "occurred_at");

            migrationBuilder.CreateIndex(
                name: "ix_audit_events_subject_type_subject_id",
                table: "audit_events",
                columns: new[] { "subject_type", "subject_id" });

            migrationBuilder.CreateIndex(
                name: "ix_corridors_destination_code",
                table: "corridors",
                column: "destination_code");

            migrationBuilder.CreateIndex(
                name: "ix_countries_sub_region_code",
                table: "countries",
                column: "sub_region_code");

            migrationBuilder.CreateIndex(
                name: "ix_organization_members_user_id",
                table: "organization_members",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_organizations_countries",
                table: "organizations",
                column: "countries")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_organizations_name_key",
                table: "organizations",
                column: "name_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_organizations_offers",
                table: "organizations",
                column: "offers")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_organizations_search_vector",
                table: "organizations",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_organizations_sector",
                table: "organizations",
                column: "sector");

            migrationBuilder.CreateIndex(
                name: "ix_organizations_seeks",
                table: "organizations",
                column: "seeks")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_organizations_status_created_at",
                table: "organizations",
                columns: new[] { "status", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_organizations_status_sector",
                table: "organizations",
                columns: new[] { "status", "sector" });

            migrationBuilder.CreateIndex(
                name: "ix_role_claims_role_id",
                table: "role_claims",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "roles",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_user_claims_user_id",
                table: "user_claims",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_user_logins_user_id",
                table: "user_logins",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_user_roles_role_id",
                table: "user_roles",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "users",
                column: "normalized_email");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "users",
                column: "normalized_user_name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_events");

            migrationBuilder.DropTable(
                name: "capabilities");

            migrationBuilder.DropTable(
                name: "corridors");

            migrationBuilder.DropTable(
                name: "country_groups");

            migrationBuilder.DropTable(
                name: "organization_members");

            migrationBuilder.DropTable(
                name: "role_claims");

            migrationBuilder.DropTable(
                name: "user_claims");

            migrationBuilder.DropTable(
                name: "user_logins");

            migrationBuilder.DropTable(
                name: "user_roles");

            migrationBuilder.DropTable(
                name: "user_tokens");

            migrationBuilder.DropTable(
                name: "working_languages");

            migrationBuilder.DropTable(
                name: "countries");

            migrationBuilder.DropTable(
                name: "organizations");

            migrationBuilder.DropTable(
                name: "roles");

            migrationBuilder.DropTable(
                name: "users");

            migrationBuilder.DropTable(
                name: "sub_regions");

            migrationBuilder.DropTable(
                name: "sectors");

            migrationBuilder.Sql(DropSearchFunctionsSql);
        }
    }
}
