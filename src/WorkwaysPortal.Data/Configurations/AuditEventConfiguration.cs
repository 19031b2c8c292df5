using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkwaysPortal.Domain.Auditing;

namespace WorkwaysPortal.Data.Configurations;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.ToTable("audit_events");
        builder.Property(e => e.ActorName).HasMaxLength(256);
        builder.Property(e => e.Action).HasMaxLength(80);
        builder.Property(e => e.SubjectType).HasMaxLength(80);
        builder.Property(e => e.SubjectId).HasMaxLength(80);
        builder.Property(e => e.Reason).HasMaxLength(2000);
        builder.Property(e => e.Details).HasColumnType("jsonb");
        builder.HasIndex(e => new { e.SubjectType, e.SubjectId });
        builder.HasIndex(e => e.OccurredAt);
    }
}
