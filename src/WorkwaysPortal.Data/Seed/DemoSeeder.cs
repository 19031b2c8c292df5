using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using WorkwaysPortal.Data.Accounts;
using WorkwaysPortal.Data.Taxonomy;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Taxonomy;
using WorkwaysPortal.Domain.Text;

namespace WorkwaysPortal.Data.Seed;

/// <summary>
/// Loads the demo data (organizations of the session report, one account per role, the initiatives and
/// gaps of the report, proposals in each state of the workflow, and the session itself). Idempotent.
/// </summary>
public static partial class DemoSeeder
{
    private const string ActorName = "demo data";

    /// <summary>
    /// Needs PortalDbContext, UserManager&lt;ApplicationUser&gt; and TimeProvider from <paramref name="services"/>.
    /// Adds what is missing and never overwrites what users changed, all in one transaction.
    /// </summary>
    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(services);
        var db = services.GetRequiredService<PortalDbContext>();
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var logger = services.GetService<ILoggerFactory>()?.CreateLogger(typeof(DemoSeeder)) ?? NullLogger.Instance;

        // The retrying execution strategy replays the whole unit if the connection drops, so each attempt
        // starts from an empty change tracker and its own transaction.
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            await SeedInTransactionAsync(db, users, now, logger, token);
            await transaction.CommitAsync(token);
        }, ct);
    }

    private static async Task SeedInTransactionAsync(
        PortalDbContext db, UserManager<ApplicationUser> users, DateTimeOffset now, ILogger logger, CancellationToken ct)
    {
        var taxonomy = await TaxonomyCatalog.LoadAsync(db, ct);
        var organizationsAdded = await AddMissingOrganizationsAsync(db, taxonomy, now, logger, ct);
        var (accounts, accountsAdded, rolesGranted) = await EnsureAccountsAsync(db, users, now, logger, ct);
        var delegateUser = accounts[DemoAccounts.DelegateEmail];
        var membershipsAdded = await EnsureDelegateOrganizationsAsync(db, delegateUser, taxonomy, now, logger, ct);

        var organizations = await DemoOrganizationIdsAsync(db, ct);
        var initiativesAdded = await AddMissingInitiativesAsync(db, organizations, taxonomy, now, logger, ct);
        var gapsAdded = await AddMissingGapsAsync(db, organizations, taxonomy, now, logger, ct);
        var proposalsAdded = await AddMissingProposalsAsync(
            db, organizations, delegateUser, accounts[DemoAccounts.ModeratorEmail], now, logger, ct);
        var sessionsAdded = await AddMissingSessionAsync(db, organizations, taxonomy, now, logger, ct);

        logger.LogInformation(
            "Demo data loaded: {OrganizationsAdded} organizations, {AccountsAdded} accounts, {RolesGranted} roles, "
            + "{MembershipsAdded} memberships, {InitiativesAdded} initiatives, {GapsAdded} gaps, {ProposalsAdded} proposals "
            + "and {SessionsAdded} sessions added",
            organizationsAdded, accountsAdded, rolesGranted, membershipsAdded, initiativesAdded, gapsAdded, proposalsAdded, sessionsAdded);
    }

    /// <summary>Adds, verified, every demo organization whose name is not in the directory yet.</summary>
    private static async Task<int> AddMissingOrganizationsAsync(
        PortalDbContext db, TaxonomySnapshot taxonomy, DateTimeOffset now, ILogger logger, CancellationToken ct)
    {
        var keys = DemoData.Organizations.Select(p => NameKey.For(p.Name)).ToList();
        var existing = (await db.Organizations
                .Where(o => keys.Contains(o.NameKey))
                .Select(o => o.NameKey)
                .ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);

        var added = 0;
        foreach (var profile in DemoData.Organizations.Where(p => !existing.Contains(NameKey.For(p.Name))))
        {
            if (!FitsTaxonomy(profile, taxonomy, logger))
            {
                continue;
            }

            db.Organizations.Add(Organization.Imported(profile, now));
            added++;
        }

        if (added > 0)
        {
            db.AuditEvents.Add(AuditEvent.Record(
                now, null, ActorName, AuditActions.OrganizationsImported, "organization", "demo-data",
                details: JsonSerializer.Serialize(new { count = added })));
            await db.SaveChangesAsync(ct);
        }

        return added;
    }

    /// <summary>Creates the missing demo accounts and grants the roles they lack; returns them by email.</summary>
    private static async Task<(IReadOnlyDictionary<string, ApplicationUser> Accounts, int AccountsAdded, int RolesGranted)> EnsureAccountsAsync(
        PortalDbContext db, UserManager<ApplicationUser> users, DateTimeOffset now, ILogger logger, CancellationToken ct)
    {
        var accounts = new Dictionary<string, ApplicationUser>(StringComparer.Ordinal);
        int accountsAdded = 0, rolesGranted = 0;
        foreach (var account in DemoAccounts.All)
        {
            var user = await users.FindByEmailAsync(account.Email);
            if (user is null)
            {
                user = new ApplicationUser
                {
                    UserName = account.Email,
                    Email = account.Email,
                    EmailConfirmed = true,
                    DisplayName = account.DisplayName,
                    CreatedAt = now,
                };
                EnsureSucceeded(await users.CreateAsync(user, DemoAccounts.Password), account.Email);
                db.AuditEvents.Add(AuditEvent.Record(
                    now, null, ActorName, AuditActions.AccountCreated, "user", user.Id.ToString()));
                logger.LogInformation("Demo account {Email} created", account.Email);
                accountsAdded++;
            }

            foreach (var role in account.GrantedRoles)
            {
                if (!await users.IsInRoleAsync(user, role))
                {
                    EnsureSucceeded(await users.AddToRoleAsync(user, role), account.Email);
                    db.AuditEvents.Add(AuditEvent.Record(
                        now, null, ActorName, AuditActions.RoleGranted, "user", user.Id.ToString(), details: JsonSerializer.Serialize(new { role })));
                    rolesGranted++;
                }
            }

            accounts[account.Email] = user;
        }

        await db.SaveChangesAsync(ct);
        return (accounts, accountsAdded, rolesGranted);
    }

    /// <summary>
    /// Makes the demo delegate a member of GMIES and of the pending organization, which it registers
    /// (and so sends to the moderators' queue) if it is not in the directory yet.
    /// </summary>
    private static async Task<int> EnsureDelegateOrganizationsAsync(
        PortalDbContext db, ApplicationUser delegateUser, TaxonomySnapshot taxonomy, DateTimeOffset now, ILogger logger,
        CancellationToken ct)
    {
        var added = 0;
        foreach (var name in DemoAccounts.DelegateOrganizations)
        {
            var key = NameKey.For(name);
            var organization = await db.Organizations.Include(o => o.Members).SingleOrDefaultAsync(o => o.NameKey == key, ct);
            if (organization is not null)
            {
                if (!organization.IsMember(delegateUser.Id))
                {
                    organization.AddMember(delegateUser.Id, now);
                    added++;
                }
            }
            else if (name == DemoData.PendingOrganizationName && FitsTaxonomy(DemoData.PendingOrganization, taxonomy, logger))
            {
                db.Organizations.Add(Organization.Register(DemoData.PendingOrganization, delegateUser.Id, now));
                added++;
            }
            else
            {
                logger.LogWarning("Demo organization {Name} is missing; the demo delegate is not made its member", name);
            }
        }

        await db.SaveChangesAsync(ct);
        return added;
    }

    /// <summary>Staff may have changed the taxonomy since the demo data was written: skip what no longer fits.</summary>
    private static bool FitsTaxonomy(OrganizationProfile profile, TaxonomySnapshot taxonomy, ILogger logger)
    {
        var errors = OrganizationProfileRules.Check(profile, taxonomy);
        if (errors.Count == 0)
        {
            return true;
        }

        logger.LogWarning(
            "Demo organization {Name} skipped, it does not fit the current taxonomy: {Errors}",
            profile.Name, string.Join("; ", errors.Select(e => e.Field + ": " + e.Format(CultureInfo.InvariantCulture))));
        return false;
    }

    private static void EnsureSucceeded(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"The demo account {email} could not be set up: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
