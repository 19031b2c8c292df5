using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;
using WorkwaysPortal.Data.Search;
using WorkwaysPortal.Domain.Initiatives;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Taxonomy;

namespace WorkwaysPortal.Data.Configurations;

internal sealed class InitiativeConfiguration : IEntityTypeConfiguration<Initiative>
{
    public void Configure(EntityTypeBuilder<Initiative> builder)
    {
        builder.ToTable("initiatives");
        builder.Property(i => i.Title).HasMaxLength(Initiative.TitleMaxLength);
        builder.Property(i => i.Description).HasMaxLength(Initiative.DescriptionMaxLength);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Version).IsRowVersion();
        builder.HasOne<Organization>().WithMany().HasForeignKey(i => i.LeadOrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => i.LeadOrganizationId);
        builder.HasIndex(i => i.ParticipantOrganizationIds).HasMethod("gin");
        builder.HasIndex(i => i.Countries).HasMethod("gin");
        builder.HasIndex(i => i.Capabilities).HasMethod("gin");
        builder.HasIndex(i => i.GcmObjectives).HasMethod("gin");
        builder.Property<NpgsqlTsVector>(PortalSearch.VectorProperty)
            .HasComputedColumnSql("portal_search_document(title, description)", stored: true)
            .UseCompressionMethod(PortalSearch.VectorCompression);
        builder.HasIndex(PortalSearch.VectorProperty).HasMethod("gin");
    }
}
