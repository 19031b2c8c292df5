using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkwaysPortal.Data.Migrations
{
    /// <summary>
    /// Taxonomy names become one jsonb object per term, keyed by language (<c>{"en": …, "es": …, "fr": …, "pt": …}</c>),
    /// instead of a column per language: a language more is data, not a migration. Every row keeps its English and
    /// Spanish names as they are in the database (staff may have renamed a sector or a capability), and the seed terms
    /// then gain French and Portuguese names, added beside the others without replacing any. Every term must keep an
    /// English name, the one shown when the reader's language has none.
    /// </summary>
    public partial class TaxonomyNamesByLanguage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE sectors ADD COLUMN names jsonb;
                UPDATE sectors SET names = jsonb_build_object('en', name_en, 'es', name_es);
                ALTER TABLE sectors ALTER COLUMN names SET NOT NULL;
                ALTER TABLE sectors DROP COLUMN name_en, DROP COLUMN name_es;
                ALTER TABLE sectors ADD CONSTRAINT ck_sectors_names_en CHECK (coalesce(jsonb_typeof(names -> 'en'), '') = 'string');

                ALTER TABLE capabilities ADD COLUMN names jsonb;
                UPDATE capabilities SET names = jsonb_build_object('en', name_en, 'es', name_es);
                ALTER TABLE capabilities ALTER COLUMN names SET NOT NULL;
                ALTER TABLE capabilities DROP COLUMN name_en, DROP COLUMN name_es;
                ALTER TABLE capabilities ADD CONSTRAINT ck_capabilities_names_en CHECK (coalesce(jsonb_typeof(names -> 'en'), '') = 'string');

                ALTER TABLE sub_regions ADD COLUMN names jsonb;
                UPDATE sub_regions SET names = jsonb_build_object('en', name_en, 'es', name_es);
                ALTER TABLE sub_regions ALTER COLUMN names SET NOT NULL;
                ALTER TABLE sub_regions DROP COLUMN name_en, DROP COLUMN name_es;
                ALTER TABLE sub_regions ADD CONSTRAINT ck_sub_regions_names_en CHECK (coalesce(jsonb_typeof(names -> 'en'), '') = 'string');

                ALTER TABLE countries ADD COLUMN names jsonb;
                UPDATE countries SET names = jsonb_build_object('en', name_en, 'es', name_es);
                ALTER TABLE countries ALTER COLUMN names SET NOT NULL;
                ALTER TABLE countries DROP COLUMN name_en, DROP COLUMN name_es;
                ALTER TABLE countries ADD CONSTRAINT ck_countries_names_en CHECK (coalesce(jsonb_typeof(names -> 'en'), '') = 'string');

                ALTER TABLE country_groups ADD COLUMN names jsonb;
                UPDATE country_groups SET names = jsonb_build_object('en', name_en, 'es', name_es);
                ALTER TABLE country_groups ALTER COLUMN names SET NOT NULL;
                ALTER TABLE country_groups DROP COLUMN name_en, DROP COLUMN name_es;
                ALTER TABLE country_groups ADD CONSTRAINT ck_country_groups_names_en CHECK (coalesce(jsonb_typeof(names -> 'en'), '') = 'string');

                ALTER TABLE working_languages ADD COLUMN names jsonb;
                UPDATE working_languages SET names = jsonb_build_object('en', name_en, 'es', name_es);
                ALTER TABLE working_languages ALTER COLUMN names SET NOT NULL;
                ALTER TABLE working_languages DROP COLUMN name_en, DROP COLUMN name_es;
                ALTER TABLE working_languages ADD CONSTRAINT ck_working_languages_names_en CHECK (coalesce(jsonb_typeof(names -> 'en'), '') = 'string');

                ALTER TABLE gcm_objectives ADD COLUMN names jsonb;
                UPDATE gcm_objectives SET names = jsonb_build_object('en', name_en, 'es', name_es);
                ALTER TABLE gcm_objectives ALTER COLUMN names SET NOT NULL;
                ALTER TABLE gcm_objectives DROP COLUMN name_en, DROP COLUMN name_es;
                ALTER TABLE gcm_objectives ADD CONSTRAINT ck_gcm_objectives_names_en CHECK (coalesce(jsonb_typeof(names -> 'en'), '') = 'string');
                """);

            // French and Portuguese names of the seed taxonomy; a term staff added, or a name already there, is left as it is.
            migrationBuilder.Sql("""
                UPDATE sectors AS t SET names = jsonb_build_object('fr', v.fr, 'pt', v.pt) || t.names
                FROM (VALUES
                    ('civil-society', 'Société civile', 'Sociedade civil'),
                    ('migrant-organization', 'Organisation de personnes migrantes', 'Organização de pessoas migrantes'),
                    ('government', 'Gouvernement', 'Governo'),
                    ('international-organization', 'Organisation internationale', 'Organização internacional'),
                    ('private-sector', 'Secteur privé', 'Setor privado'),
                    ('employers-organization', 'Organisation d''employeurs', 'Organização de empregadores'),
                    ('trade-union', 'Syndicat', 'Sindicato'),
                    ('academia', 'Milieu universitaire', 'Academia'),
                    ('legal-professional', 'Profession juridique', 'Profissão jurídica'),
                    ('faith-based', 'Organisation confessionnelle', 'Organização baseada na fé'),
                    ('donor', 'Bailleur de fonds', 'Doador')
                ) AS v(code, fr, pt)
                WHERE t.code = v.code;

                UPDATE capabilities AS t SET names = jsonb_build_object('fr', v.fr, 'pt', v.pt) || t.names
                FROM (VALUES
                    ('job-placement', 'Insertion professionnelle', 'Inserção profissional'),
                    ('skills-assessment', 'Évaluation des compétences et reconnaissance des qualifications', 'Avaliação de competências e reconhecimento de qualificações'),
                    ('vocational-training', 'Formation technique et professionnelle', 'Formação técnica e profissional'),
                    ('language-training', 'Formation linguistique', 'Ensino de idiomas'),
                    ('legal-aid', 'Aide juridique et conseil en régularisation', 'Assistência jurídica e orientação para a regularização'),
                    ('visa-processing', 'Visas de travail et voies de migration de travail', 'Vistos de trabalho e vias de migração laboral'),
                    ('refugee-reception', 'Accueil et intégration des personnes réfugiées', 'Acolhimento e integração de pessoas refugiadas'),
                    ('reintegration', 'Réintégration des personnes migrantes de retour', 'Reintegração de pessoas migrantes retornadas'),
                    ('humanitarian-assistance', 'Aide humanitaire', 'Assistência humanitária'),
                    ('health-services', 'Services de santé', 'Serviços de saúde'),
                    ('data-collection', 'Collecte de données et suivi', 'Coleta de dados e monitoramento'),
                    ('research', 'Recherche et études de référence', 'Pesquisa e estudos de linha de base'),
                    ('policy-advocacy', 'Plaidoyer politique', 'Incidência política'),
                    ('capacity-building', 'Renforcement des capacités', 'Fortalecimento de capacidades'),
                    ('consular-protection', 'Protection consulaire', 'Proteção consular'),
                    ('entrepreneurship', 'Entrepreneuriat et moyens de subsistance', 'Empreendedorismo e meios de subsistência'),
                    ('employer-engagement', 'Mobilisation des employeurs et recrutement', 'Articulação com empregadores e recrutamento'),
                    ('worker-representation', 'Représentation des travailleurs et droits du travail', 'Representação de trabalhadores e direitos trabalhistas'),
                    ('funding', 'Financement', 'Financiamento'),
                    ('coordination-platform', 'Plateforme de coordination', 'Plataforma de coordenação')
                ) AS v(code, fr, pt)
                WHERE t.code = v.code;

                UPDATE sub_regions AS t SET names = jsonb_build_object('fr', v.fr, 'pt', v.pt) || t.names
                FROM (VALUES
                    ('northern-america', 'Amérique du Nord', 'América do Norte'),
                    ('central-america', 'Amérique centrale', 'América Central'),
                    ('caribbean', 'Caraïbes', 'Caribe'),
                    ('south-america', 'Amérique du Sud', 'América do Sul'),
                    ('western-asia', 'Asie occidentale', 'Ásia Ocidental')
                ) AS v(code, fr, pt)
                WHERE t.code = v.code;

                UPDATE countries AS t SET names = jsonb_build_object('fr', v.fr, 'pt', v.pt) || t.names
                FROM (VALUES
                    ('BM', 'Bermudes', 'Bermudas'),
                    ('CA', 'Canada', 'Canadá'),
                    ('GL', 'Groenland', 'Groenlândia'),
                    ('PM', 'Saint-Pierre-et-Miquelon', 'Saint-Pierre e Miquelon'),
                    ('US', 'États-Unis', 'Estados Unidos'),
                    ('BZ', 'Belize', 'Belize'),
                    ('CR', 'Costa Rica', 'Costa Rica'),
                    ('SV', 'El Salvador', 'El Salvador'),
                    ('GT', 'Guatemala', 'Guatemala'),
                    ('HN', 'Honduras', 'Honduras'),
                    ('MX', 'Mexique', 'México'),
                    ('NI', 'Nicaragua', 'Nicarágua'),
                    ('PA', 'Panama', 'Panamá'),
                    ('AG', 'Antigua-et-Barbuda', 'Antígua e Barbuda'),
                    ('AI', 'Anguilla', 'Anguila'),
                    ('AW', 'Aruba', 'Aruba'),
                    ('BS', 'Bahamas', 'Bahamas'),
                    ('BB', 'Barbade', 'Barbados'),
                    ('BQ', 'Bonaire, Saint-Eustache et Saba', 'Bonaire, Santo Eustáquio e Saba'),
                    ('BL', 'Saint-Barthélemy', 'São Bartolomeu'),
                    ('CU', 'Cuba', 'Cuba'),
                    ('CW', 'Curaçao', 'Curaçao'),
                    ('DM', 'Dominique', 'Dominica'),
                    ('DO', 'République dominicaine', 'República Dominicana'),
                    ('GD', 'Grenade', 'Granada'),
                    ('GP', 'Guadeloupe', 'Guadalupe'),
                    ('HT', 'Haïti', 'Haiti'),
                    ('JM', 'Jamaïque', 'Jamaica'),
                    ('KN', 'Saint-Christophe-et-Niévès', 'São Cristóvão e Névis'),
                    ('KY', 'Îles Caïmans', 'Ilhas Cayman'),
                    ('LC', 'Sainte-Lucie', 'Santa Lúcia'),
                    ('MF', 'Saint-Martin (partie française)', 'São Martinho (parte francesa)'),
                    ('MQ', 'Martinique', 'Martinica'),
                    ('MS', 'Montserrat', 'Montserrat'),
                    ('PR', 'Porto Rico', 'Porto Rico'),
                    ('SX', 'Saint-Martin (partie néerlandaise)', 'São Martinho (parte holandesa)'),
                    ('TC', 'Îles Turques-et-Caïques', 'Ilhas Turcas e Caicos'),
                    ('TT', 'Trinité-et-Tobago', 'Trinidad e Tobago'),
                    ('VC', 'Saint-Vincent-et-les-Grenadines', 'São Vicente e Granadinas'),
                    ('VG', 'Îles Vierges britanniques', 'Ilhas Virgens Britânicas'),
                    ('VI', 'Îles Vierges des États-Unis', 'Ilhas Virgens Americanas'),
                    ('AR', 'Argentine', 'Argentina'),
                    ('BO', 'Bolivie', 'Bolívia'),
                    ('BR', 'Brésil', 'Brasil'),
                    ('CL', 'Chili', 'Chile'),
                    ('CO', 'Colombie', 'Colômbia'),
                    ('EC', 'Équateur', 'Equador'),
                    ('FK', 'Îles Malouines (Falkland)', 'Ilhas Malvinas (Falkland)'),
                    ('GF', 'Guyane française', 'Guiana Francesa'),
                    ('GY', 'Guyana', 'Guiana'),
                    ('PE', 'Pérou', 'Peru'),
                    ('PY', 'Paraguay', 'Paraguai'),
                    ('SR', 'Suriname', 'Suriname'),
                    ('UY', 'Uruguay', 'Uruguai'),
                    ('VE', 'Venezuela', 'Venezuela'),
                    ('SY', 'Syrie', 'Síria')
                ) AS v(code, fr, pt)
                WHERE t.code = v.code;

                UPDATE working_languages AS t SET names = jsonb_build_object('fr', v.fr, 'pt', v.pt) || t.names
                FROM (VALUES
                    ('es', 'Espagnol', 'Espanhol'),
                    ('en', 'Anglais', 'Inglês'),
                    ('fr', 'Français', 'Francês'),
                    ('pt', 'Portugais', 'Português'),
                    ('ht', 'Créole haïtien', 'Crioulo haitiano'),
                    ('nl', 'Néerlandais', 'Neerlandês')
                ) AS v(code, fr, pt)
                WHERE t.code = v.code;

                UPDATE gcm_objectives AS t SET names = jsonb_build_object('fr', v.fr, 'pt', v.pt) || t.names
                FROM (VALUES
                    (1, 'Collecter et utiliser des données précises et ventilées qui serviront à l''élaboration de politiques fondées sur la connaissance des faits', 'Coletar e utilizar dados precisos e desagregados como base para políticas baseadas em evidências'),
                    (2, 'Lutter contre les facteurs négatifs et les problèmes structurels qui poussent des personnes à quitter leur pays d''origine', 'Minimizar os fatores adversos e estruturais que obrigam as pessoas a deixar seu país de origem'),
                    (3, 'Fournir dans les meilleurs délais des informations exactes à toutes les étapes de la migration', 'Fornecer informações precisas e oportunas em todas as etapas da migração'),
                    (4, 'Munir tous les migrants d''une preuve d''identité légale et de papiers adéquats', 'Garantir que todos os migrantes tenham prova de identidade legal e documentação adequada'),
                    (5, 'Faire en sorte que les filières de migration régulière soient accessibles et plus souples', 'Aumentar a disponibilidade e a flexibilidade das vias de migração regular'),
                    (6, 'Favoriser des pratiques de recrutement justes et éthiques et assurer les conditions d''un travail décent', 'Facilitar o recrutamento justo e ético e salvaguardar as condições que garantem o trabalho decente'),
                    (7, 'S''attaquer aux facteurs de vulnérabilité liés aux migrations et les réduire', 'Abordar e reduzir as vulnerabilidades na migração'),
                    (8, 'Sauver des vies et mettre en place une action internationale coordonnée pour retrouver les migrants disparus', 'Salvar vidas e estabelecer esforços internacionais coordenados sobre migrantes desaparecidos'),
                    (9, 'Renforcer l''action transnationale face au trafic de migrants', 'Fortalecer a resposta transnacional ao contrabando de migrantes'),
                    (10, 'Prévenir, combattre et éliminer la traite de personnes dans le cadre des migrations internationales', 'Prevenir, combater e erradicar o tráfico de pessoas no contexto da migração internacional'),
                    (11, 'Gérer les frontières de manière intégrée, sûre et coordonnée', 'Gerenciar as fronteiras de maneira integrada, segura e coordenada'),
                    (12, 'Veiller à l''invariabilité et à la prévisibilité des procédures migratoires pour assurer des contrôles, des évaluations et une orientation appropriés', 'Aumentar a certeza e a previsibilidade dos procedimentos migratórios para a adequada triagem, avaliação e encaminhamento'),
                    (13, 'Ne recourir au placement en rétention administrative des migrants qu''en dernier ressort et chercher des solutions de rechange', 'Utilizar a detenção de migrantes apenas como medida de último recurso e buscar alternativas'),
                    (14, 'Renforcer la protection, l''assistance et la coopération consulaires tout au long du cycle migratoire', 'Fortalecer a proteção, a assistência e a cooperação consulares ao longo de todo o ciclo migratório'),
                    (15, 'Assurer l''accès des migrants aux services de base', 'Proporcionar aos migrantes acesso aos serviços básicos'),
                    (16, 'Donner aux migrants et aux sociétés les moyens de réaliser la pleine intégration et la cohésion sociale', 'Empoderar os migrantes e as sociedades para alcançar a plena inclusão e a coesão social'),
                    (17, 'Éliminer toutes les formes de discrimination et encourager un débat public fondé sur l''analyse des faits afin de faire évoluer la manière dont les migrations sont perçues', 'Eliminar todas as formas de discriminação e promover um discurso público baseado em evidências para moldar as percepções sobre a migração'),
                    (18, 'Investir dans le perfectionnement des compétences et faciliter la reconnaissance mutuelle des aptitudes, qualifications et compétences', 'Investir no desenvolvimento de habilidades e facilitar o reconhecimento mútuo de habilidades, qualificações e competências'),
                    (19, 'Créer les conditions nécessaires pour que les migrants et les diasporas puissent contribuer pleinement au développement durable dans tous les pays', 'Criar condições para que os migrantes e as diásporas contribuam plenamente para o desenvolvimento sustentável em todos os países'),
                    (20, 'Promouvoir des transferts de fonds plus rapides, plus sûrs et moins coûteux et favoriser l''inclusion financière des migrants', 'Promover transferências de remessas mais rápidas, seguras e baratas e fomentar a inclusão financeira dos migrantes'),
                    (21, 'Coopérer en vue de faciliter dans la sécurité et la dignité le retour et la réadmission, ainsi que la réintégration durable', 'Cooperar para facilitar o retorno e a readmissão em condições de segurança e dignidade, bem como a reintegração sustentável'),
                    (22, 'Mettre en place des mécanismes de portabilité des droits de sécurité sociale et des avantages acquis', 'Estabelecer mecanismos para a portabilidade dos direitos de seguridade social e dos benefícios adquiridos'),
                    (23, 'Renforcer la coopération internationale et les partenariats mondiaux pour des migrations sûres, ordonnées et régulières', 'Fortalecer a cooperação internacional e as parcerias globais para uma migração segura, ordenada e regular')
                ) AS v(number, fr, pt)
                WHERE t.number = v.number;

                UPDATE country_groups SET names = jsonb_build_object(
                        'fr', 'Triangle du Nord de l''Amérique centrale',
                        'pt', 'Triângulo Norte da América Central') || names
                WHERE code = 'northern-triangle';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Back to two columns: the English and Spanish names stay (a term without Spanish shows its English name
            // there); the names in any other language are dropped with the jsonb column.
            migrationBuilder.Sql("""
                ALTER TABLE sectors DROP CONSTRAINT ck_sectors_names_en;
                ALTER TABLE sectors ADD COLUMN name_en character varying(200), ADD COLUMN name_es character varying(200);
                UPDATE sectors SET name_en = left(names ->> 'en', 200), name_es = left(coalesce(names ->> 'es', names ->> 'en'), 200);
                ALTER TABLE sectors ALTER COLUMN name_en SET NOT NULL, ALTER COLUMN name_es SET NOT NULL;
                ALTER TABLE sectors DROP COLUMN names;

                ALTER TABLE capabilities DROP CONSTRAINT ck_capabilities_names_en;
                ALTER TABLE capabilities ADD COLUMN name_en character varying(200), ADD COLUMN name_es character varying(200);
                UPDATE capabilities SET name_en = left(names ->> 'en', 200), name_es = left(coalesce(names ->> 'es', names ->> 'en'), 200);
                ALTER TABLE capabilities ALTER COLUMN name_en SET NOT NULL, ALTER COLUMN name_es SET NOT NULL;
                ALTER TABLE capabilities DROP COLUMN names;

                ALTER TABLE sub_regions DROP CONSTRAINT ck_sub_regions_names_en;
                ALTER TABLE sub_regions ADD COLUMN name_en character varying(200), ADD COLUMN name_es character varying(200);
                UPDATE sub_regions SET name_en = left(names ->> 'en', 200), name_es = left(coalesce(names ->> 'es', names ->> 'en'), 200);
                ALTER TABLE sub_regions ALTER COLUMN name_en SET NOT NULL, ALTER COLUMN name_es SET NOT NULL;
                ALTER TABLE sub_regions DROP COLUMN names;

                ALTER TABLE countries DROP CONSTRAINT ck_countries_names_en;
                ALTER TABLE countries ADD COLUMN name_en character varying(200), ADD COLUMN name_es character varying(200);
                UPDATE countries SET name_en = left(names ->> 'en', 200), name_es = left(coalesce(names ->> 'es', names ->> 'en'), 200);
                ALTER TABLE countries ALTER COLUMN name_en SET NOT NULL, ALTER COLUMN name_es SET NOT NULL;
                ALTER TABLE countries DROP COLUMN names;

                ALTER TABLE country_groups DROP CONSTRAINT ck_country_groups_names_en;
                ALTER TABLE country_groups ADD COLUMN name_en character varying(200), ADD COLUMN name_es character varying(200);
                UPDATE country_groups SET name_en = left(names ->> 'en', 200), name_es = left(coalesce(names ->> 'es', names ->> 'en'), 200);
                ALTER TABLE country_groups ALTER COLUMN name_en SET NOT NULL, ALTER COLUMN name_es SET NOT NULL;
                ALTER TABLE country_groups DROP COLUMN names;

                ALTER TABLE working_languages DROP CONSTRAINT ck_working_languages_names_en;
                ALTER TABLE working_languages ADD COLUMN name_en character varying(200), ADD COLUMN name_es character varying(200);
                UPDATE working_languages SET name_en = left(names ->> 'en', 200), name_es = left(coalesce(names ->> 'es', names ->> 'en'), 200);
                ALTER TABLE working_languages ALTER COLUMN name_en SET NOT NULL, ALTER COLUMN name_es SET NOT NULL;
                ALTER TABLE working_languages DROP COLUMN names;

                ALTER TABLE gcm_objectives DROP CONSTRAINT ck_gcm_objectives_names_en;
                ALTER TABLE gcm_objectives ADD COLUMN name_en character varying(300), ADD COLUMN name_es character varying(300);
                UPDATE gcm_objectives SET name_en = left(names ->> 'en', 300), name_es = left(coalesce(names ->> 'es', names ->> 'en'), 300);
                ALTER TABLE gcm_objectives ALTER COLUMN name_en SET NOT NULL, ALTER COLUMN name_es SET NOT NULL;
                ALTER TABLE gcm_objectives DROP COLUMN names;
                """);
        }
    }
}
