using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Domain.Initiatives;
using WorkwaysPortal.Domain.Proposals;
using WorkwaysPortal.Domain.Text;

namespace WorkwaysPortal.Data.Seed;

/// <summary>
/// The initiatives, gaps and partnership proposals of the demo data. Like <see cref="DemoData"/>, the
/// facts come from the report of the first "Workways in Latin America and the Caribbean" session and
/// the text is ours. Organizations are named, not numbered: the seeder looks them up in the directory.
/// Spanish-speaking organizations write in Spanish, the others in English. The proposals only show the
/// workflow: their partners and contributions are plausible, not facts of the report.
/// </summary>
public static class DemoActivity
{
    public const string NursePlacementTitle = "Placing refugee-claimant nurses in Nova Scotia's health sector";
    public const string WorkVisaTitle =
        "Tramitación regulada de visas de trabajo a través de los ministerios de trabajo de El Salvador, Honduras y Guatemala";
    public const string DevelopmentPlanTitle = "Comprehensive Development Plan for Mexico and Central America";
    public const string ReintegrationTitle = "Reintegration assistance for migrants returning to Central America";
    public const string VenezuelansInColombiaTitle = "Assistance programme for Venezuelan refugees in Colombia";
    public const string RegularizationTrainingTitle =
        "Capacitación en regularización migratoria para funcionarios públicos, sociedad civil y comunidades de base";
    public const string CostaRicaDataTitle = "Migration-flow data collection in Costa Rica with local NGOs";
    public const string GuatemalaDataTitle = "Registro de la movilidad laboral en Guatemala y hacia Belice";
    public const string R4VPlatformTitle = "Regional coordination platform for refugees and migrants from Venezuela";

    public const string TrainingGapTitle = "Formación técnica y laboral para personas migrantes: agricultura, servicios, idiomas y legislación";
    public const string BaselineStudyGapTitle = "Baseline study of migrants' professional qualifications";
    public const string CommunityDataGapTitle = "Reliable, current data on displaced communities for livelihoods and work-based regularization";
    public const string TalentInsertionGapTitle = "Alianza para la inserción laboral de personas desplazadas con talento";
    public const string RegulatedPlacementGapTitle = "More groups in a regulated, skills-based placement of newcomers in Nova Scotia";
    public const string ConsularAlliancesGapTitle = "Alianzas con los consulados para dar seguimiento a sus nacionales en el exterior";
    public const string VenezuelanAssistanceGapTitle = "Urgent direct assistance and follow-up for Venezuelan migrants at risk";

    public const string BaselineStudyProposalTitle = "Joint baseline study of migrants' qualifications in Central America and Mexico";
    public const string TalentInsertionProposalTitle = "Talent-insertion alliance for displaced professionals in Peru";
    public const string TrainingExchangeProposalTitle = "Intercambio de experiencias de capacitación en regularización migratoria";
    public const string TrainingForWorkersProposalTitle =
        "Formación técnica, idiomas y derechos laborales para trabajadores migrantes del norte de Centroamérica";

    /// <summary>How long before the moment of seeding the initiatives and gaps are recorded.</summary>
    public static readonly TimeSpan RecordedAgo = TimeSpan.FromDays(21);

    private static readonly DemoInitiative WorkVisa = new(
        DemoData.GmiesName,
        [DemoData.RrocmName, DemoData.MtpsName, DemoData.StssName, DemoData.MintrabName],
        WorkVisaTitle,
        "Iniciativa regional para que la solicitud y el trámite de las visas de trabajo pasen por los ministerios "
        + "de trabajo, con un procedimiento formal y regulado del reclutamiento. Quiere cerrar el paso al tráfico de "
        + "influencias, a la migración irregular y a la explotación laboral, y asegurar a quienes migran por trabajo "
        + "las protecciones que prevén las normas internacionales. Se apoya en los mercados de trabajo que ya "
        + "existen entre el norte de Centroamérica y México, Estados Unidos y Canadá, y busca socios que la "
        + "fortalezcan.",
        ["SV", "HN", "GT"],
        ["visa-processing", "employer-engagement", "policy-advocacy"],
        [5, 6],
        InitiativeStatus.Active);

    private static readonly DemoInitiative RegularizationTraining = new(
        DemoData.GmiesName,
        [DemoData.RrocmName],
        RegularizationTrainingTitle,
        "GMIES forma a personal de instituciones públicas, a organizaciones de la sociedad civil y a comunidades "
        + "de base en los procedimientos de regularización migratoria y en los derechos de las personas migrantes. "
        + "En la consulta regional se ofreció a presentar la metodología y los resultados de estos procesos a otros "
        + "actores que quieran sumarse.",
        ["SV", "HN", "GT"],
        ["capacity-building", "legal-aid"],
        [3, 7],
        InitiativeStatus.Active);

    private static readonly DemoGap TrainingGap = new(
        DemoData.GmiesName,
        new GapDetails(
            TrainingGapTitle,
            "Quienes migran por trabajo desde el norte de Centroamérica suelen llegar sin formación técnica para los "
            + "empleos del sector agrícola y de servicios, sin el idioma del país de destino y sin conocer las leyes "
            + "ni los mecanismos que los protegen. GMIES y la RROCM buscan socios que aporten formación técnica, "
            + "cursos de idiomas y orientación jurídica.",
            ["vocational-training", "language-training", "legal-aid"],
            ["SV", "HN", "GT"],
            [18],
            GapPriority.High));

    private static readonly DemoGap BaselineStudyGap = new(
        DemoData.PsiName,
        new GapDetails(
            BaselineStudyGapTitle,
            "No one has a clear picture of the trades and professional qualifications that migrants in the region "
            + "bring with them. PSI wants a baseline on them, offers to help design the study and choose its "
            + "variables, and looks for a multisectoral group of civil society, trade unions, employers' "
            + "organizations and governments to carry it out.",
            ["research", "skills-assessment", "data-collection"],
            ["MX", "GT", "SV", "HN", "NI"],
            [1, 18],
            GapPriority.Medium));

    private static readonly DemoGap TalentInsertionGap = new(
        DemoData.HiasPeruName,
        new GapDetails(
            TalentInsertionGapTitle,
            "Muchas personas refugiadas y migrantes que viven en el Perú tienen oficios y profesiones que no pueden "
            + "ejercer. HIAS Perú, con Morgan, Lewis & Bockius, busca empleadores y organizaciones que evalúen sus "
            + "competencias y les abran puestos acordes con su experiencia.",
            ["job-placement", "employer-engagement", "skills-assessment"],
            ["PE"],
            [16, 18],
            GapPriority.High));

    /// <summary>The initiatives of the report, each led by a demo organization.</summary>
    public static IReadOnlyList<DemoInitiative> Initiatives { get; } =
    [
        new(
            DemoData.GlenHavenManorName,
            [DemoData.NovaScotiaName],
            NursePlacementTitle,
            "A group of nurses who came to Nova Scotia as refugee claimants has moved into jobs in the province's "
            + "health sector after their skills were assessed, so that employment opens their way to a regular "
            + "status. Glen Haven Manor brings the experience to the provincial and federal governments as a case "
            + "for regularizing displaced people through work.",
            ["CA"],
            ["refugee-reception", "job-placement", "health-services", "skills-assessment"],
            [5, 16, 18],
            InitiativeStatus.Active),

        WorkVisa,

        new(
            DemoData.FaoName,
            [DemoData.EclacName],
            DevelopmentPlanTitle,
            "FAO's part in the plan that Mexico, Guatemala, El Salvador and Honduras drew up together to deal with "
            + "what pushes people to leave the Northern Triangle irregularly. FAO's projects bring livelihoods and "
            + "investment to rural areas, so that migrating becomes a choice rather than the only way out.",
            ["MX", "GT", "SV", "HN"],
            ["entrepreneurship", "policy-advocacy"],
            [2, 19, 23],
            InitiativeStatus.Active),

        new(
            DemoData.FaoName,
            [],
            ReintegrationTitle,
            "A plan to help people who come back to Guatemala, El Salvador and Honduras earn a living again, mostly "
            + "in farming and the rural economy. Its advocacy draws on what seasonal and agricultural migration shows "
            + "about regular, repeatable routes.",
            ["GT", "SV", "HN"],
            ["reintegration", "entrepreneurship", "policy-advocacy"],
            [5, 21],
            InitiativeStatus.Planned),

        new(
            DemoData.FaoName,
            [DemoData.R4VName],
            VenezuelansInColombiaTitle,
            "Comprehensive support for refugees and migrants from Venezuela living in Colombia, with advocacy so that "
            + "they can step by step take part in the country's economy. Since COVID-19 the programme also works on "
            + "the gaps that the emergency opened in the authorities' capacity to respond.",
            ["CO"],
            ["humanitarian-assistance", "entrepreneurship", "policy-advocacy"],
            [7, 16],
            InitiativeStatus.Active),

        RegularizationTraining,

        new(
            DemoData.IomName,
            [],
            CostaRicaDataTitle,
            "IOM gathered data on migration flows in Costa Rica together with local non-governmental organizations. "
            + "The session held it up as a good practice for reading flows region by region and for using the data "
            + "to back projects and policy agendas.",
            ["CR", "NI"],
            ["data-collection", "research"],
            [1],
            InitiativeStatus.Completed),

        new(
            DemoData.ObservatorioName,
            [DemoData.MintrabName],
            GuatemalaDataTitle,
            "Experiencia de organizaciones no gubernamentales guatemaltecas que registran los flujos migratorios, "
            + "incluidos los desplazamientos de trabajadores entre Guatemala y Belice. Sus resultados se citaron como "
            + "buena práctica para entender la migración irregular desde la dinámica del trabajo y para sustentar "
            + "proyectos y agendas.",
            ["GT", "BZ"],
            ["data-collection", "research"],
            [1],
            InitiativeStatus.Active),

        new(
            DemoData.R4VName,
            [DemoData.IomName, DemoData.HiasPeruName],
            R4VPlatformTitle,
            "Where agencies and organizations plan one response for the people who have left Venezuela and publish "
            + "shared regional and national figures on their situation. The session listed it, with the reports of "
            + "ECLAC and IOM, among the data sources worth following.",
            ["CO", "PE", "EC", "CL", "BR", "AR", "PA", "DO", "TT"],
            ["coordination-platform", "data-collection", "humanitarian-assistance"],
            [1, 7, 23],
            InitiativeStatus.Active,
            StartsOn: new DateOnly(2018, 4, 1)),
    ];

    /// <summary>The gaps the session named, each raised by a demo organization.</summary>
    public static IReadOnlyList<DemoGap> Gaps { get; } =
    [
        TrainingGap,
        BaselineStudyGap,

        new(
            DemoData.MorganLewisName,
            new GapDetails(
                CommunityDataGapTitle,
                "Building livelihoods, following each case or family and opening routes to regular status through "
                + "work all depend on accurate, current data about the communities concerned. Morgan Lewis does not "
                + "have such data and wants partners who collect it.",
                ["data-collection"],
                ["US", "PE"],
                [1, 5],
                GapPriority.Medium,
                Translations: new Dictionary<string, TextTranslation>
                {
                    [TextLanguages.Spanish] = new(
                        "Datos actualizados sobre las comunidades y las familias",
                        "Construir medios de vida, acompañar cada caso o familia y abrir caminos hacia una situación regular a "
                        + "través del trabajo depende de datos precisos y actuales sobre las comunidades. Morgan Lewis no los "
                        + "tiene y busca socios que los recojan."),
                    [TextLanguages.Portuguese] = new(
                        "Dados atualizados sobre as comunidades e as famílias",
                        "Construir meios de vida, acompanhar cada caso ou família e abrir caminhos para a regularização por meio "
                        + "do trabalho dependem de dados precisos e atuais sobre as comunidades. A Morgan Lewis não tem esses "
                        + "dados e procura parceiros que os recolham."),
                })),

        TalentInsertionGap,

        new(
            DemoData.GlenHavenManorName,
            new GapDetails(
                RegulatedPlacementGapTitle,
                "Newcomers arrive with very different backgrounds and skills, which have to be assessed before they are "
                + "matched to jobs. Glen Haven Manor would like other groups to join it, so that placement follows one "
                + "regulated approach, at least across Nova Scotia.",
                ["job-placement", "skills-assessment"],
                ["CA"],
                [5, 18],
                GapPriority.Medium,
                Translations: new Dictionary<string, TextTranslation>
                {
                    [TextLanguages.French] = new(
                        "Un placement encadré des nouveaux arrivants",
                        "Les nouveaux arrivants ont des parcours et des compétences très différents, qu'il faut évaluer avant de "
                        + "leur proposer un emploi. Glen Haven Manor souhaite que d'autres groupes la rejoignent, pour que le "
                        + "placement suive une même approche encadrée, au moins dans toute la Nouvelle-Écosse."),
                })),

        // A conclusion of the whole session; the demo data lets the regional network raise it.
        new(
            DemoData.RrocmName,
            new GapDetails(
                ConsularAlliancesGapTitle,
                "Los consulados de los países de origen saben poco de la situación de sus nacionales en los países de "
                + "acogida. Hacen falta alianzas que los vinculen con actores locales y con los gobiernos locales y "
                + "nacionales de cada país de acogida, para seguir esa situación y poner en marcha programas de "
                + "atención y protección.",
                ["consular-protection"],
                ["SV", "HN", "GT", "NI"],
                [14],
                GapPriority.Low)),

        new(
            DemoData.R4VName,
            new GapDetails(
                VenezuelanAssistanceGapTitle,
                "Recent studies describe Venezuelans in South America and the Caribbean who have lost their jobs, earn a "
                + "living in risky conditions or by begging, cannot reach basic health care and may be evicted at any "
                + "time. They need direct assistance now, and someone who follows up their cases.",
                ["humanitarian-assistance", "health-services"],
                ["CO", "PE", "EC", "CL", "TT"],
                [7, 15],
                GapPriority.High)),
    ];

    /// <summary>
    /// Proposals that reach each state of the workflow by its own transitions: approved, submitted (in the
    /// moderators' queue), sent back for changes and, for the demo delegate's organization, a draft.
    /// </summary>
    public static IReadOnlyList<DemoProposal> Proposals { get; } =
    [
        new(
            DemoData.PsiName,
            BaselineStudyProposalTitle,
            "Organizations that want to bring migrants into regular jobs lack a shared picture of the qualifications "
            + "those migrants have. A baseline study designed together with trade unions, employers and governments "
            + "would give the region that picture and show where skills need to be recognized.",
            "PSI drafts the study's variables with its affiliated unions, reaches public-service workers who have "
            + "migrated and shares the results with its members.",
            [
                new(DemoData.EclacName, "Survey method, sampling and links with national statistics offices."),
                new(DemoData.IomName, "Its migration-flow data and field teams in Guatemala, El Salvador and Honduras."),
            ],
            BaselineStudyGap,
            null,
            TimeSpan.FromDays(20),
            [
                new(ProposalAction.Submit, TimeSpan.FromDays(19)),
                new(ProposalAction.Accept, TimeSpan.FromDays(18), "We can lend the survey team from March.", DemoData.EclacName),
                new(ProposalAction.Accept, TimeSpan.FromDays(17), null, DemoData.IomName),
                new(ProposalAction.Approve, TimeSpan.FromDays(14)),
            ],
            ProposalState.Approved),

        new(
            DemoData.GmiesName,
            TrainingExchangeProposalTitle,
            "En la consulta regional GMIES se ofreció a compartir cómo capacita a funcionarios, organizaciones y "
            + "comunidades de base en regularización migratoria. Un intercambio con quienes recogen datos en Costa "
            + "Rica y Guatemala permitiría ajustar los contenidos a los flujos reales y llevar la capacitación a más "
            + "países.",
            "La metodología, los materiales y el equipo de facilitación de sus procesos de capacitación.",
            [
                new(DemoData.IomName, "Datos sobre flujos migratorios y contactos con instituciones públicas de Costa Rica."),
                new(DemoData.ObservatorioName, "Lo aprendido al registrar la movilidad laboral entre Guatemala y Belice."),
            ],
            null,
            RegularizationTraining,
            TimeSpan.FromDays(12),
            [
                new(ProposalAction.Submit, TimeSpan.FromDays(11)),
                new(ProposalAction.Accept, TimeSpan.FromDays(10.5), null, DemoData.IomName),
                new(ProposalAction.Accept, TimeSpan.FromDays(10), "Con gusto compartimos lo aprendido.", DemoData.ObservatorioName),
                new(
                    ProposalAction.RequestChanges,
                    TimeSpan.FromDays(9),
                    "Indiquen qué instituciones públicas y qué comunidades participarían, en qué países y con qué "
                    + "calendario, y qué se espera concretamente de la OIM."),
            ],
            ProposalState.ChangesRequested),

        new(
            DemoData.HiasPeruName,
            TalentInsertionProposalTitle,
            "Many displaced people in Peru have trades and professions they cannot use. Joining HIAS's casework with "
            + "Morgan Lewis's legal knowledge and contacts among employers would lead them to jobs that match their "
            + "skills, and through those jobs to a regular status.",
            "HIAS Peru finds candidates, assesses their skills and accompanies their regularization.",
            [new(DemoData.MorganLewisName, "Pro bono advice on work permits and introductions to employers.")],
            TalentInsertionGap,
            null,
            TimeSpan.FromDays(6),
            [
                new(ProposalAction.Submit, TimeSpan.FromDays(5)),
                new(ProposalAction.Accept, TimeSpan.FromDays(4), "Our pro bono team is ready.", DemoData.MorganLewisName),
            ],
            ProposalState.Submitted),

        new(
            DemoData.GmiesName,
            TrainingForWorkersProposalTitle,
            "La iniciativa de visas de trabajo necesita que quienes viajan lleguen preparados: con formación técnica "
            + "para la agricultura y los servicios, con nociones del idioma del país de destino y conociendo la "
            + "legislación que los protege.",
            "Convocatoria de participantes a través de la RROCM y módulos sobre legislación y mecanismos de protección.",
            [
                new(DemoData.FaoName, "Formación técnica para el trabajo agrícola."),
                new(DemoData.PsiName, "Talleres sobre derechos laborales con sindicatos de los países de destino."),
            ],
            TrainingGap,
            WorkVisa,
            TimeSpan.FromDays(2),
            [],
            ProposalState.Draft),
    ];
}

/// <summary>A demo initiative: its lead and participants by name, the rest as a delegate would write it.</summary>
public sealed record DemoInitiative(
    string LeadOrganization,
    IReadOnlyList<string> Participants,
    string Title,
    string Description,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Capabilities,
    IReadOnlyList<int> GcmObjectives,
    InitiativeStatus Status,
    DateOnly? StartsOn = null,
    DateOnly? EndsOn = null)
{
    public InitiativeDetails ToDetails(IReadOnlyList<int> participantOrganizationIds) =>
        new(Title, Description, Countries, Capabilities, GcmObjectives, Status, StartsOn, EndsOn, participantOrganizationIds);
}

/// <summary>A demo gap and the organization that raised it.</summary>
public sealed record DemoGap(string RaisedBy, GapDetails Details);

/// <summary>
/// A demo proposal: who proposes to whom, about which gap or initiative, and the workflow steps it takes
/// (each some time before the moment of seeding) to reach <see cref="IntendedState"/>.
/// </summary>
public sealed record DemoProposal(
    string Proposer,
    string Title,
    string Rationale,
    string ProposerContribution,
    IReadOnlyList<DemoPartner> Partners,
    DemoGap? Gap,
    DemoInitiative? Initiative,
    TimeSpan CreatedAgo,
    IReadOnlyList<DemoStep> Steps,
    ProposalState IntendedState);

/// <summary>An organization a demo proposal invites, and what it would bring.</summary>
public sealed record DemoPartner(string Organization, string Contribution);

/// <summary>One step of a demo proposal's workflow, taken <paramref name="Ago"/> before the moment of seeding.</summary>
/// <remarks>A partner's answer names the partner organization that answers (<paramref name="Partner"/>).</remarks>
public sealed record DemoStep(ProposalAction Action, TimeSpan Ago, string? Reason = null, string? Partner = null);
