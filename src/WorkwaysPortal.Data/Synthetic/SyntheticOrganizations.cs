using System.Globalization;
using System.Text;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Text;
using static WorkwaysPortal.Data.Synthetic.SyntheticSectors;

namespace WorkwaysPortal.Data.Synthetic;

/// <summary>
/// Deterministic, realistic synthetic organizations for load tests: the same count and seed give the
/// same organizations, in the same order, on every machine. Countries, sectors, capabilities and
/// languages follow the frequencies of a real directory (see <see cref="SyntheticPlaces"/> and
/// <see cref="SyntheticSectors"/>); descriptions are in Spanish for organizations based in a
/// Spanish-speaking country (mostly) and in English otherwise; names end in their row number, so they
/// are unique.
/// </summary>
public static class SyntheticOrganizations
{
    public const int DefaultSeed = 1;
    public const int MaxCount = 1_000_000;

    /// <summary>The organizations, one at a time (nothing is kept: a million rows stream to a file).</summary>
    public static IEnumerable<OrganizationProfile> Generate(int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxCount);
        return GenerateIterator(count, seed);
    }

    private static IEnumerable<OrganizationProfile> GenerateIterator(int count, int seed)
    {
        var random = new SyntheticRandom(seed);
        for (var number = 1; number <= count; number++)
        {
            yield return Create(random, number);
        }
    }

    private static OrganizationProfile Create(SyntheticRandom random, int number)
    {
        var sector = All.Pick(random);
        var countries = Countries(random, sector);
        var home = countries[0];
        var homeLanguage = SyntheticPlaces.HomeLanguage(home);

        // Organizations in Spanish-speaking countries mostly write in Spanish; regional offices of
        // international organizations and donors often in English. Everyone else here writes in English.
        var spanishShare = sector is InternationalOrganization or Donor ? 65 : 92;
        var textLanguage = homeLanguage == "es" && random.Percent(spanishShare) ? "es" : "en";
        var nameLanguage = homeLanguage is "pt" or "fr" ? homeLanguage : textLanguage;

        var city = SyntheticPlaces.City(random, home, nameLanguage);
        var diaspora = sector == MigrantOrganization || random.Percent(30) ? SyntheticPlaces.Diaspora(random, home) : null;
        var people = diaspora is null ? null : SyntheticPlaces.Demonym(diaspora, nameLanguage);
        var name = SyntheticNames.Create(random, sector, nameLanguage, city, SyntheticPlaces.CountryName(home, nameLanguage), people, number);

        var offers = SyntheticSectors.Offers(random, sector);
        var seeks = SyntheticSectors.Seeks(random, sector, offers);
        var languages = Languages(random, sector, countries, homeLanguage);
        var descriptionCity = textLanguage == nameLanguage ? city : SyntheticPlaces.City(random, home, textLanguage);
        var description = SyntheticDescriptions.Create(random, sector, textLanguage, descriptionCity, countries, offers, seeks);

        var acronym = random.Percent(55) ? Acronym(name) : null;
        var website = random.Percent(45) ? Website(name, number) : null;
        return new OrganizationProfile(name, acronym, sector, countries, offers, seeks, languages, website, description, OrganizationContact.None);
    }

    /// <summary>
    /// The home country first, then mostly neighbours of the same sub-region, sometimes the other end
    /// of a migration corridor.
    /// </summary>
    private static List<string> Countries(SyntheticRandom random, string sector)
    {
        var home = SyntheticPlaces.Homes.Pick(random);
        var countries = new List<string>(4) { home };
        var wanted = CountryCount(random, sector);
        while (countries.Count < wanted)
        {
            var draw = random.Next(100);
            var next = draw < 72 ? SyntheticPlaces.Neighbour(random, home, countries)
                : draw < 92 ? SyntheticPlaces.CorridorPartner(random, countries[random.Next(countries.Count)], countries)
                : null;
            next ??= SyntheticPlaces.Homes.PickDistinct(random, 1, countries).Single();
            countries.Add(next);
        }

        return countries;
    }

    /// <summary>The languages of the countries, plus English for international work and Spanish for Latino communities in the US.</summary>
    private static List<string> Languages(SyntheticRandom random, string sector, IReadOnlyList<string> countries, string homeLanguage)
    {
        var languages = new List<string> { homeLanguage };
        void Add(string language)
        {
            if (!languages.Contains(language))
            {
                languages.Add(language);
            }
        }

        foreach (var country in countries)
        {
            switch (country)
            {
                case "HT":
                    Add("fr");
                    if (random.Percent(85))
                    {
                        Add("ht");
                    }

                    break;
                case "US" when sector is CivilSociety or MigrantOrganization or FaithBased or LegalProfessional or TradeUnion && random.Percent(70):
                case "BZ" or "AW" or "CW" when random.Percent(45):
                    Add("es");
                    break;
                case "CA" when random.Percent(35):
                    Add("fr");
                    break;
                case "PR" when random.Percent(70):
                    Add("en");
                    break;
                case "BR" when random.Percent(25):
                    Add("es");
                    break;
            }

            Add(SyntheticPlaces.HomeLanguage(country));
        }

        if (sector is InternationalOrganization or Donor or Academia && random.Percent(60))
        {
            Add("en");
        }

        return languages;
    }

    /// <summary>The initials of the name's main words ("Red de Apoyo al Migrante de Quetzaltenango" → RAMQ).</summary>
    private static string? Acronym(string name)
    {
        var initials = new StringBuilder(8);
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (char.IsUpper(word[0]) && initials.Length < 8)
            {
                initials.Append(word[0]);
            }
        }

        return initials.Length >= 2 ? initials.ToString() : null;
    }

    /// <summary>An address under example.org (reserved for examples: no real site is named).</summary>
    private static string Website(string name, int number)
    {
        var words = NameKey.For(name)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string([.. w.Where(char.IsAsciiLetterOrDigit)]))
            .Where(w => w.Length > 3 && !w.All(char.IsAsciiDigit))
            .Take(3)
            .DefaultIfEmpty("org");
        return string.Create(CultureInfo.InvariantCulture, $"https://{string.Join('-', words)}-{number}.example.org");
    }
}
