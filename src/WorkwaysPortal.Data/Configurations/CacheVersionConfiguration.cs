using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkwaysPortal.Data.Caching;

namespace WorkwaysPortal.Data.Configurations;

internal sealed class CacheVersionConfiguration : IEntityTypeConfiguration<CacheVersion>
{
    public void Configure(EntityTypeBuilder<CacheVersion> builder)
    {
        builder.ToTable(CacheVersion.TableName);
        builder.HasKey(v => v.Tag);
        builder.Property(v => v.Tag).HasMaxLength(40);
        builder.HasData(CacheVersion.TablesByTag.Keys.Select(tag => new { Tag = tag, Version = 1L }));
    }
}
