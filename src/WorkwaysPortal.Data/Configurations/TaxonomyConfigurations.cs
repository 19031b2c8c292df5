using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using WorkwaysPortal.Domain.Taxonomy;

namespace WorkwaysPortal.Data.Configurations;

internal static class TaxonomyColumns
{
    public static void Term<T>(EntityTypeBuilder<T> builder, string table)
        where T : TaxonomyTerm
    {
        builder.ToTable(table, t => t.HasCheckConstraint("ck_" + table + "_names_en", NamesHaveEnglish));
        builder.HasKey(t => t.Code);
        builder.Property(t => t.Code).HasMaxLength(60);
        Names(builder.Property(t => t.Names));
    }

    /// <summary>
    /// A term's names by language, one jsonb object (<c>{"en": "Government", "es": "Gobierno", …}</c>): a language
    /// more is data, not a column. Every term has an English name, the one shown when the reader's language has none.
    /// </summary>
    public static void Names(PropertyBuilder<LocalizedNames> property) =>
        property.HasColumnType("jsonb").HasConversion(NamesConverter, NamesComparer).IsRequired();

    public const string NamesHaveEnglish = "coalesce(jsonb_typeof(names -> 'en'), '') = 'string'";

    private static readonly ValueConverter<LocalizedNames, string> NamesConverter =
        new(v => v.ToJson(), v => LocalizedNames.FromJson(v));

    // The names are immutable (an edit assigns a new value), so the snapshot is the value itself.
    private static readonly ValueComparer<LocalizedNames> NamesComparer =
        new((a, b) => Equals(a, b), v => v.GetHashCode(), v => v);
}

internal sealed class SectorConfiguration : IEntityTypeConfiguration<Sector>
{
    public void Configure(EntityTypeBuilder<Sector> builder)
    {
        TaxonomyColumns.Term(builder, "sectors");
        builder.HasData(SeedTaxonomy.Sectors);
    }
}

internal sealed class CapabilityConfiguration : IEntityTypeConfiguration<Capability>
{
    public void Configure(EntityTypeBuilder<Capability> builder)
    {
        TaxonomyColumns.Term(builder, "capabilities");
        builder.HasData(SeedTaxonomy.Capabilities);
    }
}

// Regions, sub-regions and countries: migration EveryCountry loaded them from Domain/Taxonomy/Places (every ISO
// 3166-1 country), the database holds them, and the model seeds none of them.
internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder) => TaxonomyColumns.Term(builder, "regions");
}

internal sealed class SubRegionConfiguration : IEntityTypeConfiguration<SubRegion>
{
    public void Configure(EntityTypeBuilder<SubRegion> builder)
    {
        TaxonomyColumns.Term(builder, "sub_regions");
        builder.Property(s => s.RegionCode).HasMaxLength(60);
        builder.HasOne<Region>().WithMany().HasForeignKey(s => s.RegionCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CountryConfiguration : IEntityTypeConfiguration<Country>
{
    public void Configure(EntityTypeBuilder<Country> builder)
    {
        TaxonomyColumns.Term(builder, "countries");
        builder.Property(c => c.Code).HasMaxLength(2).IsFixedLength();
        builder.Property(c => c.SubRegionCode).HasMaxLength(60);
        builder.HasOne<SubRegion>().WithMany().HasForeignKey(c => c.SubRegionCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CountryGroupConfiguration : IEntityTypeConfiguration<CountryGroup>
{
    public void Configure(EntityTypeBuilder<CountryGroup> builder)
    {
        // Staff edit the groups (Admin/Taxonomy): the first migration loaded them, the database holds them.
        TaxonomyColumns.Term(builder, "country_groups");
    }
}

internal sealed class CorridorConfiguration : IEntityTypeConfiguration<Corridor>
{
    public void Configure(EntityTypeBuilder<Corridor> builder)
    {
        builder.ToTable("corridors");
        builder.HasKey(c => new { c.OriginCode, c.DestinationCode });
        builder.Property(c => c.OriginCode).HasMaxLength(2).IsFixedLength();
        builder.Property(c => c.DestinationCode).HasMaxLength(2).IsFixedLength();
        builder.HasOne<Country>().WithMany().HasForeignKey(c => c.OriginCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Country>().WithMany().HasForeignKey(c => c.DestinationCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class WorkingLanguageConfiguration : IEntityTypeConfiguration<WorkingLanguage>
{
    public void Configure(EntityTypeBuilder<WorkingLanguage> builder)
    {
        TaxonomyColumns.Term(builder, "working_languages");
        builder.Property(l => l.Code).HasMaxLength(3);
        builder.HasData(SeedTaxonomy.Languages);
    }
}
