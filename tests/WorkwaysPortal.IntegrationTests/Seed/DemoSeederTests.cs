using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkwaysPortal.Data;
using WorkwaysPortal.Data.Accounts;
using WorkwaysPortal.Data.Listing;
using WorkwaysPortal.Data.Seed;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Taxonomy;
using WorkwaysPortal.Domain.Text;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Seed;

[Collection(PortalDatabaseCollection.Name)]
public sealed class DemoSeederTests(PortalDatabaseFixture fixture) : IAsyncLifetime
{
    private static readonly DateTimeOffset SeededAt = DemoSeeding.SeededAt;

    private static readonly string[] ReportOrganizations =
    [
        DemoData.GlenHavenManorName, DemoData.MorganLewisName, DemoData.GmiesName, DemoData.RrocmName, DemoData.FaoName,
        DemoData.PsiName, DemoData.HiasPeruName, DemoData.IomName, DemoData.EclacName, DemoData.R4VName,
    ];

    private static IEnumerable<OrganizationProfile> AllProfiles => DemoData.Organizations.Append(DemoData.PendingOrganization);

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void Every_demo_profile_fits_the_seed_taxonomy()
    {
        foreach (var profile in AllProfiles)
        {
            var errors = OrganizationProfileRules.Check(profile, TaxonomySnapshot.Seed);
            Assert.True(
                errors.Count == 0,
                $"{profile.Name}: {string.Join("; ", errors.Select(e => e.Field + ": " + e.Format(CultureInfo.InvariantCulture)))}");
        }
    }

    [Fact]
    public void Demo_organizations_are_distinct_and_reachable_only_through_demo_contacts()
    {
        var profiles = AllProfiles.ToList();
        Assert.InRange(profiles.Count, 12, 16);
        Assert.Equal(profiles.Count, profiles.Select(p => NameKey.For(p.Name)).Distinct(StringComparer.Ordinal).Count());
        Assert.All(profiles, p => Assert.EndsWith(".example.org", p.Contact.Email, StringComparison.Ordinal));
        Assert.All(profiles.Where(p => p.Website is not null), p => Assert.StartsWith("https://", p.Website, StringComparison.Ordinal));
    }

    [Fact]
    public void Demo_descriptions_are_in_English_and_in_accented_Spanish()
    {
        var descriptions = AllProfiles.Select(p => p.Description).ToList();
        Assert.Contains(descriptions, d => d.Contains("migración", StringComparison.Ordinal) && d.Contains("capacitación", StringComparison.Ordinal));
        Assert.Contains(descriptions, d => d.Contains(" the ", StringComparison.Ordinal));
        Assert.Contains(AllProfiles, p => p.Languages.SequenceEqual(["es"]));
        Assert.Contains(AllProfiles, p => p.Languages.SequenceEqual(["en"]));
    }

    [Fact]
    public async Task Seeding_adds_the_organizations_of_the_session_report_verified()
    {
        await SeedAsync();

        await using var db = fixture.CreateDbContext();
        var keys = ReportOrganizations.Select(NameKey.For).ToList();
        var found = await db.Organizations.Where(o => keys.Contains(o.NameKey)).ToListAsync();
        Assert.Equal(ReportOrganizations.Order(StringComparer.Ordinal), found.Select(o => o.Name).Order(StringComparer.Ordinal));
        Assert.All(found, o => Assert.Equal(VerificationStatus.Verified, o.Status));
        Assert.All(found, o => Assert.Equal(SeededAt, o.CreatedAt));
        Assert.Equal(
            DemoData.Organizations.Count,
            await db.Organizations.CountAsync(o => o.Status == VerificationStatus.Verified));
    }

    [Fact]
    public async Task Seeding_registers_the_pending_organization_with_the_demo_delegate_as_member()
    {
        await SeedAsync();

        await using var db = fixture.CreateDbContext();
        var delegateId = await db.Users.Where(u => u.Email == DemoAccounts.DelegateEmail).Select(u => u.Id).SingleAsync();
        var pending = await OrganizationAsync(db, DemoData.PendingOrganizationName);
        Assert.Equal(VerificationStatus.Pending, pending.Status);
        Assert.True(pending.IsMember(delegateId));
        Assert.Single(pending.Members);
        var gmies = await OrganizationAsync(db, DemoData.GmiesName);
        Assert.True(gmies.IsMember(delegateId));
        Assert.Equal(1, await db.Organizations.CountAsync(o => o.Status == VerificationStatus.Pending));
    }

    [Fact]
    public async Task Seeding_creates_each_demo_account_with_its_role_and_the_demo_password()
    {
        await SeedAsync();

        await using var services = BuildServices();
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        Assert.Equal(Roles.All.Order(StringComparer.Ordinal), DemoAccounts.All.Select(a => a.Role).Order(StringComparer.Ordinal));
        foreach (var account in DemoAccounts.All)
        {
            var user = await users.FindByEmailAsync(account.Email);
            Assert.NotNull(user);
            Assert.Equal(account.DisplayName, user.DisplayName);
            Assert.True(await users.CheckPasswordAsync(user, DemoAccounts.Password), account.Email);
            var roles = await users.GetRolesAsync(user);
            Assert.Contains(account.Role, roles);
            Assert.Contains(Roles.Delegate, roles);
        }
    }

    [Fact]
    public async Task Seeding_twice_leaves_the_same_organizations_users_and_memberships()
    {
        await SeedAsync();
        var first = await CountsAsync();

        await SeedAsync();

        Assert.Equal(first, await CountsAsync());
        Assert.Equal(DemoData.Organizations.Count + 1, first.Organizations);
        Assert.Equal(DemoAccounts.All.Count, first.Users);
    }

    [Fact]
    public async Task Seeding_again_keeps_an_organization_that_a_user_edited()
    {
        await SeedAsync();
        const string edited = "GMIES edited its own description after the demo data was loaded.";
        await using (var db = fixture.CreateDbContext())
        {
            var gmies = await OrganizationAsync(db, DemoData.GmiesName);
            var profile = DemoData.Organizations.Single(p => p.Name == DemoData.GmiesName);
            gmies.UpdateProfile(profile with { Description = edited, Countries = ["SV"] }, SeededAt.AddDays(1));
            await db.SaveChangesAsync();
        }

        await SeedAsync();

        await using (var db = fixture.CreateDbContext())
        {
            var gmies = await OrganizationAsync(db, DemoData.GmiesName);
            Assert.Equal(edited, gmies.Description);
            Assert.Equal(["SV"], gmies.Countries);
        }
    }

    [Fact]
    public async Task Seeding_again_restores_a_missing_organization_and_membership()
    {
        await SeedAsync();
        await using (var db = fixture.CreateDbContext())
        {
            var iomKey = NameKey.For(DemoData.IomName);
            await db.Organizations.Where(o => o.NameKey == iomKey).ExecuteDeleteAsync();
            await db.OrganizationMembers.ExecuteDeleteAsync();
        }

        await SeedAsync();

        await using (var db = fixture.CreateDbContext())
        {
            var delegateId = await db.Users.Where(u => u.Email == DemoAccounts.DelegateEmail).Select(u => u.Id).SingleAsync();
            Assert.Equal(VerificationStatus.Verified, (await OrganizationAsync(db, DemoData.IomName)).Status);
            Assert.True((await OrganizationAsync(db, DemoData.GmiesName)).IsMember(delegateId));
            Assert.True((await OrganizationAsync(db, DemoData.PendingOrganizationName)).IsMember(delegateId));
        }
    }

    [Theory]
    [InlineData("capacitacion", DemoData.GmiesName)]
    [InlineData("Prevision Social", "Ministerio de Trabajo y Previsión Social de El Salvador")]
    [InlineData("Peru refugiadas", DemoData.HiasPeruName)]
    public async Task Demo_data_is_found_by_an_accent_insensitive_search(string text, string expected)
    {
        await SeedAsync();

        await using var db = fixture.CreateDbContext();
        var page = await DirectoryQuery.SearchAsync(db, TaxonomySnapshot.Seed, new ListFilter(Text: text), lastPageWhenBeyond: false, CancellationToken.None);
        Assert.Contains(page.Items, i => i.Name == expected);
    }

    private Task SeedAsync() => DemoSeeding.SeedAsync(fixture);

    private ServiceProvider BuildServices() => DemoSeeding.BuildServices(fixture);

    private static Task<Organization> OrganizationAsync(PortalDbContext db, string name)
    {
        var key = NameKey.For(name);
        return db.Organizations.Include(o => o.Members).SingleAsync(o => o.NameKey == key);
    }

    private async Task<(int Organizations, int Users, int Memberships, int UserRoles)> CountsAsync()
    {
        await using var db = fixture.CreateDbContext();
        return (
            await db.Organizations.CountAsync(),
            await db.Users.CountAsync(),
            await db.OrganizationMembers.CountAsync(),
            await db.UserRoles.CountAsync());
    }
}
