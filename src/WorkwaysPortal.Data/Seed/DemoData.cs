using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Text;

namespace WorkwaysPortal.Data.Seed;

/// <summary>
/// The organizations of the demo directory. They come from the report of the first "Workways in
/// Latin America and the Caribbean" session of the GFMD regional consultation; the text
/// is ours, not the report's. A few organizations that the report only implies (the labour
/// ministries of the visa initiative, a Guatemalan data NGO, the Government of Nova Scotia) are
/// marked as invented: their names are real or plausible, their details are plausible, not facts.
/// Websites are given only where the public address is certain; contacts are always demo addresses.
/// </summary>
public static class DemoData
{
    public const string GmiesName = "Grupo de Monitoreo Independiente de El Salvador";
    public const string RrocmName = "Red Regional de Organizaciones Civiles para las Migraciones";
    public const string GlenHavenManorName = "Glen Haven Manor";
    public const string MorganLewisName = "Morgan, Lewis & Bockius LLP";
    public const string FaoName = "FAO Regional Office for Latin America and the Caribbean";
    public const string PsiName = "Public Services International";
    public const string HiasPeruName = "HIAS Perú";
    public const string IomName = "International Organization for Migration";
    public const string EclacName = "Economic Commission for Latin America and the Caribbean";
    public const string R4VName = "Inter-Agency Coordination Platform for Refugees and Migrants from Venezuela";

    /// <summary>Invented, implied by the report: the labour ministries of the work-visa initiative.</summary>
    public const string MtpsName = "Ministerio de Trabajo y Previsión Social de El Salvador";
    public const string StssName = "Secretaría de Trabajo y Seguridad Social de Honduras";
    public const string MintrabName = "Ministerio de Trabajo y Previsión Social de Guatemala";

    /// <summary>Invented, implied by the report ("other NGOs in Guatemala" collecting data).</summary>
    public const string ObservatorioName = "Observatorio Ciudadano de Movilidad Laboral de Guatemala";

    /// <summary>Invented, implied by the report (the advocacy of Glen Haven Manor).</summary>
    public const string NovaScotiaName = "Government of Nova Scotia";

    /// <summary>Invented: the Nicaraguan association that the demo delegate has just registered.</summary>
    public const string PendingOrganizationName = "Asociación de Personas Migrantes Nicaragüenses en Costa Rica";

    /// <summary>The verified organizations of the directory, as an import would bring them in.</summary>
    public static IReadOnlyList<OrganizationProfile> Organizations { get; } =
    [
        new(
            GlenHavenManorName,
            null,
            "civil-society",
            ["CA"],
            ["refugee-reception", "job-placement", "health-services", "policy-advocacy"],
            ["skills-assessment", "legal-aid", "employer-engagement"],
            ["en"],
            null,
            "Works in Nova Scotia, Canada, to improve how refugees are received and settled in the province. "
            + "It recently welcomed a group of nurses who had claimed refugee status and helped them move into "
            + "jobs in the health sector, so that work becomes their path to a regular status. It takes its "
            + "proposals to the provincial government and to the federal government, and would like other "
            + "groups to join a regulated approach in which newcomers' skills are assessed before placement.",
            Contact("glen-haven-manor"),
            // Its delegates translated the description (ADR 012): Spanish and French readers see these.
            Translations: new Dictionary<string, TextTranslation>
            {
                [TextLanguages.Spanish] = new(
                    null,
                    "Trabaja en Nueva Escocia, Canadá, para mejorar la acogida y el asentamiento de las personas refugiadas en la "
                    + "provincia. Hace poco recibió a un grupo de enfermeras que habían solicitado la condición de refugiadas y "
                    + "las ayudó a incorporarse a empleos en el sector de la salud, para que el trabajo sea su camino hacia una "
                    + "situación regular. Lleva sus propuestas al gobierno provincial y al gobierno federal, y quiere que otros "
                    + "grupos se sumen a un enfoque regulado en el que las competencias de las personas recién llegadas se "
                    + "evalúen antes de su colocación."),
                [TextLanguages.French] = new(
                    null,
                    "Œuvre en Nouvelle-Écosse, au Canada, pour améliorer l'accueil et l'installation des personnes réfugiées "
                    + "dans la province. Elle a récemment accueilli un groupe d'infirmières qui avaient demandé le statut de "
                    + "réfugiée et les a aidées à trouver un emploi dans le secteur de la santé, pour que le travail soit leur "
                    + "chemin vers un statut régulier. Elle porte ses propositions auprès du gouvernement provincial et du "
                    + "gouvernement fédéral, et souhaite que d'autres groupes rejoignent une approche encadrée où les "
                    + "compétences des nouveaux arrivants sont évaluées avant leur placement."),
            }),

        new(
            MorganLewisName,
            "Morgan Lewis",
            "legal-professional",
            ["US", "PE"],
            ["legal-aid", "visa-processing"],
            ["data-collection", "job-placement", "employer-engagement"],
            ["en"],
            "https://www.morganlewis.com",
            "Law firm in the United States that argues for better regular migration routes as the way to take away "
            + "the incentives for irregular migration. It points to the more than 20,000 displaced Syrians who have "
            + "applied for refugee status and whose professional qualifications would let many of them come on work visas. Together with "
            + "HIAS in Peru it is looking for partners that help displaced people with many talents into work, and "
            + "for reliable, up-to-date data on communities and families to build livelihoods and routes to "
            + "regularization through employment.",
            Contact("morgan-lewis")),

        new(
            GmiesName,
            "GMIES",
            "civil-society",
            ["SV", "HN", "GT"],
            ["capacity-building", "policy-advocacy"],
            ["vocational-training", "language-training", "legal-aid", "employer-engagement"],
            ["es"],
            null,
            "Organización salvadoreña de la sociedad civil que ejerce la secretaría técnica de la RROCM. "
            + "Ofrece procesos de capacitación sobre regularización migratoria dirigidos a funcionarios públicos, "
            + "organizaciones de la sociedad civil y comunidades de base. Impulsa una iniciativa centroamericana "
            + "para que las visas de trabajo se tramiten por vías formales a través de los ministerios de trabajo "
            + "de El Salvador, Honduras y Guatemala, con el fin de evitar el tráfico de influencias, la migración "
            + "irregular y la explotación laboral. Busca socios para la formación técnica y laboral de la población "
            + "migrante en servicios y agricultura, la enseñanza de idiomas y el conocimiento de la legislación que "
            + "la protege.",
            Contact("gmies")),

        new(
            RrocmName,
            "RROCM",
            "civil-society",
            ["MX", "GT", "BZ", "SV", "HN", "NI", "CR", "PA"],
            ["coordination-platform", "policy-advocacy", "capacity-building"],
            ["data-collection", "research", "employer-engagement"],
            ["es"],
            null,
            "Red regional que articula a organizaciones de la sociedad civil de Centroamérica y México que trabajan "
            + "en migración. Su secretaría técnica está a cargo de GMIES. Promueve alianzas entre socios para "
            + "fortalecer la migración laboral regulada desde el Triángulo Norte hacia México, Estados Unidos y "
            + "Canadá, con mecanismos de protección basados en normas internacionales.",
            Contact("rrocm")),

        new(
            FaoName,
            "FAO",
            "international-organization",
            ["MX", "GT", "SV", "HN", "CO"],
            ["reintegration", "policy-advocacy", "entrepreneurship", "humanitarian-assistance"],
            ["data-collection", "employer-engagement"],
            ["es", "en"],
            null,
            "Regional office of the Food and Agriculture Organization of the United Nations. It contributes to the "
            + "comprehensive development plan for Mexico and Central America, which tackles the causes of irregular "
            + "migration from the Northern Triangle; supports the reintegration of migrants who return to Central "
            + "America, with advocacy built on seasonal and agricultural migration; and runs assistance for "
            + "Venezuelan refugees in Colombia so that they can gradually join the country's economy. Its work now "
            + "also addresses the gaps that crises such as COVID-19 opened in governments' capacity to respond.",
            Contact("fao-rlc")),

        new(
            PsiName,
            "PSI",
            "trade-union",
            ["MX", "GT", "SV", "HN", "NI", "CA", "US"],
            ["worker-representation", "research", "policy-advocacy"],
            ["skills-assessment", "data-collection", "employer-engagement"],
            ["en", "es", "fr", "pt"],
            "https://publicservices.international",
            "Global federation of public-service trade unions. It calls for a baseline study of the professional "
            + "qualifications of migrants and offers to help design it, and invites civil society, trade unions, "
            + "employers' organizations and governments into one multisectoral alliance. Stronger regular migration, "
            + "in its view, is how minimum services for migrants can be guaranteed and irregular migration reduced.",
            Contact("psi")),

        new(
            HiasPeruName,
            "HIAS",
            "faith-based",
            ["PE"],
            ["refugee-reception", "legal-aid", "job-placement"],
            ["employer-engagement", "skills-assessment", "vocational-training"],
            ["es", "en"],
            "https://hias.org",
            "Oficina en Perú de la organización humanitaria HIAS. Acoge a personas refugiadas y migrantes, en su "
            + "mayoría venezolanas, les brinda asesoría jurídica para su regularización y acompaña su inserción "
            + "laboral, para que el talento de las personas desplazadas encuentre empleo. Trabaja junto con "
            + "Morgan, Lewis & Bockius en la búsqueda de empleadores y aliados.",
            Contact("hias-peru")),

        new(
            IomName,
            "IOM",
            "international-organization",
            ["CR", "GT", "SV", "HN", "NI", "PA", "MX"],
            ["data-collection", "research", "capacity-building"],
            ["employer-engagement", "coordination-platform"],
            ["en", "es", "fr"],
            "https://www.iom.int",
            "The United Nations migration agency (OIM in Spanish). In the region it collects data on migration "
            + "flows, for example in Costa Rica together with local NGOs, and publishes regional and national "
            + "reports that other organizations use to plan projects and agendas.",
            Contact("iom")),

        new(
            EclacName,
            "ECLAC",
            "international-organization",
            ["MX", "GT", "SV", "HN", "NI", "CR", "PA", "CO", "VE", "PE", "EC", "CL", "BR", "AR", "DO", "HT"],
            ["research", "data-collection"],
            ["skills-assessment"],
            ["es", "en", "pt"],
            "https://www.cepal.org",
            "United Nations regional commission, known in Spanish as CEPAL (Comisión Económica para América Latina "
            + "y el Caribe). It produces regional and national reports, research and statistics on migration and "
            + "labour markets that the session named as data platforms to follow.",
            Contact("eclac")),

        new(
            R4VName,
            "R4V",
            "international-organization",
            ["AR", "AW", "BO", "BR", "CL", "CO", "CR", "CW", "DO", "EC", "GY", "MX", "PA", "PY", "PE", "TT", "UY"],
            ["coordination-platform", "data-collection"],
            ["humanitarian-assistance", "job-placement"],
            ["es", "en", "pt", "nl"],
            "https://www.r4v.info",
            "Response for Venezuelans: the platform through which agencies and organizations coordinate their "
            + "response to refugees and migrants from Venezuela, and publish shared data on their situation. Many "
            + "have lost their jobs, work in risky conditions, lack access to health services or risk eviction, "
            + "and need direct assistance and follow-up.",
            Contact("r4v")),

        // Invented, implied by the report: the labour ministries of the work-visa initiative.
        new(
            MtpsName,
            "MTPS",
            "government",
            ["SV"],
            ["visa-processing", "employer-engagement"],
            ["vocational-training", "capacity-building"],
            ["es"],
            null,
            "Ministerio de trabajo salvadoreño (datos de demostración). Participa en la iniciativa regional para "
            + "tramitar visas de trabajo por vías formales y regular la contratación de trabajadores migrantes, "
            + "y busca apoyo para la capacitación de su personal.",
            Contact("mtps-sv")),

        new(
            StssName,
            "STSS",
            "government",
            ["HN"],
            ["visa-processing", "employer-engagement"],
            ["vocational-training", "language-training"],
            ["es"],
            null,
            "Secretaría de trabajo hondureña (datos de demostración). Forma parte de la iniciativa centroamericana "
            + "de visas de trabajo y busca socios para la formación técnica y el aprendizaje de idiomas de quienes "
            + "migran por razones laborales.",
            Contact("stss-hn")),

        new(
            MintrabName,
            "MINTRAB",
            "government",
            ["GT"],
            ["visa-processing", "employer-engagement"],
            ["vocational-training", "data-collection"],
            ["es"],
            null,
            "Ministerio de trabajo guatemalteco (datos de demostración). Participa en la iniciativa regional de "
            + "visas de trabajo y le interesa comprender la movilidad laboral entre Guatemala y Belice.",
            Contact("mintrab-gt")),

        // Invented, implied by the report ("other NGOs in Guatemala" collecting data): name and details are plausible.
        new(
            ObservatorioName,
            null,
            "civil-society",
            ["GT", "BZ"],
            ["data-collection", "research"],
            ["funding", "coordination-platform"],
            ["es"],
            null,
            "Asociación civil guatemalteca (datos de demostración) que recoge datos sobre los flujos de migración "
            + "laboral, incluida la movilidad entre Guatemala y Belice, y comparte buenas prácticas de "
            + "regionalización de la información con otras organizaciones de Centroamérica.",
            Contact("observatorio-movilidad-gt")),

        // Invented, implied by the report (the advocacy of Glen Haven Manor, Canada's skills-to-jobs experience).
        new(
            NovaScotiaName,
            null,
            "government",
            ["CA"],
            ["skills-assessment", "employer-engagement", "refugee-reception"],
            ["job-placement", "health-services"],
            ["en", "fr"],
            "https://novascotia.ca",
            "Provincial government in Canada (demo details). It links newcomers' job skills and qualifications "
            + "with the jobs available in the province's regions, and works with local organizations on the "
            + "reception of refugees.",
            Contact("government-of-nova-scotia")),
    ];

    /// <summary>
    /// Invented: an association of Nicaraguan migrants in Costa Rica (the NI→CR corridor) that the demo
    /// delegate registers, so that the moderators' queue has something to review.
    /// </summary>
    public static OrganizationProfile PendingOrganization { get; } = new(
        PendingOrganizationName,
        "APMN",
        "migrant-organization",
        ["CR", "NI"],
        ["entrepreneurship", "humanitarian-assistance"],
        ["legal-aid", "vocational-training", "job-placement"],
        ["es"],
        null,
        "Asociación de personas nicaragüenses que viven en Costa Rica (datos de demostración). Orienta a quienes "
        + "llegan sobre su regularización migratoria, organiza apoyo solidario y pequeños emprendimientos, y busca "
        + "aliados para la capacitación laboral y la asesoría jurídica de sus integrantes.",
        Contact("migrantes-nicaraguenses-cr"));

    private static OrganizationContact Contact(string slug) =>
        new("Demo contact", $"contact@{slug}.example.org", null);
}
