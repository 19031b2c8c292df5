using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkwaysPortal.Data.Accounts;
using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.Data.Configurations;

internal sealed class JoinRequestConfiguration : IEntityTypeConfiguration<JoinRequest>
{
    public void Configure(EntityTypeBuilder<JoinRequest> builder)
    {
        builder.ToTable("join_requests");
        builder.Property(r => r.Message).HasMaxLength(JoinRequest.MessageMaxLength);
        builder.Property(r => r.DecisionReason).HasMaxLength(JoinRequest.MessageMaxLength);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Version).IsRowVersion();

        // One waiting request per person and organization, whatever races the page.
        builder.HasIndex(r => new { r.OrganizationId, r.UserId }).IsUnique().HasFilter("state = 'Pending'");
        builder.HasIndex(r => new { r.UserId, r.State });
        builder.HasOne<Organization>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.DecidedBy).OnDelete(DeleteBehavior.SetNull);
    }
}
