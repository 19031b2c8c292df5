using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkwaysPortal.Domain.Taxonomy;

namespace WorkwaysPortal.Data.Configurations;

internal sealed class GcmObjectiveConfiguration : IEntityTypeConfiguration<GcmObjective>
{
    public void Configure(EntityTypeBuilder<GcmObjective> builder)
    {
        builder.ToTable("gcm_objectives", t => t.HasCheckConstraint("ck_gcm_objectives_names_en", TaxonomyColumns.NamesHaveEnglish));
        builder.HasKey(o => o.Number);
        builder.Property(o => o.Number).ValueGeneratedNever();
        TaxonomyColumns.Names(builder.Property(o => o.Names));
        builder.HasData(SeedTaxonomy.GcmObjectives);
    }
}
