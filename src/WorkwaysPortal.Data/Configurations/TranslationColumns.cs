using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using WorkwaysPortal.Domain.Text;

namespace WorkwaysPortal.Data.Configurations;

/// <summary>
/// The translations of an organization's, a gap's or an initiative's texts (ADR 012): one jsonb object by language
/// (<c>{"fr": {"title": "…", "description": "…"}}</c>), empty when there is none. Search reads it in
/// <c>portal_search_document</c>, each translation stemmed in its own language.
/// </summary>
internal static class TranslationColumns
{
    public const string Column = "translations";

    public static void Map(PropertyBuilder<TextTranslations> property) =>
        property.HasColumnName(Column).HasColumnType("jsonb").HasConversion(Converter, Comparer).HasDefaultValueSql("'{}'::jsonb").IsRequired();

    private static readonly ValueConverter<TextTranslations, string> Converter =
        new(v => v.ToJson(), v => TextTranslations.FromJson(v));

    // Immutable (an edit assigns a new value), so the snapshot is the value itself.
    private static readonly ValueComparer<TextTranslations> Comparer =
        new((a, b) => Equals(a, b), v => v.GetHashCode(), v => v);
}
