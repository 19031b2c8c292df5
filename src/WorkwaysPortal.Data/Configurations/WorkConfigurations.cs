using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;
using WorkwaysPortal.Data.Accounts;
using WorkwaysPortal.Data.Mail;
using WorkwaysPortal.Data.Search;
using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Domain.Initiatives;
using WorkwaysPortal.Domain.Notifications;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Proposals;
using WorkwaysPortal.Domain.Sessions;
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

internal sealed class GapConfiguration : IEntityTypeConfiguration<Gap>
{
    public void Configure(EntityTypeBuilder<Gap> builder)
    {
        builder.ToTable("gaps");
        builder.Property(g => g.Title).HasMaxLength(Gap.TitleMaxLength);
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
            .HasComputedColumnSql("portal_search_document(title, description)", stored: true)
            .UseCompressionMethod(PortalSearch.VectorCompression);
        builder.HasIndex(PortalSearch.VectorProperty).HasMethod("gin");
    }
}

internal sealed class PartnershipProposalConfiguration : IEntityTypeConfiguration<PartnershipProposal>
{
    public void Configure(EntityTypeBuilder<PartnershipProposal> builder)
    {
        builder.ToTable("partnership_proposals");
        builder.Property(p => p.Title).HasMaxLength(PartnershipProposal.TitleMaxLength);
        builder.Property(p => p.Rationale).HasMaxLength(PartnershipProposal.TextMaxLength);
        builder.Property(p => p.ProposerContribution).HasMaxLength(PartnershipProposal.TextMaxLength);
        builder.Property(p => p.DecisionReason).HasMaxLength(PartnershipProposal.ReasonMaxLength);
        builder.Property(p => p.DecidedByName).HasMaxLength(256);
        builder.Property(p => p.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Version).IsRowVersion();
        builder.Ignore(p => p.IsFinal);
        builder.Ignore(p => p.TargetOrganizationIds);
        builder.HasOne<Organization>().WithMany().HasForeignKey(p => p.ProposerOrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Gap>().WithMany().HasForeignKey(p => p.GapId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Initiative>().WithMany().HasForeignKey(p => p.InitiativeId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(p => p.ProposerOrganizationId);
        builder.HasIndex(p => new { p.State, p.SubmittedAt });
        builder.HasIndex(p => p.GapId);
        builder.HasMany(p => p.Targets).WithOne().HasForeignKey(t => t.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Targets).HasField("_targets").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ProposalTargetConfiguration : IEntityTypeConfiguration<ProposalTarget>
{
    public void Configure(EntityTypeBuilder<ProposalTarget> builder)
    {
        builder.ToTable("proposal_targets");
        builder.HasKey(t => new { t.ProposalId, t.OrganizationId });
        builder.Property(t => t.Contribution).HasMaxLength(PartnershipProposal.TextMaxLength);
        builder.HasOne<Organization>().WithMany().HasForeignKey(t => t.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => t.OrganizationId);
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("notifications");
        builder.Property(n => n.Kind).HasMaxLength(60);
        builder.Property(n => n.Subject).HasMaxLength(300);
        builder.Property(n => n.Reason).HasMaxLength(PartnershipProposal.ReasonMaxLength);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.UserId, n.ReadAt, n.CreatedAt });
    }
}

internal sealed class OutboxEmailConfiguration : IEntityTypeConfiguration<OutboxEmail>
{
    public void Configure(EntityTypeBuilder<OutboxEmail> builder)
    {
        builder.ToTable("outbox_emails");
        builder.Property(e => e.To).HasMaxLength(256);
        builder.Property(e => e.Subject).HasMaxLength(300);
        builder.Property(e => e.LastError).HasMaxLength(1000);
        builder.HasIndex(e => e.CreatedAt).HasFilter("sent_at IS NULL");
    }
}
