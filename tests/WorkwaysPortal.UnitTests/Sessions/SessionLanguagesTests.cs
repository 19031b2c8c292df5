using System.Globalization;
using WorkwaysPortal.Domain.Sessions;

namespace WorkwaysPortal.UnitTests.Sessions;

public sealed class SessionLanguagesTests
{
    [Theory]
    [InlineData("English", "es", "inglés")]
    [InlineData("English", "fr", "anglais")]
    [InlineData("Spanish", "pt", "espanhol")]
    [InlineData("Inglés", "en", "English")]
    [InlineData("English ↔ Spanish", "es", "inglés ↔ español")]
    [InlineData("English ↔ Spanish", "en", "English ↔ Spanish")]
    public void A_language_note_is_written_in_the_reader_s_language(string note, string culture, string expected) =>
        Assert.Equal(expected, SessionLanguages.Localize(note, CultureInfo.GetCultureInfo(culture)));

    [Theory]
    [InlineData("by video call")]
    [InlineData("English, then questions")]
    [InlineData("")]
    public void Any_other_note_is_left_as_written(string note) =>
        Assert.Equal(note, SessionLanguages.Localize(note, CultureInfo.GetCultureInfo("es")));

    [Fact]
    public void No_note_stays_none() => Assert.Null(SessionLanguages.Localize(null, CultureInfo.GetCultureInfo("fr")));
}
