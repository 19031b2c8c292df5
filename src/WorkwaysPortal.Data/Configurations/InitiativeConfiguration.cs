using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;
using WorkwaysPortal.Data.Search;
using WorkwaysPortal.Domain.Initiatives;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Taxonomy;
using WorkwaysPortal.Domain.Text;

namespace WorkwaysPortal.Data.Configurations;

internal sealed class InitiativeConfiguration : IEntityTypeConfiguration<Initiative>
{
    public void Configure(EntityTypeBuilder<Initiative> builder)
    {
        builder.ToTable("initiatives");
        builder.Property(i => i.Title).HasMaxLength(Initiative.TitleMaxLength);
        builder.Property(i => i.TextLanguage).HasMaxLength(TextLanguages.CodeLength);
        TranslationColumns.Map(builder.Property(i => i.Translations));
        builder.Property(i => i.Description).HasMaxLength(Initiative.DescriptionMaxLength);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Version).IsRowVersion();
        builder.HasOne<Organization>().WithMany().HasForeignKey(i => i.LeadOrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => i.LeadOrganizationId);
        builder.HasIndex(i => i.Countries).HasMethod("gin");
        builder.HasIndex(i => i.Capabilities).HasMethod("gin");
        builder.HasIndex(i => i.GcmObjectives).HasMethod("gin");
        builder.Property<NpgsqlTsVector>(PortalSearch.VectorProperty)
            .HasComputedColumnSql("portal_search_document(title, description, text_language, translations)", stored: true)
            .UseCompressionMethod(PortalSearch.VectorCompression);
        builder.HasIndex(PortalSearch.VectorProperty).HasMethod("gin");
        builder.Ignore(i => i.AcceptedParticipantIds);
        builder.HasMany(i => i.Participants).WithOne().HasForeignKey(p => p.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Participants).HasField("_participants").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

/// <summary>An organization invited to an initiative and its answer (issue 13): pending until one of its delegates answers.</summary>
internal sealed class InitiativeParticipantConfiguration : IEntityTypeConfiguration<InitiativeParticipant>
{
    public void Configure(EntityTypeBuilder<InitiativeParticipant> builder)
    {
        builder.ToTable("initiative_participants");
        builder.HasKey(p => new { p.InitiativeId, p.OrganizationId });
        builder.Property(p => p.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.AnswerMessage).HasMaxLength(InitiativeParticipant.AnswerMessageMaxLength);
        builder.Property(p => p.AnsweredByName).HasMaxLength(256);
        builder.Property(p => p.Version).IsRowVersion();
        builder.HasOne<Organization>().WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Cascade);

        // An organization's page lists the initiatives it accepted to take part in.
        builder.HasIndex(p => new { p.OrganizationId, p.State });
    }
}
