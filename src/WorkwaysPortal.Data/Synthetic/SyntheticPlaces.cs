using System.Globalization;
using WorkwaysPortal.Domain.Taxonomy;

namespace WorkwaysPortal.Data.Synthetic;

/// <summary>
/// Where the synthetic organizations are: the countries of the seed taxonomy, weighted to where
/// organizations working on migration actually are (Mexico, the United States, Colombia, the
/// Northern Triangle, the Andean countries receiving Venezuelans, Canada, Hispaniola…), with the
/// small islands rare; their languages, cities and diasporas.
/// </summary>
internal static class SyntheticPlaces
{
    /// <summary>Weight of a country as the home of an organization; any other country of the taxonomy weighs <see cref="RareWeight"/>.</summary>
    private static readonly Dictionary<string, int> HomeWeights =
        "MX:140 US:110 CO:100 GT:70 HN:50 SV:40 PE:50 EC:40 VE:50 CL:50 CA:50 DO:30 HT:30 CR:30 PA:25 NI:15 AR:25 BR:30 BO:10 UY:8 PY:6 CU:8 PR:8 JM:6 TT:6 BZ:5 GY:4 SR:3 AW:3 CW:3 BS:3 BB:3 GF:1 SY:2"
            .Split(' ')
            .Select(entry => entry.Split(':'))
            .ToDictionary(pair => pair[0], pair => int.Parse(pair[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);

    private const int RareWeight = 1;

    private static readonly HashSet<string> SpanishSpeaking = new(StringComparer.Ordinal)
    {
        "MX", "GT", "HN", "SV", "NI", "CR", "PA", "CO", "VE", "PE", "EC", "CL", "AR", "BO", "UY", "PY", "CU", "DO", "PR",
    };

    private static readonly HashSet<string> FrenchSpeaking = new(StringComparer.Ordinal) { "HT", "GP", "MQ", "MF", "BL", "GF", "PM" };

    private static readonly HashSet<string> DutchSpeaking = new(StringComparer.Ordinal) { "SR", "AW", "CW", "BQ", "SX" };

    /// <summary>Cities (Spanish|English when the names differ); a country without cities is named itself.</summary>
    private static readonly Dictionary<string, string[]> CitiesByCountry = new(StringComparer.Ordinal)
    {
        ["MX"] = ["Tijuana", "Ciudad Juárez", "Tapachula", "Monterrey", "Ciudad de México|Mexico City", "Guadalajara", "Oaxaca", "Puebla", "Reynosa", "Mexicali", "San Luis Potosí", "Querétaro", "Mérida", "Veracruz", "Nogales", "Saltillo"],
        ["GT"] = ["Ciudad de Guatemala|Guatemala City", "Quetzaltenango", "Huehuetenango", "Escuintla", "Cobán", "San Marcos", "Tecún Umán", "Chimaltenango", "Sololá"],
        ["HN"] = ["Tegucigalpa", "San Pedro Sula", "La Ceiba", "Choluteca", "Santa Rosa de Copán", "Comayagua", "El Progreso"],
        ["SV"] = ["San Salvador", "Santa Ana", "San Miguel", "Usulután", "La Libertad", "Sonsonate"],
        ["NI"] = ["Managua", "León", "Estelí", "Chinandega", "Matagalpa"],
        ["CR"] = ["San José", "Upala", "Liberia", "Los Chiles", "Heredia", "Limón"],
        ["PA"] = ["Ciudad de Panamá|Panama City", "David", "Colón", "Metetí", "Chiriquí"],
        ["BZ"] = ["Belize City", "Belmopan", "Orange Walk", "San Ignacio"],
        ["CO"] = ["Bogotá", "Cúcuta", "Medellín", "Cali", "Barranquilla", "Bucaramanga", "Riohacha", "Pasto", "Ipiales", "Cartagena", "Arauca", "Villa del Rosario"],
        ["VE"] = ["Caracas", "Maracaibo", "San Cristóbal", "Valencia", "Barquisimeto", "Mérida", "Puerto Ordaz"],
        ["PE"] = ["Lima", "Tumbes", "Trujillo", "Arequipa", "Tacna", "Cusco", "Piura", "Chiclayo"],
        ["EC"] = ["Quito", "Guayaquil", "Cuenca", "Tulcán", "Huaquillas", "Manta", "Ibarra"],
        ["CL"] = ["Santiago", "Antofagasta", "Iquique", "Arica", "Valparaíso", "Concepción", "Temuco"],
        ["AR"] = ["Buenos Aires", "Córdoba", "Rosario", "Mendoza", "Salta"],
        ["BO"] = ["La Paz", "Santa Cruz de la Sierra", "Cochabamba", "El Alto"],
        ["UY"] = ["Montevideo", "Rivera", "Salto"],
        ["PY"] = ["Asunción", "Ciudad del Este", "Encarnación"],
        ["CU"] = ["La Habana|Havana", "Santiago de Cuba", "Camagüey"],
        ["DO"] = ["Santo Domingo", "Santiago de los Caballeros", "Dajabón", "La Romana", "Puerto Plata", "Elías Piña"],
        ["PR"] = ["San Juan", "Ponce", "Mayagüez"],
        ["BR"] = ["São Paulo", "Boa Vista", "Pacaraima", "Manaus", "Rio de Janeiro", "Curitiba", "Porto Alegre", "Florianópolis"],
        ["US"] = ["Houston", "Los Angeles", "Chicago", "New York", "Miami", "San Antonio", "El Paso", "San Diego", "Phoenix", "Atlanta", "Denver", "Washington", "Tucson", "Brownsville", "Charlotte", "Seattle"],
        ["CA"] = ["Toronto", "Montréal", "Vancouver", "Calgary", "Winnipeg", "Ottawa", "Leamington", "Edmonton", "Halifax"],
        ["HT"] = ["Port-au-Prince", "Cap-Haïtien", "Ouanaminthe", "Les Cayes", "Jacmel", "Gonaïves"],
        ["JM"] = ["Kingston", "Montego Bay"],
        ["TT"] = ["Port of Spain", "San Fernando", "Chaguanas"],
        ["GY"] = ["Georgetown", "Lethem"],
        ["SR"] = ["Paramaribo"],
        ["AW"] = ["Oranjestad", "San Nicolas"],
        ["CW"] = ["Willemstad"],
        ["BS"] = ["Nassau", "Freeport"],
        ["BB"] = ["Bridgetown"],
        ["SY"] = ["Damasco|Damascus", "Alepo|Aleppo"],
    };

    /// <summary>Where the people an organization of a country serves mostly come from (corridors and large diasporas).</summary>
    private static readonly Dictionary<string, string[]> DiasporasByCountry = new(StringComparer.Ordinal)
    {
        ["US"] = ["MX", "GT", "HN", "SV", "CU", "VE", "HT", "DO", "CO"],
        ["CA"] = ["MX", "GT", "SY", "HT", "CO"],
        ["MX"] = ["GT", "HN", "SV", "HT", "VE", "CU"],
        ["CO"] = ["VE"],
        ["PE"] = ["VE"],
        ["EC"] = ["VE", "CO"],
        ["CL"] = ["VE", "HT", "PE", "CO", "BO"],
        ["AR"] = ["VE", "PY", "BO", "PE"],
        ["BR"] = ["VE", "HT", "BO"],
        ["CR"] = ["NI", "VE"],
        ["PA"] = ["VE", "CO", "NI"],
        ["DO"] = ["HT", "VE"],
        ["BZ"] = ["GT", "HN", "SV"],
        ["UY"] = ["VE", "CU"],
        ["GT"] = ["HN", "SV"],
    };

    /// <summary>How people from a country are called: Spanish (plural), English, Portuguese (plural), French (plural).</summary>
    private static readonly Dictionary<string, (string Es, string En, string Pt, string Fr)> Demonyms = new(StringComparer.Ordinal)
    {
        ["VE"] = ("Venezolanos", "Venezuelan", "Venezuelanos", "Vénézuéliens"),
        ["HT"] = ("Haitianos", "Haitian", "Haitianos", "Haïtiens"),
        ["NI"] = ("Nicaragüenses", "Nicaraguan", "Nicaraguenses", "Nicaraguayens"),
        ["GT"] = ("Guatemaltecos", "Guatemalan", "Guatemaltecos", "Guatémaltèques"),
        ["HN"] = ("Hondureños", "Honduran", "Hondurenhos", "Honduriens"),
        ["SV"] = ("Salvadoreños", "Salvadoran", "Salvadorenhos", "Salvadoriens"),
        ["MX"] = ("Mexicanos", "Mexican", "Mexicanos", "Mexicains"),
        ["CU"] = ("Cubanos", "Cuban", "Cubanos", "Cubains"),
        ["CO"] = ("Colombianos", "Colombian", "Colombianos", "Colombiens"),
        ["SY"] = ("Sirios", "Syrian", "Sírios", "Syriens"),
        ["PE"] = ("Peruanos", "Peruvian", "Peruanos", "Péruviens"),
        ["BO"] = ("Bolivianos", "Bolivian", "Bolivianos", "Boliviens"),
        ["PY"] = ("Paraguayos", "Paraguayan", "Paraguaios", "Paraguayens"),
        ["DO"] = ("Dominicanos", "Dominican", "Dominicanos", "Dominicains"),
    };

    private static readonly Dictionary<string, Country> Countries = SeedTaxonomy.Countries.ToDictionary(c => c.Code, StringComparer.Ordinal);

    /// <summary>Every country of the seed taxonomy, in the taxonomy's order, with its weight as a home.</summary>
    public static Weighted<string> Homes { get; } = new(SeedTaxonomy.Countries.Select(c => (c.Code, HomeWeights.GetValueOrDefault(c.Code, RareWeight))));

    private static readonly Dictionary<string, Weighted<string>> BySubRegion = SeedTaxonomy.Countries
        .GroupBy(c => c.SubRegionCode, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => new Weighted<string>(g.Select(c => (c.Code, HomeWeights.GetValueOrDefault(c.Code, RareWeight)))), StringComparer.Ordinal);

    /// <summary>Both ends of every corridor, from either end.</summary>
    private static readonly Dictionary<string, string[]> CorridorPartners = SeedTaxonomy.Corridors
        .SelectMany(c => new[] { (c.OriginCode, c.DestinationCode), (c.DestinationCode, c.OriginCode) })
        .GroupBy(p => p.Item1, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(p => p.Item2).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);

    public static IEnumerable<string> WeightedCodes => HomeWeights.Keys;

    public static bool IsSpanishSpeaking(string country) => SpanishSpeaking.Contains(country);

    /// <summary>The main language of a country among the portal's working languages.</summary>
    public static string HomeLanguage(string country) =>
        SpanishSpeaking.Contains(country) ? "es"
        : FrenchSpeaking.Contains(country) ? "fr"
        : DutchSpeaking.Contains(country) ? "nl"
        : country == "BR" ? "pt"
        : "en";

    public static string SubRegionOf(string country) => Countries[country].SubRegionCode;

    /// <summary>Countries whose English name takes "the" inside a sentence ("in the Dominican Republic").</summary>
    private static readonly HashSet<string> EnglishWithArticle = new(StringComparer.Ordinal) { "US", "DO", "BS", "KY", "TC", "VG", "VI", "FK" };

    /// <summary>The country's name in Spanish, or in English for any other language ("the United States" inside a sentence).</summary>
    public static string CountryName(string country, string language, bool inSentence = false)
    {
        var name = Countries[country].NameIn(language == "es" ? "es" : "en");
        return inSentence && language != "es" && EnglishWithArticle.Contains(country) ? "the " + name : name;
    }

    /// <summary>A country of the same sub-region as <paramref name="country"/> not yet chosen, weighted; null when none is left.</summary>
    public static string? Neighbour(SyntheticRandom random, string country, IReadOnlyCollection<string> chosen) =>
        BySubRegion[SubRegionOf(country)].PickDistinct(random, 1, chosen) is [var neighbour] ? neighbour : null;

    /// <summary>The other end of a corridor of <paramref name="country"/> not yet chosen; null when none is left.</summary>
    public static string? CorridorPartner(SyntheticRandom random, string country, IReadOnlyCollection<string> chosen) =>
        CorridorPartners.TryGetValue(country, out var partners) && partners.Where(p => !chosen.Contains(p)).ToArray() is { Length: > 0 } open
            ? random.Pick(open)
            : null;

    /// <summary>A city of the country, in the given language (a country without listed cities is its own place).</summary>
    public static string City(SyntheticRandom random, string country, string language)
    {
        if (!CitiesByCountry.TryGetValue(country, out var cities))
        {
            return CountryName(country, language);
        }

        var city = random.Pick(cities);
        var bar = city.IndexOf('|', StringComparison.Ordinal);
        return bar < 0 ? city : language == "es" ? city[..bar] : city[(bar + 1)..];
    }

    /// <summary>The origin of the diaspora an organization serves, or null when the country has none listed.</summary>
    public static string? Diaspora(SyntheticRandom random, string country) =>
        DiasporasByCountry.TryGetValue(country, out var origins) ? random.Pick(origins) : null;

    public static string Demonym(string country, string language)
    {
        var names = Demonyms[country];
        return language switch
        {
            "es" => names.Es,
            "pt" => names.Pt,
            "fr" => names.Fr,
            _ => names.En,
        };
    }
}
