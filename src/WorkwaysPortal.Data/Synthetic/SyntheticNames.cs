using static WorkwaysPortal.Data.Synthetic.SyntheticSectors;

namespace WorkwaysPortal.Data.Synthetic;

/// <summary>
/// Name patterns of the synthetic organizations, per sector and language. Placeholders: {city},
/// {country}, {surname}, {saint}, and {people} (the diaspora served; such patterns are used only
/// when the country has one).
/// </summary>
internal static class SyntheticNames
{
    private static readonly Dictionary<(string Sector, string Language), string[]> Patterns = new()
    {
        [(CivilSociety, "es")] =
        [
            "Red de Apoyo al Migrante de {city}", "Asociación Pro Derechos de las Personas Migrantes de {city}",
            "Centro de Derechos Humanos y Movilidad Humana de {city}", "Colectivo Frontera Digna de {city}",
            "Fundación Caminos Seguros – {city}", "Casa de Acogida para Personas Migrantes de {city}",
            "Iniciativa Ciudadana por la Movilidad Humana en {country}", "Observatorio Ciudadano de Migración de {city}",
            "Asociación Manos Solidarias de {city}", "Corporación Puentes de Integración – {city}",
        ],
        [(CivilSociety, "en")] =
        [
            "{city} Immigrant Support Network", "{city} Center for Migrant Rights", "Safe Pathways Coalition of {city}",
            "{city} Newcomer Services", "{city} Refugee Welcome Alliance", "Border Solidarity Project – {city}",
            "{city} Immigrant Justice Collaborative",
        ],
        [(CivilSociety, "pt")] =
        [
            "Associação de Apoio ao Imigrante de {city}", "Centro de Direitos Humanos e Migração de {city}", "Rede de Acolhida a Migrantes de {city}",
        ],
        [(CivilSociety, "fr")] = ["Réseau d'Appui aux Migrants de {city}", "Centre pour les Droits des Migrants de {city}", "Collectif Frontière et Dignité – {city}"],
        [(MigrantOrganization, "es")] =
        [
            "Asociación de {people} en {city}", "Colectivo de {people} Unidos en {city}", "Comunidad de {people} Residentes en {city}",
            "Asociación de Migrantes Retornados de {city}", "Red de Mujeres Migrantes de {city}", "Colectivo de Jóvenes Migrantes de {city}",
            "Asociación de Familiares de Migrantes Desaparecidos de {city}",
        ],
        [(MigrantOrganization, "en")] =
        [
            "{people} Community Association of {city}", "{people} Diaspora Network – {city}", "{city} Migrant Women's Network",
            "{city} Returnees' Association", "{city} Migrant Youth Collective",
        ],
        [(MigrantOrganization, "pt")] = ["Associação de {people} em {city}", "Coletivo de Mulheres Imigrantes de {city}"],
        [(MigrantOrganization, "fr")] = ["Association des Rapatriés de {city}", "Collectif des {people} de {city}"],
        [(FaithBased, "es")] =
        [
            "Casa del Migrante {saint} de {city}", "Pastoral de Movilidad Humana – Diócesis de {city}",
            "Albergue {saint} para Personas Migrantes de {city}", "Comunidad de Fe y Acogida de {city}",
            "Iglesia Evangélica Hogar del Caminante de {city}",
        ],
        [(FaithBased, "en")] = ["{city} Interfaith Refugee Ministry", "{saint} Migrant Shelter of {city}", "{city} Sanctuary Network", "{city} Church Refugee Sponsorship Group"],
        [(FaithBased, "pt")] = ["Pastoral do Migrante de {city}", "Casa de Acolhida {saint} de {city}"],
        [(FaithBased, "fr")] = ["Pastorale des Migrants de {city}", "Maison d'Accueil {saint} de {city}"],
        [(Government, "es")] =
        [
            "Ministerio de Trabajo – Oficina Regional de {city}", "Dirección de Migración – Delegación {city}",
            "Secretaría de Inclusión Social de {city}", "Alcaldía de {city} – Oficina de Atención al Migrante",
            "Servicio Público de Empleo – Sede {city}", "Gobernación de {city} – Mesa de Movilidad Humana",
            "Defensoría del Pueblo – Regional {city}",
        ],
        [(Government, "en")] =
        [
            "{city} Office of Immigrant Affairs", "Ministry of Labour – {city} Regional Office", "{city} Newcomer Employment Office",
            "Department of Labor – {city} District Office", "Provincial Immigration Office – {city}",
        ],
        [(Government, "pt")] = ["Secretaria de Assistência Social de {city} – Núcleo de Migração", "Superintendência Regional do Trabalho – {city}"],
        [(Government, "fr")] = ["Direction de l'Immigration – Bureau de {city}", "Ministère des Affaires Sociales – Bureau de {city}"],
        [(InternationalOrganization, "es")] =
        [
            "Programa Regional de Movilidad Laboral – Oficina {city}", "Misión de Cooperación en Migración – {country}",
            "Plataforma Regional de Respuesta a Refugiados y Migrantes – {city}", "Proyecto Binacional de Protección – {country}",
        ],
        [(InternationalOrganization, "en")] =
        [
            "Regional Labour Mobility Programme – {city} Office", "Migration Cooperation Mission – {country}",
            "Inter-Agency Coordination Platform – {city} Hub", "Migration Data Initiative – {country} Office",
        ],
        [(PrivateSector, "es")] =
        [
            "Agrícola {surname} S.A.", "Constructora {surname} y Asociados", "Reclutamiento Ético {surname} – {city}",
            "Cooperativa Cafetalera de {city}", "Hoteles {surname} de {city}", "Agroexportadora del Valle de {city}",
        ],
        [(PrivateSector, "en")] =
        [
            "{surname} Farms Inc. – {city}", "{city} Hospitality Group", "Fair Hiring Partners {city}", "{surname} Construction Ltd. – {city}",
            "{city} Seafood Processors",
        ],
        [(PrivateSector, "pt")] = ["Agropecuária {surname} Ltda.", "Construtora {surname} – {city}"],
        [(PrivateSector, "fr")] = ["Entreprise Agricole {surname} S.A.", "Textiles {surname} de {city}"],
        [(EmployersOrganization, "es")] =
        [
            "Cámara de Comercio de {city}", "Asociación de Exportadores Agrícolas de {city}", "Cámara de la Construcción de {city}",
            "Consejo Empresarial de {city}",
        ],
        [(EmployersOrganization, "en")] =
        [
            "{city} Chamber of Commerce", "{city} Growers Association", "{city} Hospitality Employers Council", "Regional Builders Association of {city}",
        ],
        [(EmployersOrganization, "pt")] = ["Associação Comercial de {city}", "Federação das Indústrias – {city}"],
        [(EmployersOrganization, "fr")] = ["Chambre de Commerce de {city}", "Association des Industriels de {city}"],
        [(TradeUnion, "es")] =
        [
            "Sindicato de Trabajadores Agrícolas de {city}", "Federación de Trabajadores de la Construcción – {city}",
            "Sindicato Único de Trabajadoras del Hogar de {city}", "Central de Trabajadores de {city}",
        ],
        [(TradeUnion, "en")] =
        [
            "{city} Farmworkers Union Local", "Construction Workers Union – {city} Local", "{city} Domestic Workers Alliance",
            "United Food and Hospitality Workers – {city}",
        ],
        [(TradeUnion, "pt")] = ["Sindicato dos Trabalhadores Rurais de {city}", "Central Sindical de {city}"],
        [(TradeUnion, "fr")] = ["Syndicat des Travailleurs de {city}", "Confédération des Travailleurs de {city}"],
        [(Academia, "es")] =
        [
            "Universidad de {city} – Observatorio de Migraciones", "Instituto de Estudios sobre Movilidad Humana de {city}",
            "Centro de Investigación en Migración y Desarrollo de {city}", "Facultad de Estudios Migratorios – Sede {city}",
        ],
        [(Academia, "en")] = ["{city} University Migration Research Center", "Institute for Migration Studies – {city}", "{city} College Labour Mobility Lab"],
        [(Academia, "pt")] = ["Universidade de {city} – Observatório das Migrações", "Núcleo de Estudos Migratórios de {city}"],
        [(Academia, "fr")] = ["Université de {city} – Observatoire des Migrations", "Institut de Recherche sur la Mobilité de {city}"],
        [(LegalProfessional, "es")] =
        [
            "Clínica Jurídica para Personas Migrantes de {city}", "Colegio de Abogados de {city} – Comisión de Movilidad Humana",
            "Bufete Popular de {city}", "Defensores de Derechos Migrantes de {city}",
        ],
        [(LegalProfessional, "en")] = ["{city} Immigration Legal Clinic", "{city} Bar Association – Immigration Section", "Pro Bono Immigration Counsel of {city}"],
        [(LegalProfessional, "pt")] = ["Clínica Jurídica de Migração de {city}"],
        [(LegalProfessional, "fr")] = ["Clinique Juridique des Migrants de {city}"],
        [(Donor, "es")] = ["Fondo {surname} para la Movilidad Humana", "Fundación Comunitaria de {city}", "Fondo Solidario de {city}"],
        [(Donor, "en")] = ["{city} Community Foundation", "{surname} Family Foundation", "{city} Fund for Newcomers"],
        [(Donor, "pt")] = ["Fundo Comunitário de {city}", "Instituto {surname} de Filantropia"],
        [(Donor, "fr")] = ["Fonds Communautaire de {city}", "Fondation {surname}"],
    };

    private static readonly Dictionary<string, string[]> Surnames = new(StringComparer.Ordinal)
    {
        ["es"] = ["Hernández", "García", "Martínez", "López", "González", "Rodríguez", "Pérez", "Ramírez", "Morales", "Castillo", "Jiménez", "Flores", "Rojas", "Vásquez", "Mendoza", "Quispe", "Díaz", "Gutiérrez", "Ortega", "Núñez"],
        ["en"] = ["Miller", "Thompson", "Anderson", "Campbell", "Wilson", "MacLeod", "Tremblay", "Johnson", "Baker", "Walker", "Brown", "Clarke"],
        ["pt"] = ["Silva", "Souza", "Oliveira", "Pereira", "Costa", "Almeida"],
        ["fr"] = ["Pierre", "Joseph", "Jean-Baptiste", "Charles", "Dorval", "Étienne"],
    };

    private static readonly Dictionary<string, string[]> Saints = new(StringComparer.Ordinal)
    {
        ["es"] = ["San José", "Santa Marta", "San Juan Diego", "Nuestra Señora de Guadalupe", "San Óscar Romero", "Santa Rosa de Lima", "San Martín de Porres", "Belén"],
        ["en"] = ["St. Joseph", "St. Martha", "Good Shepherd", "St. Francis", "Holy Family"],
        ["pt"] = ["São José", "Santa Rita", "Nossa Senhora Aparecida"],
        ["fr"] = ["Saint-Joseph", "Sainte-Marthe", "Notre-Dame"],
    };

    /// <summary>
    /// A name for an organization of <paramref name="sector"/> named in <paramref name="language"/>
    /// (English patterns stand in for a language without its own), made unique by <paramref name="number"/>.
    /// </summary>
    public static string Create(SyntheticRandom random, string sector, string language, string city, string country, string? people, int number)
    {
        var patternLanguage = Patterns.ContainsKey((sector, language)) ? language : "en";
        var patterns = Patterns[(sector, patternLanguage)];
        var usable = people is null ? [.. patterns.Where(p => !p.Contains("{people}", StringComparison.Ordinal))] : patterns;
        var pattern = random.Pick(usable);
        var name = pattern
            .Replace("{city}", city, StringComparison.Ordinal)
            .Replace("{country}", country, StringComparison.Ordinal)
            .Replace("{people}", people ?? "", StringComparison.Ordinal)
            .Replace("{surname}", random.Pick(Surnames[patternLanguage]), StringComparison.Ordinal)
            .Replace("{saint}", random.Pick(Saints[patternLanguage]), StringComparison.Ordinal);
        return name + " " + number.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Whether <paramref name="sector"/> has its own patterns in <paramref name="language"/>.</summary>
    public static bool HasPatterns(string sector, string language) => Patterns.ContainsKey((sector, language));
}
