using System.Globalization;
using WorkwaysPortal.Localization;

namespace WorkwaysPortal.UnitTests.Localization;

public sealed class PluralsAndDatesTests
{
    [Theory]
    [InlineData("en", 0, "0 organizations")]
    [InlineData("en", 1, "1 organization")]
    [InlineData("en", 2, "2 organizations")]
    [InlineData("en", 1234, "1,234 organizations")]
    [InlineData("es", 1, "1 organización")]
    [InlineData("es", 0, "0 organizaciones")]
    [InlineData("fr", 0, "0 organisation")]
    [InlineData("fr", 1, "1 organisation")]
    [InlineData("fr", 2, "2 organisations")]
    [InlineData("pt", 1, "1 organização")]
    [InlineData("pt", 3, "3 organizações")]
    public void Counts_follow_each_languages_plural_rules(string language, long count, string expected)
    {
        var text = PortalTexts.In(language).Count(count, "{0} organization", "{0} organizations");

        Assert.Equal(expected.Replace(",", language == "en" ? "," : CultureInfo.GetCultureInfo(language).NumberFormat.NumberGroupSeparator, StringComparison.Ordinal), text.Value);
        // English texts are their own keys; every other language has both forms in its resource file.
        Assert.Equal(language == "en", text.ResourceNotFound);
    }

    [Fact]
    public void A_language_with_more_forms_falls_back_to_the_other_form_and_categories_come_from_CLDR()
    {
        Assert.Equal("few", PortalPlurals.Category(3, CultureInfo.GetCultureInfo("pl")));
        Assert.Equal("one", PortalPlurals.Category(0, CultureInfo.GetCultureInfo("fr")));
        Assert.Equal("other", PortalPlurals.Category(0, CultureInfo.GetCultureInfo("en")));
    }

    [Theory]
    [InlineData("en", "December 7, 2026")]
    [InlineData("es", "7 de diciembre de 2026")]
    [InlineData("fr", "7 décembre 2026")]
    [InlineData("pt", "7 de dezembro de 2026")]
    public void Dates_are_written_out_as_each_language_does(string language, string expected) =>
        Assert.Equal(expected, PortalDates.Date(new DateOnly(2026, 12, 7), CultureInfo.GetCultureInfo(language)));
}
