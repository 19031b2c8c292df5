using System.Globalization;

namespace WorkwaysPortal.Data.Synthetic;

/// <summary>
/// What the synthetic organizations are and do: sectors with the frequencies of a real directory
/// (civil society and migrant organizations first, then government, …) and, per sector, how often
/// each capability is offered or sought (unions offer worker representation, governments visas and
/// consular protection, international organizations data, research and funding…).
/// </summary>
internal static class SyntheticSectors
{
    public const string CivilSociety = "civil-society";
    public const string MigrantOrganization = "migrant-organization";
    public const string Government = "government";
    public const string InternationalOrganization = "international-organization";
    public const string PrivateSector = "private-sector";
    public const string EmployersOrganization = "employers-organization";
    public const string TradeUnion = "trade-union";
    public const string Academia = "academia";
    public const string LegalProfessional = "legal-professional";
    public const string FaithBased = "faith-based";
    public const string Donor = "donor";

    public static Weighted<string> All { get; } = new(
    [
        (CivilSociety, 27), (MigrantOrganization, 14), (Government, 12), (FaithBased, 9), (InternationalOrganization, 7),
        (PrivateSector, 8), (Academia, 7), (TradeUnion, 5), (EmployersOrganization, 4), (LegalProfessional, 4), (Donor, 3),
    ]);

    private static readonly Dictionary<string, Weighted<string>> OfferWeights = new(StringComparer.Ordinal)
    {
        [CivilSociety] = Parse("legal-aid:30 humanitarian-assistance:25 policy-advocacy:22 capacity-building:15 refugee-reception:15 job-placement:12 vocational-training:10 health-services:8 reintegration:10 entrepreneurship:10 language-training:6 data-collection:6 coordination-platform:6 research:4 worker-representation:3 skills-assessment:3"),
        [MigrantOrganization] = Parse("policy-advocacy:25 humanitarian-assistance:20 entrepreneurship:15 coordination-platform:12 legal-aid:12 language-training:10 job-placement:10 reintegration:10 capacity-building:8 data-collection:4 research:2"),
        [FaithBased] = Parse("humanitarian-assistance:35 refugee-reception:25 legal-aid:15 health-services:12 policy-advocacy:10 reintegration:8 language-training:6 capacity-building:5 coordination-platform:4"),
        [Government] = Parse("visa-processing:30 consular-protection:25 job-placement:15 skills-assessment:12 data-collection:12 reintegration:12 refugee-reception:10 vocational-training:10 coordination-platform:8 health-services:6 employer-engagement:6 funding:5"),
        [InternationalOrganization] = Parse("data-collection:25 funding:25 research:20 capacity-building:20 coordination-platform:15 humanitarian-assistance:12 policy-advocacy:10 refugee-reception:8 reintegration:6 skills-assessment:5"),
        [PrivateSector] = Parse("job-placement:35 employer-engagement:20 vocational-training:20 entrepreneurship:10 skills-assessment:10 language-training:8 funding:6 health-services:3"),
        [EmployersOrganization] = Parse("employer-engagement:35 job-placement:20 vocational-training:15 skills-assessment:12 policy-advocacy:12 coordination-platform:8 data-collection:4"),
        [TradeUnion] = Parse("worker-representation:45 legal-aid:18 policy-advocacy:18 capacity-building:10 vocational-training:8 coordination-platform:5 data-collection:4"),
        [Academia] = Parse("research:40 data-collection:30 capacity-building:15 skills-assessment:8 policy-advocacy:6 language-training:6 vocational-training:5"),
        [LegalProfessional] = Parse("legal-aid:50 policy-advocacy:15 capacity-building:12 visa-processing:8 research:5 worker-representation:5"),
        [Donor] = Parse("funding:60 capacity-building:20 coordination-platform:10 research:5 data-collection:5"),
    };

    private static readonly Dictionary<string, Weighted<string>> SeekWeights = new(StringComparer.Ordinal)
    {
        [CivilSociety] = Parse("funding:40 job-placement:15 employer-engagement:15 capacity-building:12 data-collection:10 vocational-training:10 legal-aid:8 health-services:8 research:6 coordination-platform:6 visa-processing:5 consular-protection:5"),
        [MigrantOrganization] = Parse("funding:35 legal-aid:18 job-placement:18 vocational-training:12 skills-assessment:12 consular-protection:10 capacity-building:10 employer-engagement:8 health-services:8 visa-processing:6"),
        [FaithBased] = Parse("funding:35 legal-aid:15 health-services:12 job-placement:12 vocational-training:10 employer-engagement:8 data-collection:6 consular-protection:6"),
        [Government] = Parse("employer-engagement:20 data-collection:15 capacity-building:15 research:12 funding:12 job-placement:10 vocational-training:10 legal-aid:6 reintegration:6 coordination-platform:6 humanitarian-assistance:5"),
        [InternationalOrganization] = Parse("employer-engagement:12 coordination-platform:10 job-placement:10 legal-aid:10 humanitarian-assistance:10 data-collection:8 vocational-training:8 research:8 health-services:6 refugee-reception:6 reintegration:6"),
        [PrivateSector] = Parse("visa-processing:30 skills-assessment:18 vocational-training:15 job-placement:12 language-training:12 legal-aid:8 employer-engagement:5 worker-representation:4"),
        [EmployersOrganization] = Parse("visa-processing:30 skills-assessment:15 vocational-training:15 language-training:10 data-collection:8 legal-aid:6 research:6"),
        [TradeUnion] = Parse("funding:15 legal-aid:12 research:12 data-collection:12 capacity-building:10 employer-engagement:8 language-training:8 consular-protection:8 coordination-platform:6"),
        [Academia] = Parse("funding:35 data-collection:12 coordination-platform:8 research:6 employer-engagement:6 capacity-building:4"),
        [LegalProfessional] = Parse("funding:25 consular-protection:12 humanitarian-assistance:8 data-collection:8 research:8 coordination-platform:8 health-services:6"),
        [Donor] = Parse("data-collection:18 research:12 coordination-platform:12 capacity-building:8 policy-advocacy:8 job-placement:6 entrepreneurship:6 reintegration:6"),
    };

    /// <summary>How many capabilities an organization offers (1–4) and seeks (1–3).</summary>
    private static readonly Weighted<int> OfferCounts = new([(1, 20), (2, 35), (3, 28), (4, 17)]);
    private static readonly Weighted<int> SeekCounts = new([(1, 40), (2, 38), (3, 22)]);

    public static IEnumerable<string> CapabilityCodes =>
        OfferWeights.Values.Concat(SeekWeights.Values).SelectMany(w => w.Values).Distinct(StringComparer.Ordinal);

    public static IEnumerable<string> SectorCodes => All.Values.Concat(OfferWeights.Keys).Concat(SeekWeights.Keys).Distinct(StringComparer.Ordinal);

    public static List<string> Offers(SyntheticRandom random, string sector) =>
        OfferWeights[sector].PickDistinct(random, OfferCounts.Pick(random), []);

    /// <summary>What an organization seeks: never what it already offers.</summary>
    public static List<string> Seeks(SyntheticRandom random, string sector, IReadOnlyCollection<string> offers) =>
        SeekWeights[sector].PickDistinct(random, SeekCounts.Pick(random), offers);

    /// <summary>International organizations and donors work in more countries than a local association.</summary>
    public static int CountryCount(SyntheticRandom random, string sector) =>
        (sector is InternationalOrganization or Donor ? WideCountryCounts : CountryCounts).Pick(random);

    private static readonly Weighted<int> CountryCounts = new([(1, 58), (2, 24), (3, 11), (4, 7)]);
    private static readonly Weighted<int> WideCountryCounts = new([(1, 30), (2, 25), (3, 20), (4, 25)]);

    private static Weighted<string> Parse(string table) =>
        new(table.Split(' ').Select(entry =>
        {
            var colon = entry.IndexOf(':', StringComparison.Ordinal);
            return (entry[..colon], int.Parse(entry[(colon + 1)..], CultureInfo.InvariantCulture));
        }));
}
