using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;
using WorkwaysPortal.Data.Accounts;
using WorkwaysPortal.Data.Matching;
using WorkwaysPortal.Data.Search;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Taxonomy;
using WorkwaysPortal.Domain.Text;

namespace WorkwaysPortal.Data.Configurations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.ToTable("organizations");
        builder.Property(o => o.Name).HasMaxLength(Organization.NameMaxLength);
        builder.Property(o => o.NameKey).HasMaxLength(Organization.NameMaxLength);
        builder.HasIndex(o => o.NameKey).IsUnique();
        builder.Property(o => o.Acronym).HasMaxLength(Organization.AcronymMaxLength);
        builder.Property(o => o.Sector).HasMaxLength(60);
        builder.HasOne<Sector>().WithMany().HasForeignKey(o => o.Sector).OnDelete(DeleteBehavior.Restrict);
        builder.Property(o => o.Website).HasMaxLength(Organization.WebsiteMaxLength);
        builder.Property(o => o.Description).HasMaxLength(Organization.DescriptionMaxLength);
        builder.Property(o => o.TextLanguage).HasMaxLength(TextLanguages.CodeLength);
        TranslationColumns.Map(builder.Property(o => o.Translations));
        builder.Property(o => o.ContactName).HasMaxLength(200);
        builder.Property(o => o.ContactEmail).HasMaxLength(256);
        builder.Property(o => o.ContactPhone).HasMaxLength(50);
        builder.Property(o => o.StatusReason).HasMaxLength(Organization.ReasonMaxLength);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Version).IsRowVersion();
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(o => o.RegisteredBy).OnDelete(DeleteBehavior.SetNull);

        builder.HasIndex(o => o.Countries).HasMethod("gin");
        builder.HasIndex(o => o.Offers).HasMethod("gin");
        builder.HasIndex(o => o.Seeks).HasMethod("gin");
        // The directory's orders and counts (DirectoryQuery): its pages walk these in name order and stop after
        // one page; its counts are index-only scans, the included arrays filtered in the index (see docs/benchmarks.md).
        builder.HasIndex(o => new { o.Status, o.Name, o.Id })
            .IncludeProperties(o => new { o.Sector, o.Countries, o.Offers });
        builder.HasIndex(o => new { o.Status, o.Sector, o.Name, o.Id })
            .IncludeProperties(o => new { o.Countries, o.Offers });
        builder.HasIndex(o => new { o.Status, o.CreatedAt });

        builder.Property<NpgsqlTsVector>(PortalSearch.VectorProperty)
            .HasComputedColumnSql("portal_search_document(coalesce(name, '') || ' ' || coalesce(acronym, ''), description, text_language, translations)", stored: true)
            .UseCompressionMethod(PortalSearch.VectorCompression);
        builder.HasIndex(PortalSearch.VectorProperty).HasMethod("gin");

        builder.Property<string[]>(MatchReach.OfferProperty).HasComputedColumnSql(MatchReach.OfferColumnSql, stored: true);
        builder.HasIndex(MatchReach.OfferProperty).HasMethod("gin");
        builder.Property<string[]>(MatchReach.SeekProperty).HasComputedColumnSql(MatchReach.SeekColumnSql, stored: true);
        builder.HasIndex(MatchReach.SeekProperty).HasMethod("gin");

        builder.HasMany(o => o.Members).WithOne().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.Members).HasField("_members").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
