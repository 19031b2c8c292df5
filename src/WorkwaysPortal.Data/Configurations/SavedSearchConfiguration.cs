using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkwaysPortal.Data.Accounts;
using WorkwaysPortal.Domain.Alerts;

namespace WorkwaysPortal.Data.Configurations;

internal sealed class SavedSearchConfiguration : IEntityTypeConfiguration<SavedSearch>
{
    public void Configure(EntityTypeBuilder<SavedSearch> builder)
    {
        builder.ToTable("saved_searches");
        builder.Property(s => s.Name).HasMaxLength(SavedSearch.NameMaxLength);
        builder.Property(s => s.Frequency).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Text).HasMaxLength(200);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.UserId);
        builder.Ignore(s => s.Criteria);
    }
}

internal sealed class AlertDigestConfiguration : IEntityTypeConfiguration<AlertDigest>
{
    public void Configure(EntityTypeBuilder<AlertDigest> builder)
    {
        builder.ToTable("alert_digests");
        builder.Property(d => d.Period).HasMaxLength(60);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);

        // One digest per person per period, whichever portal instance or command sends it.
        builder.HasIndex(d => new { d.UserId, d.Period }).IsUnique();
    }
}
