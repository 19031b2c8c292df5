using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Data.Accounts;
using WorkwaysPortal.Data.Mail;
using WorkwaysPortal.Data.Search;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Alerts;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Conversations;
using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Domain.Initiatives;
using WorkwaysPortal.Domain.Notifications;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Proposals;
using WorkwaysPortal.Domain.Sessions;
using WorkwaysPortal.Domain.Taxonomy;

namespace WorkwaysPortal.Data;

public sealed class PortalDbContext(DbContextOptions<PortalDbContext> options)
    : IdentityDbContext<ApplicationUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<OrganizationMember> OrganizationMembers => Set<OrganizationMember>();
    public DbSet<OrganizationInvitation> OrganizationInvitations => Set<OrganizationInvitation>();
    public DbSet<JoinRequest> JoinRequests => Set<JoinRequest>();
    public DbSet<AccountInvitation> AccountInvitations => Set<AccountInvitation>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<Sector> Sectors => Set<Sector>();
    public DbSet<Capability> Capabilities => Set<Capability>();
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<SubRegion> SubRegions => Set<SubRegion>();
    public DbSet<Country> Countries => Set<Country>();
    public DbSet<CountryGroup> CountryGroups => Set<CountryGroup>();
    public DbSet<Corridor> Corridors => Set<Corridor>();
    public DbSet<WorkingLanguage> WorkingLanguages => Set<WorkingLanguage>();
    public DbSet<GcmObjective> GcmObjectives => Set<GcmObjective>();
    public DbSet<Initiative> Initiatives => Set<Initiative>();
    public DbSet<InitiativeParticipant> InitiativeParticipants => Set<InitiativeParticipant>();
    public DbSet<Gap> Gaps => Set<Gap>();
    public DbSet<PartnershipProposal> Proposals => Set<PartnershipProposal>();
    public DbSet<ProposalTarget> ProposalTargets => Set<ProposalTarget>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<OutboxEmail> OutboxEmails => Set<OutboxEmail>();
    public DbSet<Conversation> Conversations => Set<Conversation>();
    public DbSet<ConversationMessage> ConversationMessages => Set<ConversationMessage>();
    public DbSet<ConversationRead> ConversationReads => Set<ConversationRead>();
    public DbSet<OrganizationBlock> OrganizationBlocks => Set<OrganizationBlock>();
    public DbSet<SavedSearch> SavedSearches => Set<SavedSearch>();
    public DbSet<AlertDigest> AlertDigests => Set<AlertDigest>();
    public DbSet<ConsultationSession> Sessions => Set<ConsultationSession>();

    /// <summary>Sign-in sessions (the server side of the <c>workways.auth</c> cookie); not the consultation <see cref="Sessions"/>.</summary>
    public DbSet<UserSession> UserSessions => Set<UserSession>();

    /// <summary>The Data Protection key ring of every portal instance (see PortalServices.AddPortal).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<ApplicationUser>().ToTable("users");
        builder.Entity<IdentityRole<Guid>>().ToTable("roles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("user_roles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("user_tokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("role_claims");
        ConfigureIdentitySchemaVersion3(builder);
        builder.HasPostgresExtension("unaccent");
        builder.HasPostgresExtension("pg_trgm");
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
        PortalSearch.Register(builder);
    }

    /// <summary>
    /// Identity's schema version 3: the passkeys (WebAuthn credentials), and version 2's lengths (128 for the
    /// login and token keys, 256 for the phone number). The web portal and the command-line tool ask for it
    /// (<see cref="DataServiceCollectionExtensions.ConfigureIdentity"/>), but Identity reads that option from
    /// the host's services, which a context made without them (the design-time factory, the test fixtures)
    /// does not have, and EF Core builds one model per context type for the whole process: so version 3 is
    /// configured here as Identity configures it, and every host gets the same model whoever builds it first.
    /// </summary>
    private static void ConfigureIdentitySchemaVersion3(ModelBuilder builder)
    {
        builder.Entity<ApplicationUser>().Property(u => u.PhoneNumber).HasMaxLength(256);
        builder.Entity<IdentityUserLogin<Guid>>(b =>
        {
            b.Property(l => l.LoginProvider).HasMaxLength(128);
            b.Property(l => l.ProviderKey).HasMaxLength(128);
        });
        builder.Entity<IdentityUserToken<Guid>>(b =>
        {
            b.Property(t => t.LoginProvider).HasMaxLength(128);
            b.Property(t => t.Name).HasMaxLength(128);
        });
        builder.Entity<IdentityUserPasskey<Guid>>(b =>
        {
            b.HasKey(p => p.CredentialId);
            b.ToTable("user_passkeys");
            // WebAuthn credential ids are at most 1023 bytes.
            b.Property(p => p.CredentialId).HasMaxLength(1024);
            b.OwnsOne(p => p.Data).ToJson();
        });
        builder.Entity<ApplicationUser>().HasMany<IdentityUserPasskey<Guid>>().WithOne().HasForeignKey(p => p.UserId).IsRequired();
    }
}
