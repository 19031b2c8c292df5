using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Domain.Initiatives;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Proposals;

namespace WorkwaysPortal.Data.Configurations;

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
        builder.Ignore(p => p.EveryPartnerAccepted);
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
