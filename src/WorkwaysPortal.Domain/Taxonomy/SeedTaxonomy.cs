using WorkwaysPortal.Domain.Taxonomy.Places;

namespace WorkwaysPortal.Domain.Taxonomy;

/// <summary>
/// The initial taxonomy of the specification. Migrations load it as seed data; staff may extend it
/// afterwards, so code must read the taxonomy from the database, not from here.
/// </summary>
public static class SeedTaxonomy
{
    public static IReadOnlyList<Sector> Sectors { get; } = Ordered<Sector>(
    [
        ("civil-society", "Civil society", "Sociedad civil", "Société civile", "Sociedade civil"),
        ("migrant-organization", "Migrant organization", "Organización de personas migrantes", "Organisation de personnes migrantes", "Organização de pessoas migrantes"),
        ("government", "Government", "Gobierno", "Gouvernement", "Governo"),
        ("international-organization", "International organization", "Organismo internacional", "Organisation internationale", "Organização internacional"),
        ("private-sector", "Private sector", "Sector privado", "Secteur privé", "Setor privado"),
        ("employers-organization", "Employers' organization", "Organización de empleadores", "Organisation d'employeurs", "Organização de empregadores"),
        ("trade-union", "Trade union", "Sindicato", "Syndicat", "Sindicato"),
        ("academia", "Academia", "Academia", "Milieu universitaire", "Academia"),
        ("legal-professional", "Legal profession", "Profesión jurídica", "Profession juridique", "Profissão jurídica"),
        ("faith-based", "Faith-based organization", "Organización basada en la fe", "Organisation confessionnelle", "Organização baseada na fé"),
        ("donor", "Donor", "Donante", "Bailleur de fonds", "Doador"),
    ], (t, i) => t.SortOrder = i);

    public static IReadOnlyList<Capability> Capabilities { get; } = Ordered<Capability>(
    [
        ("job-placement", "Job placement", "Inserción laboral", "Insertion professionnelle", "Inserção profissional"),
        ("skills-assessment", "Skills assessment and recognition of qualifications", "Evaluación de competencias y reconocimiento de títulos", "Évaluation des compétences et reconnaissance des qualifications", "Avaliação de competências e reconhecimento de qualificações"),
        ("vocational-training", "Vocational (technical and labour) training", "Formación técnica y laboral", "Formation technique et professionnelle", "Formação técnica e profissional"),
        ("language-training", "Language training", "Enseñanza de idiomas", "Formation linguistique", "Ensino de idiomas"),
        ("legal-aid", "Legal aid and regularization advice", "Asistencia jurídica y asesoría para la regularización", "Aide juridique et conseil en régularisation", "Assistência jurídica e orientação para a regularização"),
        ("visa-processing", "Work visas and labour-migration pathways", "Visas de trabajo y vías de migración laboral", "Visas de travail et voies de migration de travail", "Vistos de trabalho e vias de migração laboral"),
        ("refugee-reception", "Refugee reception and integration", "Acogida e integración de personas refugiadas", "Accueil et intégration des personnes réfugiées", "Acolhimento e integração de pessoas refugiadas"),
        ("reintegration", "Reintegration of returned migrants", "Reintegración de personas migrantes retornadas", "Réintégration des personnes migrantes de retour", "Reintegração de pessoas migrantes retornadas"),
        ("humanitarian-assistance", "Humanitarian assistance", "Asistencia humanitaria", "Aide humanitaire", "Assistência humanitária"),
        ("health-services", "Health services", "Servicios de salud", "Services de santé", "Serviços de saúde"),
        ("data-collection", "Data collection and monitoring", "Recolección de datos y monitoreo", "Collecte de données et suivi", "Coleta de dados e monitoramento"),
        ("research", "Research and baseline studies", "Investigación y estudios de línea de base", "Recherche et études de référence", "Pesquisa e estudos de linha de base"),
        ("policy-advocacy", "Policy advocacy", "Incidencia política", "Plaidoyer politique", "Incidência política"),
        ("capacity-building", "Capacity building", "Fortalecimiento de capacidades", "Renforcement des capacités", "Fortalecimento de capacidades"),
        ("consular-protection", "Consular protection", "Protección consular", "Protection consulaire", "Proteção consular"),
        ("entrepreneurship", "Entrepreneurship and livelihoods", "Emprendimiento y medios de vida", "Entrepreneuriat et moyens de subsistance", "Empreendedorismo e meios de subsistência"),
        ("employer-engagement", "Employer engagement and recruitment", "Vinculación con empleadores y reclutamiento", "Mobilisation des employeurs et recrutement", "Articulação com empregadores e recrutamento"),
        ("worker-representation", "Worker representation and labour rights", "Representación de trabajadores y derechos laborales", "Représentation des travailleurs et droits du travail", "Representação de trabalhadores e direitos trabalhistas"),
        ("funding", "Funding", "Financiamiento", "Financement", "Financiamento"),
        ("coordination-platform", "Coordination platform", "Plataforma de coordinación", "Plateforme de coordination", "Plataforma de coordenação"),
    ], (t, i) => t.SortOrder = i);

    /// <summary>The UN M49 regions, the Americas first (<see cref="PlaceList"/>).</summary>
    public static IReadOnlyList<Region> Regions => PlaceList.Regions;

    /// <summary>The UN M49 sub-regions, the Americas' first (<see cref="PlaceList"/>).</summary>
    public static IReadOnlyList<SubRegion> SubRegions => PlaceList.SubRegions;

    /// <summary>Every ISO 3166-1 country, each in its sub-region (<see cref="PlaceList"/>).</summary>
    public static IReadOnlyList<Country> Countries => PlaceList.Countries;

    public static IReadOnlyList<CountryGroup> CountryGroups { get; } =
    [
        new()
        {
            Code = "northern-triangle",
            Names = LocalizedNames.Of("Northern Triangle of Central America", "Triángulo Norte de Centroamérica", "Triangle du Nord de l'Amérique centrale", "Triângulo Norte da América Central"),
            CountryCodes = ["GT", "HN", "SV"],
        },
    ];

    public static IReadOnlyList<Corridor> Corridors { get; } =
    [
        .. new[]
        {
            ("GT", "US"), ("HN", "US"), ("SV", "US"), ("GT", "MX"), ("HN", "MX"), ("SV", "MX"), ("MX", "US"),
            ("MX", "CA"), ("GT", "CA"), ("GT", "BZ"), ("NI", "CR"), ("VE", "CO"), ("VE", "PE"), ("VE", "EC"),
            ("VE", "CL"), ("SY", "CA"), ("SY", "US"), ("HT", "DO"), ("HT", "CL"), ("CU", "US"),
        }.Select(p => new Corridor { OriginCode = p.Item1, DestinationCode = p.Item2 }),
    ];

    /// <summary>
    /// The short titles of the GCM objectives (A/RES/73/195): the official ones in English, Spanish and French;
    /// the Portuguese ones are the portal's (the United Nations publish no Portuguese text), written as in Brazil.
    /// </summary>
    public static IReadOnlyList<GcmObjective> GcmObjectives { get; } =
    [
        .. new (string En, string Es, string Fr, string Pt)[]
        {
            ("Collect and utilize accurate and disaggregated data as a basis for evidence-based policies",
                "Recopilar y utilizar datos exactos y desglosados para formular políticas con base empírica",
                "Collecter et utiliser des données précises et ventilées qui serviront à l'élaboration de politiques fondées sur la connaissance des faits",
                "Coletar e utilizar dados precisos e desagregados como base para políticas baseadas em evidências"),
            ("Minimize the adverse drivers and structural factors that compel people to leave their country of origin",
                "Minimizar los factores adversos y estructurales que obligan a las personas a abandonar su país de origen",
                "Lutter contre les facteurs négatifs et les problèmes structurels qui poussent des personnes à quitter leur pays d'origine",
                "Minimizar os fatores adversos e estruturais que obrigam as pessoas a deixar seu país de origem"),
            ("Provide accurate and timely information at all stages of migration",
                "Proporcionar información exacta y oportuna en todas las etapas de la migración",
                "Fournir dans les meilleurs délais des informations exactes à toutes les étapes de la migration",
                "Fornecer informações precisas e oportunas em todas as etapas da migração"),
            ("Ensure that all migrants have proof of legal identity and adequate documentation",
                "Velar por que todos los migrantes tengan pruebas de su identidad jurídica y documentación adecuada",
                "Munir tous les migrants d'une preuve d'identité légale et de papiers adéquats",
                "Garantir que todos os migrantes tenham prova de identidade legal e documentação adequada"),
            ("Enhance availability and flexibility of pathways for regular migration",
                "Aumentar la disponibilidad y flexibilidad de las vías de migración regular",
                "Faire en sorte que les filières de migration régulière soient accessibles et plus souples",
                "Aumentar a disponibilidade e a flexibilidade das vias de migração regular"),
            ("Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work",
                "Facilitar la contratación equitativa y ética y salvaguardar las condiciones que garantizan el trabajo decente",
                "Favoriser des pratiques de recrutement justes et éthiques et assurer les conditions d'un travail décent",
                "Facilitar o recrutamento justo e ético e salvaguardar as condições que garantem o trabalho decente"),
            ("Address and reduce vulnerabilities in migration",
                "Abordar y reducir las vulnerabilidades en la migración",
                "S'attaquer aux facteurs de vulnérabilité liés aux migrations et les réduire",
                "Abordar e reduzir as vulnerabilidades na migração"),
            ("Save lives and establish coordinated international efforts on missing migrants",
                "Salvar vidas y emprender iniciativas internacionales coordinadas sobre los migrantes desaparecidos",
                "Sauver des vies et mettre en place une action internationale coordonnée pour retrouver les migrants disparus",
                "Salvar vidas e estabelecer esforços internacionais coordenados sobre migrantes desaparecidos"),
            ("Strengthen the transnational response to smuggling of migrants",
                "Reforzar la respuesta transnacional al tráfico ilícito de migrantes",
                "Renforcer l'action transnationale face au trafic de migrants",
                "Fortalecer a resposta transnacional ao contrabando de migrantes"),
            ("Prevent, combat and eradicate trafficking in persons in the context of international migration",
                "Prevenir, combatir y erradicar la trata de personas en el contexto de la migración internacional",
                "Prévenir, combattre et éliminer la traite de personnes dans le cadre des migrations internationales",
                "Prevenir, combater e erradicar o tráfico de pessoas no contexto da migração internacional"),
            ("Manage borders in an integrated, secure and coordinated manner",
                "Gestionar las fronteras de manera integrada, segura y coordinada",
                "Gérer les frontières de manière intégrée, sûre et coordonnée",
                "Gerenciar as fronteiras de maneira integrada, segura e coordenada"),
            ("Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral",
                "Aumentar la certidumbre y previsibilidad de los procedimientos migratorios para la adecuada verificación de antecedentes, evaluación y derivación",
                "Veiller à l'invariabilité et à la prévisibilité des procédures migratoires pour assurer des contrôles, des évaluations et une orientation appropriés",
                "Aumentar a certeza e a previsibilidade dos procedimentos migratórios para a adequada triagem, avaliação e encaminhamento"),
            ("Use migration detention only as a measure of last resort and work towards alternatives",
                "Utilizar la detención de migrantes solo como último recurso y buscar otras alternativas",
                "Ne recourir au placement en rétention administrative des migrants qu'en dernier ressort et chercher des solutions de rechange",
                "Utilizar a detenção de migrantes apenas como medida de último recurso e buscar alternativas"),
            ("Enhance consular protection, assistance and cooperation throughout the migration cycle",
                "Mejorar la protección, asistencia y cooperación consulares a lo largo de todo el ciclo migratorio",
                "Renforcer la protection, l'assistance et la coopération consulaires tout au long du cycle migratoire",
                "Fortalecer a proteção, a assistência e a cooperação consulares ao longo de todo o ciclo migratório"),
            ("Provide access to basic services for migrants",
                "Proporcionar a los migrantes acceso a los servicios básicos",
                "Assurer l'accès des migrants aux services de base",
                "Proporcionar aos migrantes acesso aos serviços básicos"),
            ("Empower migrants and societies to realize full inclusion and social cohesion",
                "Empoderar a los migrantes y las sociedades para lograr la plena inclusión y la cohesión social",
                "Donner aux migrants et aux sociétés les moyens de réaliser la pleine intégration et la cohésion sociale",
                "Empoderar os migrantes e as sociedades para alcançar a plena inclusão e a coesão social"),
            ("Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration",
                "Eliminar todas las formas de discriminación y promover un discurso público con base empírica para modificar las percepciones de la migración",
                "Éliminer toutes les formes de discrimination et encourager un débat public fondé sur l'analyse des faits afin de faire évoluer la manière dont les migrations sont perçues",
                "Eliminar todas as formas de discriminação e promover um discurso público baseado em evidências para moldar as percepções sobre a migração"),
            ("Invest in skills development and facilitate mutual recognition of skills, qualifications and competences",
                "Invertir en el desarrollo de aptitudes y facilitar el reconocimiento mutuo de aptitudes, cualificaciones y competencias",
                "Investir dans le perfectionnement des compétences et faciliter la reconnaissance mutuelle des aptitudes, qualifications et compétences",
                "Investir no desenvolvimento de habilidades e facilitar o reconhecimento mútuo de habilidades, qualificações e competências"),
            ("Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries",
                "Crear las condiciones necesarias para que los migrantes y las diásporas puedan contribuir plenamente al desarrollo sostenible en todos los países",
                "Créer les conditions nécessaires pour que les migrants et les diasporas puissent contribuer pleinement au développement durable dans tous les pays",
                "Criar condições para que os migrantes e as diásporas contribuam plenamente para o desenvolvimento sustentável em todos os países"),
            ("Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants",
                "Promover transferencias de remesas más rápidas, seguras y económicas y fomentar la inclusión financiera de los migrantes",
                "Promouvoir des transferts de fonds plus rapides, plus sûrs et moins coûteux et favoriser l'inclusion financière des migrants",
                "Promover transferências de remessas mais rápidas, seguras e baratas e fomentar a inclusão financeira dos migrantes"),
            ("Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration",
                "Colaborar para facilitar el regreso y la readmisión en condiciones de seguridad y dignidad, así como la reintegración sostenible",
                "Coopérer en vue de faciliter dans la sécurité et la dignité le retour et la réadmission, ainsi que la réintégration durable",
                "Cooperar para facilitar o retorno e a readmissão em condições de segurança e dignidade, bem como a reintegração sustentável"),
            ("Establish mechanisms for the portability of social security entitlements and earned benefits",
                "Establecer mecanismos para la portabilidad de la seguridad social y las prestaciones adquiridas",
                "Mettre en place des mécanismes de portabilité des droits de sécurité sociale et des avantages acquis",
                "Estabelecer mecanismos para a portabilidade dos direitos de seguridade social e dos benefícios adquiridos"),
            ("Strengthen international cooperation and global partnerships for safe, orderly and regular migration",
                "Fortalecer la cooperación internacional y las alianzas mundiales para la migración segura, ordenada y regular",
                "Renforcer la coopération internationale et les partenariats mondiaux pour des migrations sûres, ordonnées et régulières",
                "Fortalecer a cooperação internacional e as parcerias globais para uma migração segura, ordenada e regular"),
        }.Select((o, i) => new GcmObjective { Number = i + 1, Names = LocalizedNames.Of(o.En, o.Es, o.Fr, o.Pt) }),
    ];

    public static IReadOnlyList<WorkingLanguage> Languages { get; } = Ordered<WorkingLanguage>(
    [
        ("es", "Spanish", "Español", "Espagnol", "Espanhol"),
        ("en", "English", "Inglés", "Anglais", "Inglês"),
        ("fr", "French", "Francés", "Français", "Francês"),
        ("pt", "Portuguese", "Portugués", "Portugais", "Português"),
        ("ht", "Haitian Creole", "Criollo haitiano", "Créole haïtien", "Crioulo haitiano"),
        ("nl", "Dutch", "Neerlandés", "Néerlandais", "Neerlandês"),
    ], (t, i) => t.SortOrder = i);

    private static List<T> Ordered<T>((string Code, string En, string Es, string Fr, string Pt)[] rows, Action<T, int> setOrder)
        where T : TaxonomyTerm, new()
    {
        var terms = new List<T>(rows.Length);
        for (var i = 0; i < rows.Length; i++)
        {
            var (code, en, es, fr, pt) = rows[i];
            var term = new T { Code = code, Names = LocalizedNames.Of(en, es, fr, pt) };
            setOrder(term, i + 1);
            terms.Add(term);
        }

        return terms;
    }
}
