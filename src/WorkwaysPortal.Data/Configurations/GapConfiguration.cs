using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;
using WorkwaysPortal.Data.Search;
using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Sessions;
using WorkwaysPortal.Domain.Taxonomy;
using WorkwaysPortal.Domain.Text;

namespace WorkwaysPortal.Data.Configurations;

internal sealed class GapConfiguration : IEntityTypeConfiguration<Gap>
{
    public void Configure(EntityTypeBuilder<Gap> builder)
    {
        builder.ToTable("gaps");
        builder.Property(g => g.Title).HasMaxLength(Gap.TitleMaxLength);
        builder.Property(g => g.TextLanguage).HasMaxLength(TextLanguages.CodeLength);
        TranslationColumns.Map(builder.Property(g => g.Translations));
        builder.Property(g => g.Description).HasMaxLength(Gap.DescriptionMaxLength);
        builder.Property(g => g.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(g => g.Priority).HasConversion<string>().HasMaxLength(20);
        builder.Property(g => g.Version).IsRowVersion();
        builder.HasOne<Organization>().WithMany().HasForeignKey(g => g.RaisedByOrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(g => g.RaisedByOrganizationId);
        builder.HasOne<ConsultationSession>().WithMany().HasForeignKey(g => g.RaisedInSessionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(g => g.RaisedInSessionId);
        builder.HasIndex(g => new { g.Status, g.CreatedAt });
        builder.HasIndex(g => g.Requires).HasMethod("gin");
        builder.HasIndex(g => g.Countries).HasMethod("gin");
        builder.HasIndex(g => g.GcmObjectives).HasMethod("gin");
        builder.Property<NpgsqlTsVector>(PortalSearch.VectorProperty)
            .HasComputedColumnSql("portal_search_document(title, description, text_language, translations)", stored: true)
            .UseCompressionMethod(PortalSearch.VectorCompression);
        builder.HasIndex(PortalSearch.VectorProperty).HasMethod("gin");
    }
}
