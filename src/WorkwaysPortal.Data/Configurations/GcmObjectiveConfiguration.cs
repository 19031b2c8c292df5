using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkwaysPortal.Domain.Taxonomy;

namespace WorkwaysPortal.Data.Configurations;

internal sealed class GcmObjectiveConfiguration : IEntityTypeConfiguration<GcmObjective>
{
    public void Configure(EntityTypeBuilder<GcmObjective> builder)
    {
        builder.ToTable("gcm_objectives");
        builder.HasKey(o => o.Number);
        builder.Property(o => o.Number).ValueGeneratedNever();
        builder.Property(o => o.NameEn).HasMaxLength(300);
        builder.Property(o => o.NameEs).HasMaxLength(300);
        builder.HasData(SeedTaxonomy.GcmObjectives);
    }
}
