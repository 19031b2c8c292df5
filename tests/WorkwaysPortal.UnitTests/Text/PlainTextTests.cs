using WorkwaysPortal.Domain;
using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Proposals;
using WorkwaysPortal.Domain.Taxonomy;
using WorkwaysPortal.Domain.Text;

namespace WorkwaysPortal.UnitTests.Text;

public sealed class PlainTextTests
{
    [Theory]
    [InlineData("")]
    [InlineData("Capacitación técnica y laboral")]
    [InlineData("Line one\nline two\r\n\tindented")]
    [InlineData("Emoji 🎉 and 中文 and \u202E bidi")]
    [InlineData("<script>alert(1)</script>")]
    public void Text_people_type_is_allowed(string value) => Assert.True(PlainText.IsAllowed(value));

    [Theory]
    [InlineData("a\0b")]
    [InlineData("bell\u0007")]
    [InlineData("escape \u001b[31m red")]
    [InlineData("delete\u007f")]
    [InlineData("next line \u0085")]
    public void Control_characters_are_not(string value) => Assert.False(PlainText.IsAllowed(value));

    [Fact]
    public void Surrogates_that_do_not_pair_are_not()
    {
        // (Not theory data: the test runner would replace a lone surrogate before the test sees it.)
        Assert.False(PlainText.IsAllowed("lone high \ud800 surrogate"));
        Assert.False(PlainText.IsAllowed("lone low \udc00 surrogate"));
        Assert.False(PlainText.IsAllowed("reversed \udc00\ud800 pair"));
        Assert.False(PlainText.IsAllowed("ends high \ud83c"));
        Assert.True(PlainText.IsAllowed("paired \ud83c\udf89"));
    }

    [Fact]
    public void Each_rule_names_the_field_with_control_characters()
    {
        var profile = new OrganizationProfile(
            "HIAS\u0007", null, "faith-based", ["PE"], [], [], ["es"], null, "Refugee reception.", new OrganizationContact("Ana\u001b", null, null));
        var organization = OrganizationProfileRules.Check(profile, TaxonomySnapshot.Seed);
        var gap = WorkRules.Check(new GapDetails("Training", "Migrants need\0 training.", ["vocational-training"], ["GT"], [], GapPriority.High), TaxonomySnapshot.Seed);
        var proposal = ProposalRules.Check(1, new ProposalDetails("Nurses\u0001", "Why.", "What.", [new ProposalPartner(2, "Jobs\u0002")], null, null), forSubmission: true);

        Assert.Equal(["contactName", "name"], organization.Where(e => e.Message == UserMessages.TextNotPlain).Select(e => e.Field).Order());
        Assert.Equal("description", Assert.Single(gap).Field);
        Assert.Equal(["partners[0].contribution", "title"], proposal.Where(e => e.Message == UserMessages.TextNotPlain).Select(e => e.Field).Order());
    }
}
