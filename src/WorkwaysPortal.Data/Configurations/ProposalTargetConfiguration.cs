using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Proposals;

namespace WorkwaysPortal.Data.Configurations;

internal sealed class ProposalTargetConfiguration : IEntityTypeConfiguration<ProposalTarget>
{
    public void Configure(EntityTypeBuilder<ProposalTarget> builder)
    {
        builder.ToTable("proposal_targets");
        builder.HasKey(t => new { t.ProposalId, t.OrganizationId });
        builder.Property(t => t.Contribution).HasMaxLength(PartnershipProposal.TextMaxLength);

        // The partner's answer (issue 13): pending until one of its delegates accepts or declines.
        builder.Property(t => t.Answer).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.AnswerMessage).HasMaxLength(PartnershipProposal.AnswerMessageMaxLength);
        builder.Property(t => t.AnsweredByName).HasMaxLength(256);
        builder.HasOne<Organization>().WithMany().HasForeignKey(t => t.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => t.OrganizationId);
    }
}
