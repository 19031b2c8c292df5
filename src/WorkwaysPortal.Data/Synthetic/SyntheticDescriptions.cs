using System.Globalization;
using System.Text;
using WorkwaysPortal.Domain.Taxonomy;
using static WorkwaysPortal.Data.Synthetic.SyntheticSectors;

namespace WorkwaysPortal.Data.Synthetic;

/// <summary>
/// Descriptions of the synthetic organizations, in Spanish or English, composed from fragments: who
/// they are and where ({places}, {city}), one sentence per capability offered, what they seek, whom
/// they serve, and sometimes a closing line.
/// </summary>
internal static class SyntheticDescriptions
{
    private static readonly Dictionary<(string Sector, string Language), string[]> Intros = new()
    {
        [(CivilSociety, "es")] =
        [
            "Organización de la sociedad civil que acompaña a personas migrantes, refugiadas y retornadas en {places}.",
            "Desde {city}, trabaja por los derechos de las personas en movilidad humana en {places}.",
            "Asociación sin fines de lucro fundada en {city} que atiende a población migrante en tránsito y destino en {places}.",
        ],
        [(CivilSociety, "en")] =
        [
            "Non-profit organization supporting migrants, refugees and returnees in {places}.",
            "Based in {city}, it defends the rights of people on the move in {places}.",
        ],
        [(MigrantOrganization, "es")] =
        [
            "Organización creada por y para personas migrantes en {places}.",
            "Colectivo de personas migrantes y sus familias que se organizan en {city} para defender sus derechos.",
        ],
        [(MigrantOrganization, "en")] =
        [
            "Led by migrants and their families, it organizes communities in {city} and across {places}.",
            "A community organization created by and for migrants in {places}.",
        ],
        [(FaithBased, "es")] =
        [
            "Obra de acogida de inspiración religiosa que recibe a personas migrantes en {city} y acompaña su camino por {places}.",
            "Red de parroquias y voluntariado que brinda hospitalidad a personas en tránsito en {places}.",
        ],
        [(FaithBased, "en")] = ["Faith-based ministry welcoming migrants and refugees in {city} and across {places}."],
        [(Government, "es")] =
        [
            "Institución pública responsable de la gestión migratoria y laboral en {places}.",
            "Oficina gubernamental con sede en {city} que coordina la atención a personas migrantes y retornadas.",
        ],
        [(Government, "en")] =
        [
            "Public agency responsible for labour migration and integration services in {places}.",
            "Government office in {city} coordinating services for newcomers and returnees.",
        ],
        [(InternationalOrganization, "es")] =
        [
            "Oficina de cooperación internacional que apoya a gobiernos y sociedad civil en {places}.",
            "Programa regional con presencia en {places} que promueve una migración segura, ordenada y regular.",
        ],
        [(InternationalOrganization, "en")] =
        [
            "International cooperation office supporting governments and civil society in {places}.",
            "Regional programme promoting safe, orderly and regular migration in {places}.",
        ],
        [(PrivateSector, "es")] =
        [
            "Empresa con sede en {city} que contrata personal en {places} con prácticas de reclutamiento ético.",
            "Empresa del sector agrícola y de servicios con operaciones en {places}.",
        ],
        [(PrivateSector, "en")] =
        [
            "Company based in {city} hiring workers in {places} through ethical recruitment.",
            "Employer in agriculture, construction and hospitality operating in {places}.",
        ],
        [(EmployersOrganization, "es")] = ["Gremio empresarial que reúne a empleadores de {places} interesados en la migración laboral regular."],
        [(EmployersOrganization, "en")] = ["Business association bringing together employers in {places} that rely on regular labour migration."],
        [(TradeUnion, "es")] =
        [
            "Sindicato que organiza y representa a trabajadoras y trabajadores migrantes en {places}.",
            "Organización sindical con sede en {city} que defiende los derechos laborales sin importar la nacionalidad.",
        ],
        [(TradeUnion, "en")] =
        [
            "Trade union organizing and representing migrant workers in {places}.",
            "Union local based in {city} defending labour rights regardless of nationality.",
        ],
        [(Academia, "es")] =
        [
            "Centro académico que investiga la movilidad humana en {places}.",
            "Equipo universitario de {city} dedicado a estudios migratorios y formación.",
        ],
        [(Academia, "en")] =
        [
            "Academic centre researching human mobility in {places}.",
            "University team in {city} dedicated to migration studies and training.",
        ],
        [(LegalProfessional, "es")] = ["Colectivo de abogadas y abogados que brinda defensa legal gratuita a personas migrantes en {places}."],
        [(LegalProfessional, "en")] = ["Lawyers providing free legal representation to migrants and asylum seekers in {places}."],
        [(Donor, "es")] = ["Fundación que financia iniciativas de integración y protección de personas migrantes en {places}."],
        [(Donor, "en")] = ["Foundation funding integration and protection initiatives for migrants in {places}."],
    };

    private static readonly Dictionary<string, (string Es, string En)> Offers = new(StringComparer.Ordinal)
    {
        ["job-placement"] = ("Facilita la inserción laboral mediante bolsas de empleo y acompañamiento a la contratación.", "Connects job seekers with employers through job placement services."),
        ["skills-assessment"] = ("Evalúa competencias y apoya el reconocimiento de títulos obtenidos en el extranjero.", "Assesses skills and helps with the recognition of foreign qualifications."),
        ["vocational-training"] = ("Ofrece cursos de formación técnica y laboral certificados.", "Runs certified vocational and technical training courses."),
        ["language-training"] = ("Imparte clases de idiomas para facilitar la integración.", "Offers language classes that ease integration."),
        ["legal-aid"] = ("Brinda asesoría jurídica gratuita y acompaña procesos de regularización migratoria.", "Provides free legal advice and support with regularization procedures."),
        ["visa-processing"] = ("Gestiona visas de trabajo y programas de migración laboral temporal.", "Processes work visas and temporary labour-migration programmes."),
        ["refugee-reception"] = ("Acoge a personas refugiadas y solicitantes de asilo durante su integración.", "Receives refugees and asylum seekers and supports their integration."),
        ["reintegration"] = ("Acompaña la reintegración económica y psicosocial de personas retornadas.", "Supports the economic and psychosocial reintegration of returned migrants."),
        ["humanitarian-assistance"] = ("Entrega asistencia humanitaria: albergue, alimentación y kits de higiene.", "Delivers humanitarian assistance: shelter, food and hygiene kits."),
        ["health-services"] = ("Presta atención médica y apoyo en salud mental a población migrante.", "Provides health care and mental-health support to migrants."),
        ["data-collection"] = ("Recopila datos y monitorea los flujos migratorios en la región.", "Collects data and monitors migration flows in the region."),
        ["research"] = ("Realiza investigaciones y estudios de línea de base sobre movilidad humana.", "Carries out research and baseline studies on human mobility."),
        ["policy-advocacy"] = ("Impulsa la incidencia política para lograr políticas migratorias con enfoque de derechos.", "Advocates for rights-based migration policies."),
        ["capacity-building"] = ("Fortalece las capacidades de instituciones y organizaciones locales.", "Builds the capacity of local institutions and organizations."),
        ["consular-protection"] = ("Ofrece protección y asistencia consular a sus nacionales en el exterior.", "Offers consular protection and assistance to nationals abroad."),
        ["entrepreneurship"] = ("Apoya emprendimientos y medios de vida con capital semilla y mentoría.", "Supports small businesses and livelihoods with seed capital and mentoring."),
        ["employer-engagement"] = ("Vincula a empleadores con personas migrantes mediante reclutamiento justo.", "Engages employers and promotes fair recruitment of migrant workers."),
        ["worker-representation"] = ("Representa a trabajadoras y trabajadores migrantes y defiende sus derechos laborales.", "Represents migrant workers and defends their labour rights."),
        ["funding"] = ("Otorga financiamiento y pequeñas subvenciones a organizaciones locales.", "Awards funding and small grants to local organizations."),
        ["coordination-platform"] = ("Coordina una plataforma interinstitucional de actores públicos y privados.", "Coordinates an inter-agency platform of public and private actors."),
    };

    private static readonly (string Es, string En)[] SeekPatterns =
    [
        ("Busca alianzas en {list}.", "Looking for partners in {list}."),
        ("Necesita apoyo en {list}.", "Seeks support with {list}."),
        ("Le interesa colaborar con organizaciones especializadas en {list}.", "Keen to work with organizations specialized in {list}."),
    ];

    private static readonly (string Es, string En)[] Groups =
    [
        ("mujeres y niñas", "women and girls"),
        ("niñas, niños y adolescentes no acompañados", "unaccompanied children and adolescents"),
        ("personas LGBTIQ+", "LGBTIQ+ people"),
        ("pueblos indígenas", "Indigenous peoples"),
        ("trabajadores agrícolas temporales", "seasonal agricultural workers"),
        ("personas solicitantes de asilo", "asylum seekers"),
        ("jóvenes en riesgo de migración irregular", "young people at risk of irregular migration"),
        ("personas con discapacidad", "people with disabilities"),
        ("familias retornadas", "returning families"),
    ];

    private static readonly (string Es, string En)[] Closings =
    [
        ("Cuenta con {years} años de experiencia en el territorio.", "Has {years} years of experience on the ground."),
        ("Forma parte de redes regionales de protección.", "Member of regional protection networks."),
        ("Trabaja en coordinación con autoridades locales y organismos internacionales.", "Works in coordination with local authorities and international organizations."),
    ];

    private static readonly Dictionary<string, Capability> Capabilities = SeedTaxonomy.Capabilities.ToDictionary(c => c.Code, StringComparer.Ordinal);

    public static IEnumerable<string> CapabilityCodes => Offers.Keys;

    public static string Create(
        SyntheticRandom random, string sector, string language, string city, IReadOnlyList<string> countries,
        IReadOnlyList<string> offers, IReadOnlyList<string> seeks)
    {
        var spanish = language == "es";
        var text = new StringBuilder(600);
        var places = List([.. countries.Select(c => SyntheticPlaces.CountryName(c, language, inSentence: true))], spanish);
        text.Append(random.Pick(Intros[(sector, spanish ? "es" : "en")]).Replace("{places}", places, StringComparison.Ordinal).Replace("{city}", city, StringComparison.Ordinal));

        foreach (var offer in offers)
        {
            text.Append(' ').Append(spanish ? Offers[offer].Es : Offers[offer].En);
        }

        var seekPattern = random.Pick(SeekPatterns);
        var sought = List([.. seeks.Select(s => LowerFirst(Capabilities[s].NameIn(spanish ? "es" : "en")))], spanish);
        text.Append(' ').Append((spanish ? seekPattern.Es : seekPattern.En).Replace("{list}", sought, StringComparison.Ordinal));

        if (random.Percent(60))
        {
            var groups = random.Percent(30) ? 2 : 1;
            var first = random.Next(Groups.Length);
            var chosen = groups == 1 ? [Groups[first]] : new[] { Groups[first], Groups[(first + 1 + random.Next(Groups.Length - 1)) % Groups.Length] };
            // "así como" / "as well as": the groups themselves may contain "y" / "and".
            text.Append(' ').Append(spanish
                ? "Atiende en especial a " + string.Join(", así como a ", chosen.Select(g => g.Es)) + "."
                : "Works especially with " + string.Join(", as well as ", chosen.Select(g => g.En)) + ".");
        }

        if (random.Percent(40))
        {
            var closing = random.Pick(Closings);
            var years = random.Between(3, 35).ToString(CultureInfo.InvariantCulture);
            text.Append(' ').Append((spanish ? closing.Es : closing.En).Replace("{years}", years, StringComparison.Ordinal));
        }

        return text.ToString();
    }

    /// <summary>"A, B y C" / "A, B and C"; Spanish writes "e" before a word that starts with the sound i ("financiamiento e investigación").</summary>
    private static string List(IReadOnlyList<string> items, bool spanish)
    {
        if (items.Count == 1)
        {
            return items[0];
        }

        var last = items[^1];
        var and = !spanish ? " and "
            : StartsWithI(last) ? " e "
            : " y ";
        return string.Join(", ", items.Take(items.Count - 1)) + and + last;
    }

    private static bool StartsWithI(string word) =>
        word.StartsWith('i') || word.StartsWith('I') || word.StartsWith('í') || word.StartsWith('Í')
        || (word.StartsWith("hi", StringComparison.OrdinalIgnoreCase) && !word.StartsWith("hie", StringComparison.OrdinalIgnoreCase));

    /// <summary>"Job placement" → "job placement" inside a sentence (an acronym-like first word stays as it is).</summary>
    private static string LowerFirst(string name) =>
        name.Length > 1 && char.IsUpper(name[0]) && !char.IsUpper(name[1])
            ? char.ToLower(name[0], CultureInfo.InvariantCulture) + name[1..]
            : name;
}
