namespace WorkwaysPortal.Domain.Taxonomy;

/// <summary>
/// The initial taxonomy of the specification. Migrations load it as seed data; staff may extend it
/// afterwards, so code must read the taxonomy from the database, not from here.
/// </summary>
public static class SeedTaxonomy
{
    public static IReadOnlyList<Sector> Sectors { get; } = Ordered<Sector>(
    [
        ("civil-society", "Civil society", "Sociedad civil"),
        ("migrant-organization", "Migrant organization", "Organización de personas migrantes"),
        ("government", "Government", "Gobierno"),
        ("international-organization", "International organization", "Organismo internacional"),
        ("private-sector", "Private sector", "Sector privado"),
        ("employers-organization", "Employers' organization", "Organización de empleadores"),
        ("trade-union", "Trade union", "Sindicato"),
        ("academia", "Academia", "Academia"),
        ("legal-professional", "Legal profession", "Profesión jurídica"),
        ("faith-based", "Faith-based organization", "Organización basada en la fe"),
        ("donor", "Donor", "Donante"),
    ], (t, i) => t.SortOrder = i);

    public static IReadOnlyList<Capability> Capabilities { get; } = Ordered<Capability>(
    [
        ("job-placement", "Job placement", "Inserción laboral"),
        ("skills-assessment", "Skills assessment and recognition of qualifications", "Evaluación de competencias y reconocimiento de títulos"),
        ("vocational-training", "Vocational (technical and labour) training", "Formación técnica y laboral"),
        ("language-training", "Language training", "Enseñanza de idiomas"),
        ("legal-aid", "Legal aid and regularization advice", "Asistencia jurídica y asesoría para la regularización"),
        ("visa-processing", "Work visas and labour-migration pathways", "Visas de trabajo y vías de migración laboral"),
        ("refugee-reception", "Refugee reception and integration", "Acogida e integración de personas refugiadas"),
        ("reintegration", "Reintegration of returned migrants", "Reintegración de personas migrantes retornadas"),
        ("humanitarian-assistance", "Humanitarian assistance", "Asistencia humanitaria"),
        ("health-services", "Health services", "Servicios de salud"),
        ("data-collection", "Data collection and monitoring", "Recolección de datos y monitoreo"),
        ("research", "Research and baseline studies", "Investigación y estudios de línea de base"),
        ("policy-advocacy", "Policy advocacy", "Incidencia política"),
        ("capacity-building", "Capacity building", "Fortalecimiento de capacidades"),
        ("consular-protection", "Consular protection", "Protección consular"),
        ("entrepreneurship", "Entrepreneurship and livelihoods", "Emprendimiento y medios de vida"),
        ("employer-engagement", "Employer engagement and recruitment", "Vinculación con empleadores y reclutamiento"),
        ("worker-representation", "Worker representation and labour rights", "Representación de trabajadores y derechos laborales"),
        ("funding", "Funding", "Financiamiento"),
        ("coordination-platform", "Coordination platform", "Plataforma de coordinación"),
    ], (t, i) => t.SortOrder = i);

    public static IReadOnlyList<SubRegion> SubRegions { get; } = Ordered<SubRegion>(
    [
        ("northern-america", "Northern America", "América del Norte"),
        ("central-america", "Central America", "Centroamérica"),
        ("caribbean", "Caribbean", "Caribe"),
        ("south-america", "South America", "América del Sur"),
        ("western-asia", "Western Asia", "Asia Occidental"),
    ], (t, i) => t.SortOrder = i);

    public static IReadOnlyList<Country> Countries { get; } =
    [
        .. In("northern-america",
            ("BM", "Bermuda", "Bermudas"), ("CA", "Canada", "Canadá"), ("GL", "Greenland", "Groenlandia"),
            ("PM", "Saint Pierre and Miquelon", "San Pedro y Miquelón"), ("US", "United States", "Estados Unidos")),
        .. In("central-america",
            ("BZ", "Belize", "Belice"), ("CR", "Costa Rica", "Costa Rica"), ("SV", "El Salvador", "El Salvador"),
            ("GT", "Guatemala", "Guatemala"), ("HN", "Honduras", "Honduras"), ("MX", "Mexico", "México"),
            ("NI", "Nicaragua", "Nicaragua"), ("PA", "Panama", "Panamá")),
        .. In("caribbean",
            ("AG", "Antigua and Barbuda", "Antigua y Barbuda"), ("AI", "Anguilla", "Anguila"), ("AW", "Aruba", "Aruba"),
            ("BS", "Bahamas", "Bahamas"), ("BB", "Barbados", "Barbados"),
            ("BQ", "Bonaire, Sint Eustatius and Saba", "Bonaire, San Eustaquio y Saba"),
            ("BL", "Saint Barthélemy", "San Bartolomé"), ("CU", "Cuba", "Cuba"), ("CW", "Curaçao", "Curazao"),
            ("DM", "Dominica", "Dominica"), ("DO", "Dominican Republic", "República Dominicana"),
            ("GD", "Grenada", "Granada"), ("GP", "Guadeloupe", "Guadalupe"), ("HT", "Haiti", "Haití"),
            ("JM", "Jamaica", "Jamaica"), ("KN", "Saint Kitts and Nevis", "San Cristóbal y Nieves"),
            ("KY", "Cayman Islands", "Islas Caimán"), ("LC", "Saint Lucia", "Santa Lucía"),
            ("MF", "Saint Martin (French part)", "San Martín (parte francesa)"), ("MQ", "Martinique", "Martinica"),
            ("MS", "Montserrat", "Montserrat"), ("PR", "Puerto Rico", "Puerto Rico"),
            ("SX", "Sint Maarten (Dutch part)", "San Martín (parte neerlandesa)"),
            ("TC", "Turks and Caicos Islands", "Islas Turcas y Caicos"), ("TT", "Trinidad and Tobago", "Trinidad y Tobago"),
            ("VC", "Saint Vincent and the Grenadines", "San Vicente y las Granadinas"),
            ("VG", "British Virgin Islands", "Islas Vírgenes Británicas"),
            ("VI", "United States Virgin Islands", "Islas Vírgenes de los Estados Unidos")),
        .. In("south-america",
            ("AR", "Argentina", "Argentina"), ("BO", "Bolivia", "Bolivia"), ("BR", "Brazil", "Brasil"),
            ("CL", "Chile", "Chile"), ("CO", "Colombia", "Colombia"), ("EC", "Ecuador", "Ecuador"),
            ("FK", "Falkland Islands (Malvinas)", "Islas Malvinas (Falkland)"), ("GF", "French Guiana", "Guayana Francesa"),
            ("GY", "Guyana", "Guyana"), ("PE", "Peru", "Perú"), ("PY", "Paraguay", "Paraguay"),
            ("SR", "Suriname", "Surinam"), ("UY", "Uruguay", "Uruguay"), ("VE", "Venezuela", "Venezuela")),
        .. In("western-asia", ("SY", "Syria", "Siria")),
    ];

    public static IReadOnlyList<CountryGroup> CountryGroups { get; } =
    [
        new() { Code = "northern-triangle", NameEn = "Northern Triangle of Central America", NameEs = "Triángulo Norte de Centroamérica", CountryCodes = ["GT", "HN", "SV"] },
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

    /// <summary>The official short titles of the GCM objectives (A/RES/73/195), in English and Spanish.</summary>
    public static IReadOnlyList<GcmObjective> GcmObjectives { get; } =
    [
        .. new (string En, string Es)[]
        {
            ("Collect and utilize accurate and disaggregated data as a basis for evidence-based policies",
                "Recopilar y utilizar datos exactos y desglosados para formular políticas con base empírica"),
            ("Minimize the adverse drivers and structural factors that compel people to leave their country of origin",
                "Minimizar los factores adversos y estructurales que obligan a las personas a abandonar su país de origen"),
            ("Provide accurate and timely information at all stages of migration",
                "Proporcionar información exacta y oportuna en todas las etapas de la migración"),
            ("Ensure that all migrants have proof of legal identity and adequate documentation",
                "Velar por que todos los migrantes tengan pruebas de su identidad jurídica y documentación adecuada"),
            ("Enhance availability and flexibility of pathways for regular migration",
                "Aumentar la disponibilidad y flexibilidad de las vías de migración regular"),
            ("Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work",
                "Facilitar la contratación equitativa y ética y salvaguardar las condiciones que garantizan el trabajo decente"),
            ("Address and reduce vulnerabilities in migration",
                "Abordar y reducir las vulnerabilidades en la migración"),
            ("Save lives and establish coordinated international efforts on missing migrants",
                "Salvar vidas y emprender iniciativas internacionales coordinadas sobre los migrantes desaparecidos"),
            ("Strengthen the transnational response to smuggling of migrants",
                "Reforzar la respuesta transnacional al tráfico ilícito de migrantes"),
            ("Prevent, combat and eradicate trafficking in persons in the context of international migration",
                "Prevenir, combatir y erradicar la trata de personas en el contexto de la migración internacional"),
            ("Manage borders in an integrated, secure and coordinated manner",
                "Gestionar las fronteras de manera integrada, segura y coordinada"),
            ("Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral",
                "Aumentar la certidumbre y previsibilidad de los procedimientos migratorios para la adecuada verificación de antecedentes, evaluación y derivación"),
            ("Use migration detention only as a measure of last resort and work towards alternatives",
                "Utilizar la detención de migrantes solo como último recurso y buscar otras alternativas"),
            ("Enhance consular protection, assistance and cooperation throughout the migration cycle",
                "Mejorar la protección, asistencia y cooperación consulares a lo largo de todo el ciclo migratorio"),
            ("Provide access to basic services for migrants",
                "Proporcionar a los migrantes acceso a los servicios básicos"),
            ("Empower migrants and societies to realize full inclusion and social cohesion",
                "Empoderar a los migrantes y las sociedades para lograr la plena inclusión y la cohesión social"),
            ("Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration",
                "Eliminar todas las formas de discriminación y promover un discurso público con base empírica para modificar las percepciones de la migración"),
            ("Invest in skills development and facilitate mutual recognition of skills, qualifications and competences",
                "Invertir en el desarrollo de aptitudes y facilitar el reconocimiento mutuo de aptitudes, cualificaciones y competencias"),
            ("Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries",
                "Crear las condiciones necesarias para que los migrantes y las diásporas puedan contribuir plenamente al desarrollo sostenible en todos los países"),
            ("Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants",
                "Promover transferencias de remesas más rápidas, seguras y económicas y fomentar la inclusión financiera de los migrantes"),
            ("Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration",
                "Colaborar para facilitar el regreso y la readmisión en condiciones de seguridad y dignidad, así como la reintegración sostenible"),
            ("Establish mechanisms for the portability of social security entitlements and earned benefits",
                "Establecer mecanismos para la portabilidad de la seguridad social y las prestaciones adquiridas"),
            ("Strengthen international cooperation and global partnerships for safe, orderly and regular migration",
                "Fortalecer la cooperación internacional y las alianzas mundiales para la migración segura, ordenada y regular"),
        }.Select((o, i) => new GcmObjective { Number = i + 1, NameEn = o.En, NameEs = o.Es }),
    ];

    public static IReadOnlyList<WorkingLanguage> Languages { get; } = Ordered<WorkingLanguage>(
    [
        ("es", "Spanish", "Español"),
        ("en", "English", "Inglés"),
        ("fr", "French", "Francés"),
        ("pt", "Portuguese", "Portugués"),
        ("ht", "Haitian Creole", "Criollo haitiano"),
        ("nl", "Dutch", "Neerlandés"),
    ], (t, i) => t.SortOrder = i);

    private static List<T> Ordered<T>((string Code, string En, string Es)[] rows, Action<T, int> setOrder)
        where T : TaxonomyTerm, new()
    {
        var terms = new List<T>(rows.Length);
        for (var i = 0; i < rows.Length; i++)
        {
            var term = new T { Code = rows[i].Code, NameEn = rows[i].En, NameEs = rows[i].Es };
            setOrder(term, i + 1);
            terms.Add(term);
        }

        return terms;
    }

    private static IEnumerable<Country> In(string subRegion, params (string Code, string En, string Es)[] rows) =>
        rows.Select(r => new Country { Code = r.Code, NameEn = r.En, NameEs = r.Es, SubRegionCode = subRegion });
}
