using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkwaysPortal.Data.Accounts;
using WorkwaysPortal.Domain.Accounts;

namespace WorkwaysPortal.Data.Configurations;

internal sealed class AccountInvitationConfiguration : IEntityTypeConfiguration<AccountInvitation>
{
    public void Configure(EntityTypeBuilder<AccountInvitation> builder)
    {
        builder.ToTable("account_invitations");
        builder.Property(i => i.Email).HasMaxLength(AccountInvitation.EmailMaxLength);
        builder.Property(i => i.Role).HasMaxLength(32);
        builder.Property(i => i.TokenHash).HasMaxLength(64);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.Property(i => i.Language).HasMaxLength(5);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(i => i.InvitedBy).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(i => i.AcceptedBy).OnDelete(DeleteBehavior.SetNull);
    }
}
