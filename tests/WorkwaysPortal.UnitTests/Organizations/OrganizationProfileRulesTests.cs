using WorkwaysPortal.Domain;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Taxonomy;

namespace WorkwaysPortal.UnitTests.Organizations;

public sealed class OrganizationProfileRulesTests
{
    private static OrganizationProfile Valid() => new(
        "HIAS Perú", null, "faith-based", ["PE"], ["legal-aid"], ["job-placement"], ["es"], "https://hias.org",
        "Acogida de personas refugiadas.", OrganizationContact.None);

    private static IReadOnlyList<FieldError> Check(OrganizationProfile profile) => OrganizationProfileRules.Check(profile, TaxonomySnapshot.Seed);

    [Fact]
    public void A_complete_profile_has_no_errors() => Assert.Empty(Check(Valid()));

    [Theory]
    [InlineData("name", UserMessages.NameRequired)]
    [InlineData("sector", UserMessages.UnknownSector)]
    [InlineData("countries", UserMessages.UnknownCountry)]
    [InlineData("offers", UserMessages.UnknownCapability)]
    [InlineData("languages", UserMessages.UnknownLanguage)]
    [InlineData("website", UserMessages.WebsiteNotHttp)]
    [InlineData("description", UserMessages.DescriptionTooLong)]
    [InlineData("contactEmail", UserMessages.ContactEmailInvalid)]
    public void Each_rule_names_its_field(string field, string message)
    {
        var profile = field switch
        {
            "name" => Valid() with { Name = " " },
            "sector" => Valid() with { Sector = "astronauts" },
            "countries" => Valid() with { Countries = ["PE", "XX"] },
            "offers" => Valid() with { Offers = ["teleportation"] },
            "languages" => Valid() with { Languages = ["klingon"] },
            "website" => Valid() with { Website = "javascript:alert(1)" },
            "description" => Valid() with { Description = new string('a', Organization.DescriptionMaxLength + 1) },
            "contactEmail" => Valid() with { Contact = new OrganizationContact(null, "not an email", null) },
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };

        var error = Assert.Single(Check(profile));

        Assert.Equal(field, error.Field);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void At_least_one_country_is_required() =>
        Assert.Contains(Check(Valid() with { Countries = [] }), e => e.Field == "countries" && e.Message == UserMessages.CountryRequired);

    [Theory]
    [InlineData("ftp://example.org")]
    [InlineData("data:text/html,hi")]
    [InlineData("example.org")]
    [InlineData("https://")]
    public void Only_http_and_https_addresses_are_websites(string website) =>
        Assert.False(OrganizationProfileRules.IsHttpUrl(website));

    [Fact]
    public void The_error_message_formats_with_its_arguments()
    {
        var error = Assert.Single(Check(Valid() with { Countries = ["ZZ"] }));

        Assert.Equal("\"ZZ\" is not a known country code.", error.Format(System.Globalization.CultureInfo.InvariantCulture));
    }
}
