using System.Globalization;
using WorkwaysPortal.Data.Seed;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Taxonomy;
using WorkwaysPortal.Domain.Text;

namespace WorkwaysPortal.IntegrationTests.Seed;

public sealed class DemoSeederTests
{
    private static IEnumerable<OrganizationProfile> AllProfiles => DemoData.Organizations.Append(DemoData.PendingOrganization);

    [Fact]
    public void Every_demo_profile_fits_the_seed_taxonomy()
    {
        foreach (var profile in AllProfiles)
        {
            var errors = OrganizationProfileRules.Check(profile, TaxonomySnapshot.Seed);
            Assert.True(
                errors.Count == 0,
                $"{profile.Name}: {string.Join("; ", errors.Select(e => e.Field + ": " + e.Format(CultureInfo.InvariantCulture)))}");
        }
    }

    [Fact]
    public void Demo_organizations_are_distinct_and_reachable_only_through_demo_contacts()
    {
        var profiles = AllProfiles.ToList();
        Assert.InRange(profiles.Count, 12, 16);
        Assert.Equal(profiles.Count, profiles.Select(p => NameKey.For(p.Name)).Distinct(StringComparer.Ordinal).Count());
        Assert.All(profiles, p => Assert.EndsWith(".example.org", p.Contact.Email, StringComparison.Ordinal));
        Assert.All(profiles.Where(p => p.Website is not null), p => Assert.StartsWith("https://", p.Website, StringComparison.Ordinal));
    }

    [Fact]
    public void Demo_descriptions_are_in_English_and_in_accented_Spanish()
    {
        var descriptions = AllProfiles.Select(p => p.Description).ToList();
        Assert.Contains(descriptions, d => d.Contains("migración", StringComparison.Ordinal) && d.Contains("capacitación", StringComparison.Ordinal));
        Assert.Contains(descriptions, d => d.Contains(" the ", StringComparison.Ordinal));
        Assert.Contains(AllProfiles, p => p.Languages.SequenceEqual(["es"]));
        Assert.Contains(AllProfiles, p => p.Languages.SequenceEqual(["en"]));
    }
}
