using WorkwaysPortal.Domain.Matching;

namespace WorkwaysPortal.UnitTests.Matching;

public sealed class MatchKeywordsTests
{
    [Fact]
    public void Key_words_leave_out_short_and_common_words_and_accents()
    {
        var keywords = MatchKeywords.From(10, "Formación técnica para personas migrantes en agricultura y servicios; la formación es gratuita.");

        Assert.Equal(["formacion", "tecnica", "agricultura", "servicios", "gratuita"], keywords);
    }

    [Theory]
    [InlineData("Formation professionnelle des personnes migrantes dans l'agriculture, avec leurs familles.", new[] { "formation", "professionnelle", "agriculture", "familles" })]
    [InlineData("Formação profissional das pessoas migrantes na agricultura, também com as suas famílias.", new[] { "formacao", "profissional", "agricultura", "familias" })]
    public void French_and_Portuguese_common_words_are_left_out_too(string description, string[] expected) =>
        Assert.Equal(expected, MatchKeywords.From(10, description));

    [Fact]
    public void The_most_frequent_key_words_come_first_and_there_are_at_most_the_maximum()
    {
        var keywords = MatchKeywords.From(2, "Nurses and nurses' unions.", "Nurses, caregivers, unions and hospitals.");

        Assert.Equal(["nurses", "unions"], keywords);
    }

    [Fact]
    public void Texts_without_key_words_give_none()
    {
        Assert.Empty(MatchKeywords.From(16, "", null, "Migrants and people in the region."));
    }

    [Fact]
    public void The_query_asks_for_any_of_the_key_words() =>
        Assert.Equal("nurses OR unions", MatchKeywords.AsQuery(["nurses", "unions"]));
}
