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

    [Theory]
    [InlineData("Asociación HIAS")]
    [InlineData("Emoji 🎉 and 中文")]
    [InlineData("")]
    public void A_single_line_field_takes_text_people_type(string value) => Assert.True(PlainText.IsAllowedLine(value));

    [Theory]
    [InlineData("El\u200B Salvador")]
    [InlineData("joined\u200Dtext")]
    [InlineData("no\u200Cjoin")]
    [InlineData("word\u2060joiner")]
    [InlineData("\uFEFFbyte order mark")]
    [InlineData("right-to-left \u202Eoverride")]
    [InlineData("isolate \u2066x\u2069")]
    [InlineData("marks \u200E\u200F\u061C")]
    [InlineData("two\nlines")]
    [InlineData("carriage\rreturn")]
    [InlineData("tab\tbed")]
    public void A_single_line_field_refuses_line_breaks_and_invisible_characters(string value)
    {
        Assert.False(PlainText.IsAllowedLine(value));
        Assert.True(PlainText.IsAllowed(value), "A multi-line field takes it.");
    }

    [Fact]
    public void Stored_text_is_trimmed_and_composed()
    {
        // "é" as "e" and a combining acute accent becomes the one code point people type.
        Assert.Equal("Caf\u00e9", PlainText.Tidy("  Cafe\u0301 "));
        Assert.Equal("ya compuesto", PlainText.Tidy("ya compuesto"));
    }

    [Fact]
    public void Titles_and_names_refuse_invisible_characters_with_their_own_message()
    {
        var taxonomy = TaxonomySnapshot.Seed;
        var gap = WorkRules.Check(new GapDetails("Training\u202E gap", "Text.", ["language-training"], ["HN"], [], GapPriority.Medium), taxonomy);
        var multiLine = WorkRules.Check(new GapDetails("Training", "Line one\nline two \u202E", ["language-training"], ["HN"], [], GapPriority.Medium), taxonomy);
        var proposal = ProposalRules.Check(1, new ProposalDetails("Two\nlines", "Why", "Training", [new(2, null)], null, null), forSubmission: false);

        Assert.Equal(UserMessages.TextNotOneLine, Assert.Single(gap, e => e.Field == "title").Message);
        Assert.DoesNotContain(multiLine, e => e.Field == "description");
        Assert.Equal(UserMessages.TextNotOneLine, Assert.Single(proposal, e => e.Field == "title").Message);
    }

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
