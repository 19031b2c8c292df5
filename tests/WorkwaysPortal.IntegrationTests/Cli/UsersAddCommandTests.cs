using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WorkwaysPortal.Data;
using WorkwaysPortal.Data.Accounts;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Cli;

[Collection(PortalDatabaseCollection.Name)]
public sealed class UsersAddCommandTests(PortalDatabaseFixture database) : CliTest(database)
{
    [Fact]
    public async Task Adding_a_user_creates_the_account_with_the_role_and_delegate()
    {
        var result = await RunAsync("users", "add", "ana@example.org", "--role", "moderator");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        Assert.Contains("Created account ana@example.org with the role moderator.", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(["delegate", "moderator"], await RolesOfAsync("ana@example.org"));
        await using var db = Database.CreateDbContext();
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Action == AuditActions.AccountCreated));
        Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.Action == AuditActions.RoleGranted));
    }

    [Fact]
    public async Task A_generated_password_is_printed_once_and_signs_in()
    {
        var result = await RunAsync("users", "add", "gen@example.org", "--role", "staff");

        Assert.Equal(0, result.ExitCode);
        var line = result.Stdout.Split('\n').Single(l => l.StartsWith("Password", StringComparison.Ordinal));
        var password = line[(line.IndexOf(": ", StringComparison.Ordinal) + 2)..].Trim();
        Assert.True(password.Length >= 16);
        Assert.True(await CheckPasswordAsync("gen@example.org", password));
    }

    [Fact]
    public async Task A_password_from_stdin_is_the_accounts_password()
    {
        var result = await RunWithInputAsync("correct horse battery staple\nignored\n", "users", "add", "bea@example.org", "--role", "admin", "--password-stdin");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("Password", result.Stdout, StringComparison.Ordinal);
        Assert.True(await CheckPasswordAsync("bea@example.org", "correct horse battery staple"));
        Assert.False(await CheckPasswordAsync("bea@example.org", "ignored"));
    }

    [Fact]
    public async Task An_unknown_role_is_refused_and_creates_no_account()
    {
        var result = await RunAsync("users", "add", "carl@example.org", "--role", "superuser");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("superuser", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.Trim().Split('\n'));
        await using var db = Database.CreateDbContext();
        Assert.Equal(0, await db.Users.CountAsync());
    }

    [Fact]
    public async Task An_invalid_email_is_refused()
    {
        var result = await RunAsync("users", "add", "not-an-email", "--role", "delegate");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("not-an-email", result.Stderr, StringComparison.Ordinal);
        await using var db = Database.CreateDbContext();
        Assert.Equal(0, await db.Users.CountAsync());
    }

    [Fact]
    public async Task A_password_the_policy_rejects_writes_nothing()
    {
        var result = await RunWithInputAsync("short\n", "users", "add", "dan@example.org", "--role", "staff", "--password-stdin");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("Cannot create the account:", result.Stderr, StringComparison.Ordinal);
        await using var db = Database.CreateDbContext();
        Assert.Equal(0, await db.Users.CountAsync());
        Assert.Equal(0, await db.AuditEvents.CountAsync());
    }

    [Fact]
    public async Task A_common_password_is_refused_as_on_the_portal()
    {
        var result = await RunWithInputAsync("1qaz2wsx3edc\n", "users", "add", "dan@example.org", "--role", "staff", "--password-stdin");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(WorkwaysPortal.Domain.UserMessages.PasswordTooCommon, result.Stderr, StringComparison.Ordinal);
        await using var db = Database.CreateDbContext();
        Assert.Equal(0, await db.Users.CountAsync());
    }

    [Fact]
    public async Task Adding_the_same_user_twice_is_idempotent()
    {
        Assert.Equal(0, (await RunAsync("users", "add", "eva@example.org", "--role", "staff")).ExitCode);

        var again = await RunAsync("users", "add", "EVA@example.org", "--role", "staff");

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("already exists and has the role staff", again.Stdout, StringComparison.Ordinal);
        await using var db = Database.CreateDbContext();
        Assert.Equal(1, await db.Users.CountAsync());
        Assert.Equal(2, await db.UserRoles.CountAsync());
        Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.Action == AuditActions.RoleGranted));
    }

    [Fact]
    public async Task Adding_an_existing_user_with_another_role_grants_it()
    {
        Assert.Equal(0, (await RunAsync("users", "add", "fay@example.org", "--role", "delegate")).ExitCode);

        var result = await RunAsync("users", "add", "fay@example.org", "--role", "admin");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("already exists; granted the role admin", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(["admin", "delegate"], await RolesOfAsync("fay@example.org"));
    }

    [Fact]
    public async Task A_missing_role_option_is_a_usage_error()
    {
        var result = await RunAsync("users", "add", "gus@example.org");

        Assert.Equal(2, result.ExitCode);
        await using var db = Database.CreateDbContext();
        Assert.Equal(0, await db.Users.CountAsync());
    }

    /// <summary>The user's role names, read straight from user_roles.</summary>
    private async Task<List<string>> RolesOfAsync(string email)
    {
        var normalizedEmail = email.ToUpperInvariant();
        await using var db = Database.CreateDbContext();
        return await (
            from user in db.Users
            join userRole in db.UserRoles on user.Id equals userRole.UserId
            join role in db.Roles on userRole.RoleId equals role.Id
            where user.NormalizedEmail == normalizedEmail
            orderby role.Name
            select role.Name!).ToListAsync();
    }

    private async Task<bool> CheckPasswordAsync(string email, string password)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPortalData(Database.ConnectionString);
        services.AddPortalIdentityCore();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email);
        Assert.NotNull(user);
        return await users.CheckPasswordAsync(user, password);
    }
}
