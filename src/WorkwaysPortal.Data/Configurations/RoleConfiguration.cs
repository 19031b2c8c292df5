using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkwaysPortal.Domain.Accounts;

namespace WorkwaysPortal.Data.Configurations;

/// <summary>The four roles exist from the first migration, with fixed ids so seeding is stable.</summary>
internal sealed class RoleConfiguration : IEntityTypeConfiguration<IdentityRole<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityRole<Guid>> builder) =>
        builder.HasData(Roles.All.Select((role, i) => new IdentityRole<Guid>
        {
            Id = new Guid($"00000000-0000-0000-0000-00000000000{i + 1}"),
            Name = role,
            NormalizedName = role.ToUpperInvariant(),
            ConcurrencyStamp = role,
        }));
}
