using WorkwaysPortal.Domain.Sessions;

namespace WorkwaysPortal.Data.Seed;

/// <summary>
/// Session 1 of the "Workways in Latin America and the Caribbean" report as a session record: the same
/// agenda, people, organizations, points, themes and agreements, told in our words. The report gives no
/// date: <see cref="HeldOn"/> is invented. Organizations are named as in <see cref="DemoData"/>; the
/// seeder links them, and every demo gap and initiative (all came out of this session), by name.
/// </summary>
public static class DemoSession
{
    public const string Title = "Workways in Latin America and the Caribbean — Session 1";
    public const string Consultation = "GFMD Regional Consultation — Latin America, the Caribbean and North America";
    public const string ProblemStatement = "Unregulated migration";

    /// <summary>Invented: the report does not say when the session was held.</summary>
    public static readonly DateOnly HeldOn = new(2021, 5, 26);

    public const string Introduction =
        "Within the GFMD regional consultation for Latin America, the Caribbean and North America, small discussion groups "
        + "brought together delegates of civil society organizations, governments and other interest groups. Their purpose: "
        + "to talk through proposals and concrete initiatives that build alliances between organizations.";

    public static IReadOnlyList<string> Languages { get; } = ["en", "es"];

    public static IReadOnlyList<AgendaItem> Agenda { get; } =
    [
        new("Introduction",
        [
            new("Easton Williams", AgendaRole.Introduction, "English"),
            new("Johnny Pereira", AgendaRole.Introduction, "Spanish"),
        ]),
        new("Session moderation: introducing the participants and leading the discussion",
        [
            new("José Arturo Ruiz Trhamppe", AgendaRole.Moderation),
            new("Grazia Silva", AgendaRole.Interpretation, "English ↔ Spanish"),
            new("Johnny Pereira", AgendaRole.NoteTaking, "report"),
        ]),
        new("Preliminary conclusions",
        [
            new("Easton Williams", AgendaRole.PreliminaryConclusions, "English"),
            new("Johnny Pereira", AgendaRole.PreliminaryConclusions, "Spanish"),
        ]),
    ];

    /// <summary>The participants, each with the organization's demo name and their points in the report's order.</summary>
    public static IReadOnlyList<DemoParticipant> Participants { get; } =
    [
        new("Lisa Smith", DemoData.GlenHavenManorName, "CA", null,
        [
            "Presented Canada's experience with projects that improve how refugees are received and integrated in Nova Scotia. "
            + "Glen Haven Manor advocates locally and nationally, taking its proposals to the provincial government and to the "
            + "prime minister, so that displaced people and refugees in the province can regularize their status through work. "
            + "One example: a group of nurses with refugee-claimant status was recently relocated so that they could join the "
            + "health sector in a regular way. Because newcomers bring different backgrounds and job skills, which have to be "
            + "assessed, she would like other groups to join in working the same regulated way, at least in her province.",
        ]),
        new("Gary Slaiman", DemoData.MorganLewisName, "US", null,
        [
            "Routes towards regular migration need technical input when they are designed, so that they create the conditions "
            + "for it, and they have to work better: effective regular routes reduce the incentives for irregular migration. "
            + "He pointed to the more than 20,000 displaced Syrians who have applied for refugee status; with their strong job "
            + "and professional qualifications, many of their cases could be handled through work visas.",
            "The firm wants alliances with other organizations, together with HIAS in Peru, to help displaced people with many "
            + "talents into work, and to connect with organizations that promote the integration of displaced people whose "
            + "skills suit different jobs.",
            "A main challenge is sound, up-to-date data on the situation of each community: it is needed to build livelihoods, "
            + "to follow each case or family, and to design routes to regular status through work. He proposed finding partners "
            + "to develop this.",
        ]),
        new("Vinicio Sandoval", DemoData.GmiesName, "SV", "Technical Secretary of the Regional Network of Civil Organizations for Migration (RROCM)",
        [
            "Presented the Central American regional initiative in which the labour ministries assign work visas through formal "
            + "channels, to regularize how workers are recruited. It seeks to formalize the application and processing of work "
            + "visas, mainly in El Salvador, Honduras and Guatemala, through a structured and regulated procedure that shuts out "
            + "influence peddling, irregular migration and labour exploitation, under international standards that protect people "
            + "who move for work. Labour markets for regulated migration already link the Northern Triangle of Central America "
            + "with Mexico, the United States and Canada; alliances of partners who back these initiatives must strengthen them.",
            "One of the main gaps is the technical and labour training of the migrant community: for services and agriculture, "
            + "in languages, and in the legislation and regulatory mechanisms that protect them.",
        ]),
        new("André Saramago", DemoData.FaoName, null, null,
        [
            "Described three experiences of FAO: the comprehensive development plan of Mexico and Central America, which "
            + "addresses irregular migration from the Northern Triangle; an assistance plan for the reintegration of migrants who "
            + "return to Central America, with policy advocacy grounded in seasonal and agricultural migration; and an assistance "
            + "programme for Venezuelan refugees in Colombia that offers comprehensive care and advocacy for their gradual entry "
            + "into the country's economy. These initiatives are taking on a new focus: the many gaps that crises, COVID-19 among "
            + "them, open in governance and in the capacity to respond.",
        ]),
        new("Arturo Ruiz Trhamppe", DemoData.PsiName, null, null,
        [
            "The professional qualifications of migrants must be known, starting from a baseline. He asked others to join this "
            + "search for partners, with civil society organizations, multisectoral groups (trade unions included), employers' "
            + "organizations and governments taking part.",
            "He also suggested designing a study built on these variables, and argued that regulated migration has to be "
            + "strengthened to guarantee minimum services for migrants and to reduce irregular migration.",
        ]),
    ];

    public static IReadOnlyList<DiscussionTheme> Themes { get; } =
    [
        new("Need in data collection",
            "Find the main gaps in how data are collected, so that data can support projects and agendas. Data collection in "
            + "Costa Rica with IOM, and by NGOs in Guatemala, shows good practice in reading migration flows region by region."
            + "\n\nFollow the existing data platforms: the regional and national reports of ECLAC and IOM, and R4V (Response for "
            + "Venezuelans), the platform of the Inter-Agency Coordination Platform for Refugees and Migrants from Venezuela."
            + "\n\nApproach irregular migration through the dynamics of work: define what irregularity means and how it arises "
            + "between countries (for example, workers moving between Guatemala and Belize), and understand what drives people "
            + "to move, such as the mass departure caused by the crisis in Venezuela."),
        new("Approach to regular migration",
            "See migration as a chance to move local economies in the countries of destination. The group discussed how Canada "
            + "links job skills and qualifications with the jobs open in each of its regions."
            + "\n\nEncourage exchanges between local stakeholders such as unions and migrant organizations, and identify the gaps "
            + "in local economies in Central America (Guatemala, Honduras, Nicaragua and El Salvador in particular) to understand "
            + "what keeps the \"export of labour\" going."),
        new("Actions from governments",
            "Follow the recommendations of the Global Compact for Migration (GCM) as a way to make regularization more flexible. "
            + "Regularization through work is a strong basis for viable proposals that lead to orderly, regular migration with "
            + "better guarantees of human rights, labour rights included."
            + "\n\nKeep in mind how COVID-19 has strained countries' capacity to respond, one crisis after another. Venezuelan "
            + "migration, mainly in South America and the Caribbean, is a stark case: recent studies describe lost jobs, work in "
            + "high-risk conditions or begging, no access to basic health care and a constant threat of eviction, which leave "
            + "Venezuelan migrants extremely vulnerable and in urgent need of direct assistance and follow-up."
            + "\n\nStrengthen alliances with the consulates of the countries of origin, to monitor how their nationals fare abroad "
            + "and to support programmes and policies that care for and protect them. These alliances should reach local "
            + "stakeholders in each host country and local and national governments."
            + "\n\nRun programmes that promote education and family projects, so that people shape life projects and personal "
            + "enterprise in different forms, a decision to migrate included, with the information they need."),
    ];

    public static IReadOnlyList<string> Agreements { get; } =
    [
        "Participants want to keep opening spaces for discussion and to bring in other stakeholders. Vinicio offered to share "
        + "how GMIES trains public officials, civil society and grassroots communities on migratory regularization.",
        "No specific opportunity was settled for follow-up, but participants are ready to answer new calls from the GFMD chair "
        + "to form further discussion groups.",
        "The problem was identified as \"unregulated migration\".",
        "Work continues with the GFMD to find partners and to tackle this problem with the arguments the participants gave.",
        "First build the multisectoral alliance, then define the resources it needs to succeed against the problem.",
        "The cases presented show weaknesses that must become opportunities and joint work to help resolve the crisis of "
        + "unregulated migration.",
    ];

    /// <summary>Organizations the session mentions besides its participants' (by their demo names).</summary>
    public static IReadOnlyList<string> MentionedOrganizations { get; } =
    [
        DemoData.HiasPeruName, DemoData.RrocmName, DemoData.IomName, DemoData.EclacName, DemoData.R4VName,
        DemoData.ObservatorioName, DemoData.NovaScotiaName,
    ];
}

/// <summary>A participant of the demo session: the organization by its demo name.</summary>
public sealed record DemoParticipant(string Name, string Organization, string? Country, string? Role, IReadOnlyList<string> Points);
