using WorkwaysPortal.Domain.Exports;

namespace WorkwaysPortal.UnitTests.Exports;

public sealed class SpreadsheetTextTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"Click\")", "'=HYPERLINK(\"http://evil.example\",\"Click\")")]
    [InlineData("+1 202 555 0100", "'+1 202 555 0100")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1:A2)", "'@SUM(A1:A2)")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\r=1+1", "'\r=1+1")]
    [InlineData("\n=1+1", "'\n=1+1")]
    public void Text_that_a_spreadsheet_would_read_as_a_formula_gets_a_leading_apostrophe(string value, string expected) =>
        Assert.Equal(expected, SpreadsheetText.Neutralize(value));

    [Theory]
    [InlineData("Red Regional de Organizaciones Civiles para las Migraciones")]
    [InlineData("A = B")]
    [InlineData("'quoted already")]
    [InlineData(" =with a leading space")]
    [InlineData("ÉCLAC")]
    public void Ordinary_text_is_left_as_it_is(string value) =>
        Assert.Equal(value, SpreadsheetText.Neutralize(value));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Missing_text_becomes_an_empty_cell(string? value) =>
        Assert.Equal("", SpreadsheetText.Neutralize(value));
}
