using WorkwaysPortal.Domain.Text;

namespace WorkwaysPortal.UnitTests.Text;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("Asociación HIAS", "asociacion hias")]
    [InlineData("  ASOCIACION   hias ", "asociacion hias")]
    [InlineData("Ñandú\tPerú", "nandu peru")]
    [InlineData("Morgan, Lewis & Bockius LLP", "morgan, lewis & bockius llp")]
    public void Case_accents_and_spacing_do_not_matter(string name, string key) => Assert.Equal(key, NameKey.For(name));

    [Theory]
    [InlineData("El\u200B Salvador")]
    [InlineData("El \u200DSalvador")]
    [InlineData("\uFEFFEl Salvador\u202C")]
    [InlineData("El Salvador\u2066")]
    public void Invisible_characters_do_not_make_another_name(string name) => Assert.Equal("el salvador", NameKey.For(name));

    [Fact]
    public void Different_names_keep_different_keys() => Assert.NotEqual(NameKey.For("IOM"), NameKey.For("OIM"));
}
