using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkwaysPortal.Domain.Taxonomy;

namespace WorkwaysPortal.Data.Configurations;

internal static class TaxonomyColumns
{
    public static void Term<T>(EntityTypeBuilder<T> builder, string table)
        where T : TaxonomyTerm
    {
        builder.ToTable(table);
        builder.HasKey(t => t.Code);
        builder.Property(t => t.Code).HasMaxLength(60);
        builder.Property(t => t.NameEn).HasMaxLength(200);
        builder.Property(t => t.NameEs).HasMaxLength(200);
    }
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

internal sealed class SubRegionConfiguration : IEntityTypeConfiguration<SubRegion>
{
    public void Configure(EntityTypeBuilder<SubRegion> builder)
    {
        TaxonomyColumns.Term(builder, "sub_regions");
        builder.HasData(SeedTaxonomy.SubRegions);
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
        builder.HasData(SeedTaxonomy.Countries);
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
