using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkwaysPortal.Data.Accounts;
using WorkwaysPortal.Domain.Conversations;
using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.Data.Configurations;

internal sealed class ConversationConfiguration : IEntityTypeConfiguration<Conversation>
{
    public void Configure(EntityTypeBuilder<Conversation> builder)
    {
        builder.ToTable("conversations");
        builder.HasOne<Organization>().WithMany().HasForeignKey(c => c.InitiatorOrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organization>().WithMany().HasForeignKey(c => c.RecipientOrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.StartedBy).OnDelete(DeleteBehavior.SetNull);

        // One conversation per ordered pair; the other direction is looked up before one is started.
        builder.HasIndex(c => new { c.InitiatorOrganizationId, c.RecipientOrganizationId }).IsUnique();
        builder.HasIndex(c => c.RecipientOrganizationId);
        builder.HasMany(c => c.Messages).WithOne(m => m.Conversation).HasForeignKey(m => m.ConversationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Messages).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ConversationMessageConfiguration : IEntityTypeConfiguration<ConversationMessage>
{
    public void Configure(EntityTypeBuilder<ConversationMessage> builder)
    {
        builder.ToTable("conversation_messages");
        builder.Property(m => m.AuthorName).HasMaxLength(256);
        builder.Property(m => m.Body).HasMaxLength(Conversation.MessageMaxLength);
        builder.Property(m => m.ReportReason).HasMaxLength(Conversation.ReportReasonMaxLength);
        builder.Ignore(m => m.AwaitsModeration);
        builder.HasOne<Organization>().WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(m => m.AuthorId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(m => m.ReportedBy).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(m => m.ReportDismissedBy).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(m => new { m.ConversationId, m.Id });

        // The rate limits count an account's and an organization's recent messages.
        builder.HasIndex(m => new { m.AuthorId, m.SentAt });
        builder.HasIndex(m => new { m.OrganizationId, m.SentAt });

        // The moderators' queue.
        builder.HasIndex(m => m.ReportedAt).HasFilter("reported_at IS NOT NULL AND report_dismissed_at IS NULL");
    }
}

internal sealed class ConversationReadConfiguration : IEntityTypeConfiguration<ConversationRead>
{
    public void Configure(EntityTypeBuilder<ConversationRead> builder)
    {
        builder.ToTable("conversation_reads");
        builder.HasKey(r => new { r.ConversationId, r.UserId });
        builder.HasOne<Conversation>().WithMany().HasForeignKey(r => r.ConversationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.UserId);
    }
}

internal sealed class OrganizationBlockConfiguration : IEntityTypeConfiguration<OrganizationBlock>
{
    public void Configure(EntityTypeBuilder<OrganizationBlock> builder)
    {
        builder.ToTable("organization_blocks");
        builder.HasKey(b => new { b.BlockerOrganizationId, b.BlockedOrganizationId });
        builder.HasOne<Organization>().WithMany().HasForeignKey(b => b.BlockerOrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organization>().WithMany().HasForeignKey(b => b.BlockedOrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(b => b.BlockedBy).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(b => b.BlockedOrganizationId);
    }
}
